package org.diplokg.server.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * One write transaction of a bulk load. On TDB2, quads get their node ids as they come (in the same order as
 * TDB2's basic loader, so the node table is the same), and are held until {@link #flush}, which writes them into
 * each quad index in that index's key order. The store ends up with the same quads as with the basic loader
 * (duplicates are dropped by the B+trees either way); only the order of the inserts differs.
 * <p>
 * Why: the basic loader inserts every quad into all six quad indexes in arrival order, which for SPOG, POSG and
 * OSPG is a random leaf of a tree of hundreds of MB each time: at 10,000 real files its B+tree inserts took 39 % of
 * the ingest's CPU samples, a third of them in key compares waiting on memory. Sorted, consecutive inserts go to the
 * same or the next leaf.
 * <p>
 * Reads in the transaction see only what was flushed. Another dataset than TDB2 gets the basic loader.
 */
abstract class SortedQuadLoad {

    /**
     * Quads held before they go into the indexes: 1 M (~100 MB of tuples and one index's records at a time, ~250
     * bytes a quad at the flush), but never more than an eighth of the maximum heap, so that a 100,000-document
     * ingest under {@code -Xmx1g} keeps its room (540,000 quads there).
     */
    static final int BUFFER_QUADS = (int) Math.min(1_000_000L, Runtime.getRuntime().maxMemory() / 8 / 250);

    /** Adds a quad (may be held until {@link #flush}). */
    abstract void quad(Quad q);

    /** Quads held and not yet in the indexes. */
    abstract int held();

    /** Writes the held quads into the store (still in the transaction). */
    abstract void flush();

    /** Flushes and commits; the transaction ends. */
    abstract void commit();

    /** Drops the transaction. */
    abstract void abort(Exception cause);

    static SortedQuadLoad begin(DatasetGraph dsg, int bufferQuads) {
        return TDBInternal.isTDB2(dsg) ? new Sorted(dsg, bufferQuads) : new Basic(dsg);
    }

    private static final class Sorted extends SortedQuadLoad {
        private final DatasetGraph dsg;
        private final DatasetGraphTDB storage;
        private final int capacity;
        /** The held quads' node ids as TDB2 writes them into index keys (8 bytes, compared unsigned): g s p o each. */
        private long[] held = new long[4 << 10];
        private int count;
        private final byte[] scratch = new byte[NodeId.SIZE];
        private final NodeTable nodes;
        /** Ids looked up in this transaction; cleared when it holds {@link #MEMO_NODES} (~20 MB). */
        private final Map<Node, Long> ids = new HashMap<>();
        private static final int MEMO_NODES = 100_000;

        Sorted(DatasetGraph dsg, int capacity) {
            this.dsg = dsg;
            this.capacity = Math.max(1, capacity);
            dsg.begin(TxnType.WRITE);
            this.storage = TDBInternal.getDatasetGraphTDB(dsg);
            this.nodes = storage.getQuadTable().getNodeTupleTable().getNodeTable();
        }

        @Override
        void quad(Quad q) {
            if (q.isDefaultGraph()) { // not written by ingest; kept correct anyway
                dsg.add(q);
                return;
            }
            if (4 * count + 4 > held.length) held = Arrays.copyOf(held, 2 * held.length);
            int at = 4 * count;
            held[at] = id(q.getGraph());
            held[at + 1] = id(q.getSubject());
            held[at + 2] = id(q.getPredicate());
            held[at + 3] = id(q.getObject());
            count++;
            if (count >= capacity) flush();
        }

        /**
         * The node's id, allocated in the node table as the basic loader would (same order, same ids), as its key
         * bytes, remembered for this transaction: a document's graph repeats its graph IRI, predicates, classes,
         * entities and phrase IRIs (each ~7 times), and TDB2's node cache answers each repeat through a thread-local
         * buffer and a concurrent map (node ids were 15 % of the loading thread's samples at 10,000 real files).
         */
        private long id(Node n) {
            Long key = ids.get(n);
            if (key == null) {
                if (ids.size() >= MEMO_NODES) ids.clear();
                NodeIdFactory.set(nodes.getAllocateNodeId(n), scratch, 0);
                key = Bytes.getLong(scratch, 0);
                ids.put(n, key);
            }
            return key;
        }

        @Override
        int held() { return count; }

        @Override
        void flush() {
            if (count == 0) return;
            for (TupleIndex index : storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                if (index instanceof TupleIndexRecord r) insertSorted(r);
                else if (index != null) for (int i = 0; i < count; i++) index.add(tuple(i));
            }
            count = 0;
        }

        /**
         * Writes the held quads into one index in its key order, each distinct key once. The keys are ordered as
         * longs (a merge sort of positions) rather than as records of bytes: sorting each index's records took 8 %
         * of the loading thread at 2,000 real files, and making each index's records before sorting 3 % more.
         */
        private void insertSorted(TupleIndexRecord index) {
            RangeIndex tree = index.getRangeIndex();
            RecordFactory factory = tree.getRecordFactory();
            TupleMap map = index.getMapping();
            long[] keys = new long[4 * count];
            for (int i = 0; i < 4; i++) {
                int slot = map.getSlotIdx(i);
                for (int t = 0; t < count; t++) keys[4 * t + i] = held[4 * t + slot];
            }
            int[] order = KeyOrder.sort(keys, count);
            int previous = -1;
            for (int t : order) {
                if (previous >= 0 && KeyOrder.compare(keys, previous, t) == 0) continue; // the B+tree keeps one
                byte[] key = new byte[4 * NodeId.SIZE];
                for (int i = 0; i < 4; i++) Bytes.setLong(keys[4 * t + i], key, i * NodeId.SIZE);
                tree.insert(factory.create(key));
                previous = t;
            }
        }

        private Tuple<NodeId> tuple(int t) {
            NodeId[] n = new NodeId[4];
            for (int i = 0; i < 4; i++) {
                Bytes.setLong(held[4 * t + i], scratch, 0);
                n[i] = NodeIdFactory.get(scratch, 0);
            }
            return TupleFactory.create4(n[0], n[1], n[2], n[3]);
        }

        @Override
        void commit() {
            flush();
            dsg.commit();
            dsg.end();
        }

        @Override
        void abort(Exception cause) {
            count = 0;
            dsg.abort();
            dsg.end();
        }
    }

    /** TDB2's basic loader (every quad into every index as it comes). */
    private static final class Basic extends SortedQuadLoad {
        private final DataLoader loader;
        private final StreamRDF stream;

        Basic(DatasetGraph dsg) {
            // The loader prints nothing with a no-op monitor (null is not accepted despite its javadoc).
            this.loader = LoaderFactory.basicLoader(dsg, (fmt, args) -> {});
            loader.startBulk();
            this.stream = loader.stream();
        }

        @Override
        void quad(Quad q) { stream.quad(q); }

        @Override
        int held() { return 0; }

        @Override
        void flush() {}

        @Override
        void commit() { loader.finishBulk(); }

        @Override
        void abort(Exception cause) { loader.finishException(cause); }
    }
}
