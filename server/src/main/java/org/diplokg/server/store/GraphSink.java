package org.diplokg.server.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplokg.server.search.TextIndexes;

/**
 * Where finished graphs go. {@link #replace} puts a whole graph in place of whatever the graph held;
 * nothing is guaranteed to be durable before {@link #finish()}.
 */
public interface GraphSink {

    void replace(Node graph, List<Quad> quads);

    /** Adds quads to graphs that may already hold others. */
    void add(List<Quad> quads);

    /** Removes one quad. */
    void remove(Quad quad);

    /** Removes a whole graph. */
    void delete(Node graph);

    /** Makes everything sent so far durable. */
    void finish();

    /** Gives up: what was not yet committed is dropped. */
    void abort(Exception cause);

    /**
     * Incremental loading: graphs are buffered and written in large write transactions, each graph
     * deleted and re-added inside the same transaction, so readers see a document's old graph or its
     * new one, never a mix.
     */
    final class Batched implements GraphSink {
        private final DatasetGraph dsg;
        private final long batchQuads;
        private final List<java.util.function.Consumer<DatasetGraph>> ops = new ArrayList<>();
        private long pending;

        Batched(DatasetGraph dsg, long batchQuads) {
            this.dsg = dsg;
            this.batchQuads = batchQuads;
            this.summary = SummaryTracker.of(dsg);
        }

        private final SummaryTracker summary;

        @Override
        public void replace(Node graph, List<Quad> quads) {
            ops.add(d -> {
                summary.touch(graph);
                d.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                for (Quad q : quads) d.add(q);
                summary.written(graph, SummaryContribution.of(graph, quads.iterator()));
            });
            grow(quads.size() + 1);
        }

        @Override
        public void add(List<Quad> quads) {
            ops.add(d -> quads.forEach(q -> { summary.touch(q.getGraph()); d.add(q); }));
            grow(quads.size());
        }

        @Override
        public void remove(Quad quad) {
            ops.add(d -> { summary.touch(quad.getGraph()); d.delete(quad); });
            grow(1);
        }

        @Override
        public void delete(Node graph) {
            ops.add(d -> { summary.touch(graph); d.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY); });
            grow(1);
        }

        private void grow(long n) {
            pending += n;
            if (pending >= batchQuads) flush();
        }

        private void flush() {
            if (ops.isEmpty()) return;
            Txn.executeWrite(dsg, () -> ops.forEach(op -> op.accept(dsg)));
            ops.clear();
            pending = 0;
        }

        @Override
        public void finish() { flush(); }

        @Override
        public void abort(Exception cause) {
            ops.clear();
        }
    }

    /**
     * Loading into an empty database: a TDB2 bulk loader in one transaction, fed as graphs arrive, so the
     * index writing overlaps extraction on the consumer thread. Graphs are only added, never deleted: in
     * an empty store there is nothing to replace. Committed every {@link #CHUNK_QUADS} quads at first, then
     * whenever as many quads as the store already holds have come (chunks of 2, 2, 4, 8, 16 … million), so that a
     * first ingest that dies half-way keeps at least half of what it had loaded (a rerun skips those files as
     * unchanged), while the number of commits grows with the logarithm of the load: TDB2 copies every index block a
     * transaction changes, so each commit leaves the blocks it touched behind as garbage on disk.
     * <p>
     * The summary graph and the text index are not kept at each commit ({@link SummaryTracker} and the text dataset's
     * producer are bypassed): each document's own summary rows are loaded with it, and the rows shared by documents
     * and the index are made once in the last transaction ({@link BulkSummary}, {@link TextIndexes.Bulk}). Until then
     * the store is marked {@link SummaryGraph#PENDING}; a store left so by a load that died is completed when it is
     * next opened ({@link org.diplokg.server.search.EntityDocProducer}).
     * <p>
     * The basic loader (every index written as the quads arrive), not the phased one: loading the same
     * 7.3 million quads (10,000 documents) under {@code -Xmx1g}, the phased loader took 134 s of CPU plus
     * 17 s of garbage collection with the heap at its limit (its queues hold up to a million quads in
     * flight, and it replays the primary index into the others at the end), the basic loader 91 s of CPU
     * plus 3 s, with under 100 MB live. On two cores shared with extraction, CPU is what limits, and a
     * 100,000-document ingest has to fit in a small heap. Since session 5 the basic loader's one-by-one inserts are
     * replaced by {@link SortedQuadLoad} (the same quads, each index written in its key order from a buffer).
     */
    final class Bulk implements GraphSink {
        /** Quads of the first bulk transactions: a crash or a fatal error loses at most these, or half the load. */
        static final long CHUNK_QUADS = 2_000_000;

        private final DatasetGraph dsg;
        private final TextIndexes.Bulk text;
        private final long chunkQuads;
        private final int bufferQuads;
        private final BulkSummary summary = new BulkSummary();
        /** Graphs whose text-index entries wait for their quads to be flushed (the entries are read from the store). */
        private final List<Loaded> unindexed = new ArrayList<>();
        private SortedQuadLoad load;
        private record Loaded(Node graph, List<Quad> quads) {}
        private long pending, committed;
        private boolean started;

        /**
         * Quads held before they are written into the indexes. Small, so that the writing overlaps extraction: the
         * workers stop when the outcome queue is full, so a flush of a million quads (the former buffer) ran alone on
         * one core while the other idled — at 2,000 real files the whole load ran after the last extraction, 8 of the
         * command's 29 s. 64 K quads (~240 real documents) write in well under a second, which the workers bridge
         * with the queue of {@link Ingester#QUEUED_DOCUMENTS}.
         */
        static final int FLUSH_QUADS = Math.min(1 << 16, SortedQuadLoad.BUFFER_QUADS);

        Bulk(DatasetGraph dsg) {
            this(dsg, CHUNK_QUADS, FLUSH_QUADS);
        }

        Bulk(DatasetGraph dsg, long chunkQuads) {
            this(dsg, chunkQuads, FLUSH_QUADS);
        }

        Bulk(DatasetGraph dsg, long chunkQuads, int bufferQuads) {
            this.text = TextIndexes.Bulk.of(dsg); // the loader writes past the text dataset: index beside it
            this.dsg = text.dataset();
            this.chunkQuads = chunkQuads;
            this.bufferQuads = bufferQuads;
        }

        private SortedQuadLoad load() {
            if (load == null) {
                load = SortedQuadLoad.begin(dsg, Integer.MAX_VALUE); // flushed here, between graphs
                if (!started) load.quad(SummaryGraph.PENDING); // commits with the first documents
                started = true;
            }
            return load;
        }

        @Override
        public void replace(Node graph, List<Quad> quads) {
            SortedQuadLoad l = load();
            for (Quad q : quads) l.quad(q);
            List<Quad> rows = summary.written(graph, quads);
            for (Quad q : rows) l.quad(q);
            unindexed.add(new Loaded(graph, quads));
            grow(quads.size() + rows.size());
        }

        @Override
        public void add(List<Quad> quads) {
            SortedQuadLoad l = load();
            for (Quad q : quads) l.quad(q);
            summary.added(quads);
            unindexed.add(new Loaded(null, quads));
            grow(quads.size());
        }

        /** Writes the held quads, then the text-index entries of their graphs (read back from the store). */
        private void flush() {
            load.flush();
            for (Loaded g : unindexed) text.loaded(g.graph(), g.quads());
            unindexed.clear();
        }

        private void grow(long n) {
            pending += n;
            if (pending >= Math.max(chunkQuads, committed)) {
                flush();
                load.commit();
                load = null;
                committed += pending;
                pending = 0;
            } else if (load.held() >= bufferQuads) {
                flush();
            }
        }

        @Override
        public void remove(Quad quad) {
            throw new UnsupportedOperationException("the bulk loader only adds");
        }

        @Override
        public void delete(Node graph) {
            throw new UnsupportedOperationException("the bulk loader only adds");
        }

        /** The shared summary rows and the text index, in the last transaction, which then commits. */
        @Override
        public void finish() {
            if (!started) return;
            SortedQuadLoad l = load();
            flush(); // the shared rows and the shared index entries are read from the store
            TextIndexes.Bulk.Commit indexed = text.finish(); // the index commits while the summary rows are written
            try {
                summary.complete(dsg, l::quad);
                flush();
            } finally {
                indexed.await(); // the index commits before the store: if the store's commit fails, the mark stays
            }
            l.commit();
            load = null;
            pending = 0;
            started = false;
        }

        @Override
        public void abort(Exception cause) {
            unindexed.clear();
            text.abort();
            if (load != null) load.abort(cause);
            load = null;
        }
    }
}
