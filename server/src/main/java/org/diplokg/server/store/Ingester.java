package org.diplokg.server.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.server.rdf.ContentHash;
import org.diplokg.server.rdf.Prefixes;
import org.diplokg.server.rdf.QuadCollector;

/**
 * Files into the store. Unchanged files (same key, same sha256 as the stored graph) are skipped before
 * any parsing; the rest are extracted on {@code threads} workers while this thread writes finished
 * graphs: with the bulk loader when the store starts empty, in large batched write transactions
 * otherwise. A failed file is reported and the rest go on.
 */
public final class Ingester {

    /**
     * @param threads    extraction workers
     * @param batchQuads quads per write transaction in incremental mode
     * @param force      re-extract files even when unchanged
     */
    public record Settings(int threads, long batchQuads, boolean force) {
        public static Settings defaults() {
            return new Settings(Runtime.getRuntime().availableProcessors(), 200_000, false);
        }

        public Settings withThreads(int n) { return new Settings(n, batchQuads, force); }

        public Settings withForce(boolean f) { return new Settings(threads, batchQuads, f); }
    }

    private final Store store;
    private final DocumentProcessor processor;
    private final List<StaticGraph> staticGraphs;
    private final Settings settings;

    public Ingester(Store store, DocumentProcessor processor, List<StaticGraph> staticGraphs, Settings settings) {
        this.store = store;
        this.processor = processor;
        this.staticGraphs = List.copyOf(staticGraphs);
        this.settings = settings;
    }

    public IngestReport ingest(List<Path> paths, IngestListener listener) throws Exception {
        long t0 = System.nanoTime();
        SourceFiles sources = SourceFiles.expand(paths);
        List<String> failures = new ArrayList<>();
        for (String problem : sources.problems()) {
            failures.add(problem);
            listener.failed(problem);
        }
        boolean bulk = store.isEmpty();
        Map<String, String> hashes = bulk ? Map.of() : store.graphHashes();
        GraphSink sink = bulk ? new GraphSink.Bulk(store.dataset()) : new GraphSink.Batched(store.dataset(), settings.batchQuads());
        Counts counts = new Counts();
        List<String> refreshed = new ArrayList<>();
        int total = sources.files().size();
        listener.started(total);
        try {
            for (StaticGraph sg : staticGraphs) {
                loadStaticGraph(sg, hashes, sink, listener).ifPresent(refreshed::add);
            }
            ExtractionPipeline.UnchangedCheck check = settings.force()
                    ? ExtractionPipeline.UnchangedCheck.NEVER
                    : (key, sha) -> sha.equals(hashes.get(graphIriFor(key)));
            new ExtractionPipeline(processor, settings.threads()).run(sources.files(), check, outcome -> {
                if (outcome instanceof Outcome.Unchanged) {
                    counts.unchanged++;
                } else if (outcome instanceof Outcome.Failed f) {
                    failures.add(f.message());
                    listener.failed(f.message());
                } else if (outcome instanceof Outcome.Extracted x) {
                    if (hashes.containsKey(x.graphIri())) counts.changed++; else counts.added++;
                    sink.replace(NodeFactory.createURI(x.graphIri()), x.storedQuads());
                }
                listener.progress(++counts.done, total);
            });
            listener.committing();
            sink.finish();
        } catch (Exception | Error e) {
            sink.abort(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        }
        if (counts.added + counts.changed > 0 || !refreshed.isEmpty()) {
            Txn.executeWrite(store.dataset(), () -> store.dataset().prefixes().putAll(Prefixes.prefixMap()));
        }
        IngestReport report = new IngestReport(counts.added, counts.changed, counts.unchanged,
                failures.size(), store.quadCount(), failures, refreshed, bulk,
                Duration.ofNanos(System.nanoTime() - t0));
        listener.finished(report);
        return report;
    }

    /** The graph a file's extraction goes into, known before extracting (so unchanged files can be skipped). */
    static String graphIriFor(String key) {
        return Vocab.documentIri(key);
    }

    static Optional<String> loadStaticGraph(StaticGraph sg, Map<String, String> hashes,
                                                       GraphSink sink, IngestListener listener) {
        Node g = NodeFactory.createURI(sg.iri());
        QuadCollector collector = new QuadCollector(g);
        sg.content().accept(collector);
        String hash = ContentHash.of(collector.quads());
        if (hash.equals(hashes.get(sg.iri()))) return Optional.empty();
        sink.replace(g, StoredGraph.withHash(sg.iri(), collector.quads(), hash));
        listener.staticGraphLoaded(sg.label(), collector.quads().size());
        return Optional.of(sg.label());
    }

    private static final class Counts {
        int added, changed, unchanged, done;
    }
}
