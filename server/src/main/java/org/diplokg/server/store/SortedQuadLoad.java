package org.diplokg.server.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.jena.tdb2.lib.TupleLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
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
        private static final Comparator<Record> KEY_ORDER = (a, b) -> Arrays.compareUnsigned(a.getKey(), b.getKey());

        private final DatasetGraph dsg;
        private final DatasetGraphTDB storage;
        private final int capacity;
        private final List<Tuple<NodeId>> held;
        private final NodeTable nodes;
        /** Ids looked up in this transaction; cleared when it holds {@link #MEMO_NODES} (~20 MB). */
        private final Map<Node, NodeId> ids = new HashMap<>();
        private static final int MEMO_NODES = 100_000;

        Sorted(DatasetGraph dsg, int capacity) {
            this.dsg = dsg;
            this.capacity = Math.max(1, capacity);
            this.held = new ArrayList<>(Math.min(this.capacity, 1 << 16));
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
            NodeId g = id(q.getGraph());
            NodeId s = id(q.getSubject());
            NodeId p = id(q.getPredicate());
            NodeId o = id(q.getObject());
            held.add(TupleFactory.create4(g, s, p, o));
            if (held.size() >= capacity) flush();
        }

        /**
         * The node's id, allocated in the node table as the basic loader would (same order, same ids), remembered
         * for this transaction: a document's graph repeats its graph IRI, predicates, classes, entities and phrase
         * IRIs (each ~7 times), and TDB2's node cache answers each repeat through a thread-local buffer and a
         * concurrent map (node ids were 15 % of the loading thread's samples at 10,000 real files).
         */
        private NodeId id(Node n) {
            NodeId id = ids.get(n);
            if (id == null) {
                if (ids.size() >= MEMO_NODES) ids.clear();
                id = nodes.getAllocateNodeId(n);
                ids.put(n, id);
            }
            return id;
        }

        @Override
        int held() { return held.size(); }

        @Override
        void flush() {
            if (held.isEmpty()) return;
            for (TupleIndex index : storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                if (index instanceof TupleIndexRecord r) {
                    RangeIndex tree = r.getRangeIndex();
                    RecordFactory factory = tree.getRecordFactory();
                    TupleMap map = r.getMapping();
                    Record[] records = new Record[held.size()];
                    for (int i = 0; i < records.length; i++) records[i] = TupleLib.record(factory, held.get(i), map);
                    Arrays.sort(records, KEY_ORDER);
                    for (Record rec : records) tree.insert(rec);
                } else if (index != null) {
                    held.forEach(index::add);
                }
            }
            held.clear();
        }

        @Override
        void commit() {
            flush();
            dsg.commit();
            dsg.end();
        }

        @Override
        void abort(Exception cause) {
            held.clear();
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
