package org.diplokg.server.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplokg.server.rdf.Prefixes;

/**
 * Loads N-Quads shards written by the Spark job ({@code part-NNNNN.nq} or {@code .nq.gz}, each document's graph
 * written whole, one after another) into the store, with the static graphs: the same quads {@code ingest} of the
 * same files stores. Into an empty store it uses the bulk loader; otherwise each document graph replaces the one
 * of the same name in batched transactions.
 */
public final class ShardLoader {

    /** What a load did. */
    public record Report(int shards, int documents, long quadsInStore, List<String> staticGraphsLoaded) {
        public String summaryLine() {
            return "loaded " + documents + " document" + (documents == 1 ? "" : "s") + " from " + shards + " shard"
                    + (shards == 1 ? "" : "s") + "; " + quadsInStore + " quads in store";
        }
    }

    private static final Node SOURCE_FILE = org.apache.jena.graph.NodeFactory.createURI(
            org.diplokg.extractor.vocab.Vocab.DKG + "sourceFile");

    private final Store store;
    private final List<StaticGraph> staticGraphs;

    public ShardLoader(Store store, List<StaticGraph> staticGraphs) {
        this.store = store;
        this.staticGraphs = List.copyOf(staticGraphs);
    }

    /** The shard files of a job's output folder (or the files given), in name order. */
    public static List<Path> shards(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(ShardLoader::isShard).sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new IOException(p + ": no such file or folder");
            }
        }
        return out;
    }

    private static boolean isShard(Path f) {
        String n = f.getFileName().toString();
        return Files.isRegularFile(f) && (n.endsWith(".nq") || n.endsWith(".nq.gz"));
    }

    public Report load(List<Path> shards, IngestListener listener) {
        boolean bulk = store.isEmpty();
        Map<String, String> hashes = bulk ? Map.of() : store.graphHashes();
        GraphSink sink = bulk ? new GraphSink.Bulk(store.dataset()) : new GraphSink.Batched(store.dataset(), Ingester.Settings.defaults().batchQuads());
        List<String> refreshed = new ArrayList<>();
        GraphRuns runs = new GraphRuns(sink);
        try {
            for (StaticGraph sg : staticGraphs) Ingester.loadStaticGraph(sg, hashes, sink, listener).ifPresent(refreshed::add);
            listener.started(shards.size());
            int done = 0;
            for (Path shard : shards) {
                try (InputStream in = open(shard)) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(runs);
                }
                runs.flush();
                listener.progress(++done, shards.size());
            }
            listener.committing();
            sink.finish();
        } catch (RuntimeException | IOException e) {
            sink.abort(e);
            throw e instanceof IOException io ? new java.io.UncheckedIOException(io) : (RuntimeException) e;
        }
        SummaryTracker summary = SummaryTracker.of(store.dataset());
        Txn.executeWrite(store.dataset(), () -> {
            runs.copies.forEach(q -> { summary.touch(q.getGraph()); store.dataset().add(q); });
            store.dataset().prefixes().putAll(Prefixes.prefixMap());
        });
        StoryLinks.refresh(store);
        return new Report(shards.size(), runs.graphs.size(), store.quadCount(), refreshed);
    }

    private static InputStream open(Path shard) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(shard), 1 << 16);
        return shard.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /**
     * Consecutive quads of one graph are one document; each run replaces its graph. A graph seen again is a copy of
     * a document (the same bytes under another file name, extracted by another task): only its file path is kept.
     */
    private static final class GraphRuns extends StreamRDFBase {
        private final GraphSink sink;
        private final Set<Node> graphs = new HashSet<>();
        private final List<Quad> copies = new ArrayList<>();
        private Node current;
        private boolean copy;
        private List<Quad> run = new ArrayList<>();

        GraphRuns(GraphSink sink) { this.sink = sink; }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) throw new IllegalArgumentException("a shard quad outside a named graph: " + quad);
            if (!quad.getGraph().equals(current)) flush();
            if (current == null) {
                current = quad.getGraph();
                copy = !graphs.add(current);
            }
            if (!copy) run.add(quad);
            else if (quad.getPredicate().equals(SOURCE_FILE)) copies.add(quad);
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            throw new IllegalArgumentException("a shard triple outside a named graph: " + triple);
        }

        void flush() {
            if (current != null && !copy) sink.replace(current, run);
            current = null;
            run = new ArrayList<>();
        }
    }
}
