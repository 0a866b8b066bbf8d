package org.diplokg.server.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Where finished graphs go. {@link #replace} puts a whole graph in place of whatever the graph held;
 * nothing is guaranteed to be durable before {@link #finish()}.
 */
interface GraphSink {

    void replace(Node graph, List<Quad> quads);

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
        private final List<Node> graphs = new ArrayList<>();
        private final List<List<Quad>> contents = new ArrayList<>();
        private long pending;

        Batched(DatasetGraph dsg, long batchQuads) {
            this.dsg = dsg;
            this.batchQuads = batchQuads;
        }

        @Override
        public void replace(Node graph, List<Quad> quads) {
            graphs.add(graph);
            contents.add(quads);
            pending += quads.size() + 1;
            if (pending >= batchQuads) flush();
        }

        private void flush() {
            if (graphs.isEmpty()) return;
            Txn.executeWrite(dsg, () -> {
                for (int i = 0; i < graphs.size(); i++) {
                    Node g = graphs.get(i);
                    dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                    for (Quad q : contents.get(i)) dsg.add(q);
                }
            });
            graphs.clear();
            contents.clear();
            pending = 0;
        }

        @Override
        public void finish() { flush(); }

        @Override
        public void abort(Exception cause) {
            graphs.clear();
            contents.clear();
        }
    }

    /**
     * Loading into an empty database: a TDB2 bulk loader in one transaction, fed as graphs arrive, so the
     * index writing overlaps extraction on the consumer thread. Graphs are only added, never deleted: in
     * an empty store there is nothing to replace.
     * <p>
     * The basic loader (every index written as the quads arrive), not the phased one: loading the same
     * 7.3 million quads (10,000 documents) under {@code -Xmx1g}, the phased loader took 134 s of CPU plus
     * 17 s of garbage collection with the heap at its limit (its queues hold up to a million quads in
     * flight, and it replays the primary index into the others at the end), the basic loader 91 s of CPU
     * plus 3 s, with under 100 MB live. On two cores shared with extraction, CPU is what limits, and a
     * 100,000-document ingest has to fit in a small heap.
     */
    final class Bulk implements GraphSink {
        private final DataLoader loader;
        private final StreamRDF stream;

        Bulk(DatasetGraph dsg) {
            // The loader prints nothing with a no-op monitor (null is not accepted despite its javadoc).
            this.loader = LoaderFactory.basicLoader(dsg, (fmt, args) -> {});
            loader.startBulk();
            this.stream = loader.stream();
        }

        @Override
        public void replace(Node graph, List<Quad> quads) {
            for (Quad q : quads) stream.quad(q);
        }

        @Override
        public void finish() { loader.finishBulk(); }

        @Override
        public void abort(Exception cause) { loader.finishException(cause); }
    }
}
