package org.diplokg.server.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * Files into the store. A document is named by the hash of its bytes ({@link Vocab#documentIriFor}), so the same
 * bytes under two paths are one document with both paths as {@code dkg:sourceFile}; each path belongs to one
 * document, and a changed file moves its path to a new document, removing the old one when no other path still
 * holds those bytes. Unchanged files (same path, same bytes as stored) are skipped before any parsing; the rest
 * are extracted on {@code threads} workers while this thread writes finished graphs: with the bulk loader when
 * the store starts empty, in large batched write transactions otherwise. A failed file is reported and the rest
 * go on. With {@code prune}, paths under the given folders whose files are gone are removed too. Afterwards,
 * near-identical bodies are linked in {@link StoryLinks#GRAPH}.
 */
public final class Ingester {

    /**
     * @param threads    extraction workers
     * @param batchQuads quads per write transaction in incremental mode
     * @param force      re-extract files even when unchanged
     * @param prune      remove documents whose files under the given folders are gone
     * @param limits     per-file size and time limits
     */
    public record Settings(int threads, long batchQuads, boolean force, boolean prune, ExtractionPipeline.Limits limits) {
        public Settings(int threads, long batchQuads, boolean force) {
            this(threads, batchQuads, force, false, ExtractionPipeline.Limits.defaults());
        }

        public static Settings defaults() {
            return new Settings(Runtime.getRuntime().availableProcessors(), 200_000, false);
        }

        public Settings withThreads(int n) { return new Settings(n, batchQuads, force, prune, limits); }

        public Settings withForce(boolean f) { return new Settings(threads, batchQuads, f, prune, limits); }

        public Settings withPrune(boolean p) { return new Settings(threads, batchQuads, force, p, limits); }

        public Settings withLimits(ExtractionPipeline.Limits l) { return new Settings(threads, batchQuads, force, prune, l); }
    }

    static final Node SOURCE_FILE = Vocab.dkg("sourceFile");

    /**
     * Extracted documents that may wait for the loading thread (the pipeline's default is 16). While that thread
     * writes a flush of {@link GraphSink.Bulk#FLUSH_QUADS} into the indexes the workers go on into this queue instead
     * of stopping after 16 documents. An outcome keeps its quads and its analysed text (~0.1–1 MB for real
     * documents), so the queue takes at most a sixteenth of the heap: 256 at the default heap, 64 under -Xmx1g.
     */
    static final int QUEUED_DOCUMENTS = (int) Math.max(16, Math.min(256, Runtime.getRuntime().maxMemory() / 16 / (1 << 20)));

    private final IngestTarget store;
    private final DocumentProcessor processor;
    private final List<StaticGraph> staticGraphs;
    private final Settings settings;
    private String referenceFingerprint = "";

    /**
     * Records {@code fingerprint} (of the reference data the static graphs are made from) with the file stamps,
     * so that a later run with the same fingerprint and nothing changed can skip the store ({@link UnchangedRun}).
     */
    public Ingester withReferenceFingerprint(String fingerprint) {
        this.referenceFingerprint = fingerprint == null ? "" : fingerprint;
        return this;
    }

    public Ingester(Store store, DocumentProcessor processor, List<StaticGraph> staticGraphs, Settings settings) {
        this(IngestTarget.local(store), processor, staticGraphs, settings);
    }

    public Ingester(IngestTarget store, DocumentProcessor processor, List<StaticGraph> staticGraphs, Settings settings) {
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
        for (String s : sources.skipped()) listener.skipped(s);
        boolean bulk = store.isEmpty();
        Map<String, String> hashes = bulk ? Map.of() : store.graphHashes();
        Run run = new Run(bulk ? Map.of() : store.sourceFiles());
        GraphSink sink = store.sink(bulk, settings.batchQuads());
        Counts counts = new Counts();
        List<String> refreshed = new ArrayList<>();
        int total = sources.entries().size();
        listener.started(total);
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        // file stamps: an unchanged file costs a stat, not a read and a hash (FileStamps)
        FileStamps known = store.localFolder().map(FileStamps::read).orElse(FileStamps.none());
        Map<String, FileStamps.Stamp> observed = FileStamps.collector();
        ExtractionPipeline.UnchangedCheck unchangedCheck = (key, sha) -> {
            String doc = Vocab.documentIriFor(sha);
            return !settings.force() && sha.equals(hashes.get(doc)) && doc.equals(run.initialDocOf(key));
        };
        try {
            for (StaticGraph sg : staticGraphs) {
                loadStaticGraph(sg, hashes, sink, listener).ifPresent(refreshed::add);
            }
            ExtractionPipeline.Triage triage = (key, sha) -> {
                String doc = Vocab.documentIriFor(sha);
                boolean stored = sha.equals(hashes.get(doc));
                if (!settings.force() && stored) {
                    return doc.equals(run.initialDocOf(key)) ? ExtractionPipeline.Action.UNCHANGED : ExtractionPipeline.Action.COPY;
                }
                return claimed.add(doc) ? ExtractionPipeline.Action.EXTRACT : ExtractionPipeline.Action.COPY;
            };
            ExtractionPipeline.Consumer consumer = outcome -> {
                if (outcome instanceof Outcome.Unchanged u) {
                    counts.unchanged++;
                } else if (outcome instanceof Outcome.Failed f) {
                    failures.add(f.message());
                    listener.failed(f.message());
                } else if (outcome instanceof Outcome.Copy c) {
                    counts.copies++;
                    run.attach(new SourceFiles.Entry(c.file(), c.key()), Vocab.documentIriFor(c.sha256()), sink);
                } else if (outcome instanceof Outcome.Extracted x) {
                    for (String w : x.extraction().document().warnings()) listener.warned(x.file() + ": warning: " + w);
                    String doc = x.graphIri();
                    String old = run.docOf(x.key());
                    if (hashes.containsKey(doc) || (old != null && !old.equals(doc))) counts.changed++; else counts.added++;
                    run.written(x.key(), doc, x.storedQuads(), sink);
                }
                listener.progress(++counts.done, total);
            };
            ExtractionPipeline pipeline = new ExtractionPipeline(processor, settings.threads(), QUEUED_DOCUMENTS, settings.limits())
                    .withStamps(new ExtractionPipeline.Stamps(known, unchangedCheck, observed));
            pipeline.run(sources.entries(), triage, consumer);
            // Copies of a stored document that this run removed (its one path now holds other bytes) have
            // nothing left to join: extract them after all.
            List<SourceFiles.Entry> orphans = run.takeOrphans();
            if (!orphans.isEmpty()) {
                Set<String> again = ConcurrentHashMap.newKeySet();
                counts.copies -= orphans.size();
                counts.done -= orphans.size();
                pipeline.run(orphans, (key, sha) -> again.add(Vocab.documentIriFor(sha))
                        ? ExtractionPipeline.Action.EXTRACT : ExtractionPipeline.Action.COPY, consumer);
            }
            for (SourceFiles.Entry e : run.takeOrphans()) {
                String m = e.file() + ": not stored: a file with the same bytes failed";
                failures.add(m);
                listener.failed(m);
            }
            if (settings.prune()) counts.pruned = prune(sources, run, sink);
            listener.committing();
            sink.finish();
        } catch (Exception | Error e) {
            sink.abort(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        }
        boolean changed = counts.added + counts.changed + counts.copies + run.removedDocs + run.detachedPaths > 0;
        if (changed || !refreshed.isEmpty()) {
            store.written();
        }
        if (changed) store.refreshStories();
        IngestReport report = new IngestReport(counts.added, counts.changed, counts.unchanged,
                failures.size(), store.quadCount(), failures, refreshed, bulk,
                Duration.ofNanos(System.nanoTime() - t0), counts.copies, counts.pruned, run.removedDocs,
                sources.skipped().size(), settings.prune());
        writeStamps(known, observed, run, report.quadsInStore());
        listener.finished(report);
        return report;
    }

    /** The stamps of every stored path: this run's, or the earlier ones when still for the same document. */
    private void writeStamps(FileStamps known, Map<String, FileStamps.Stamp> observed, Run run, long quads) {
        Optional<Path> folder = store.localFolder();
        if (folder.isEmpty()) return;
        Map<String, FileStamps.Stamp> next = new HashMap<>();
        for (String key : run.keys()) {
            FileStamps.Stamp s = observed.get(key);
            if (s == null) s = known.stamps().get(key);
            if (s != null && Vocab.documentIriFor(s.sha256()).equals(run.docOf(key))) next.put(key, s);
        }
        try {
            FileStamps.write(folder.get(), next, referenceFingerprint, quads);
        } catch (java.io.IOException e) {
            FileStamps.discard(folder.get()); // without stamps, the next run reads and hashes every file
        }
    }

    /** Paths under the folder arguments that the store knows and the walk did not find: detached, documents removed. */
    private int prune(SourceFiles sources, Run run, GraphSink sink) {
        Set<String> present = new HashSet<>();
        for (SourceFiles.Entry e : sources.entries()) present.add(e.key());
        int before = run.removedDocs;
        List<String> gone = new ArrayList<>();
        for (String key : run.keys()) {
            if (present.contains(key)) continue;
            boolean under = sources.roots().stream().anyMatch(r -> !r.isEmpty() && key.startsWith(r));
            boolean unknown = sources.incomplete().stream().anyMatch(key::startsWith);
            if (under && !unknown) gone.add(key);
        }
        for (String key : gone) run.detach(key, sink);
        return run.removedDocs - before;
    }

    /** Which paths belong to which documents, as stored and as changed by this run. */
    private static final class Run {
        private final Map<String, String> initial;
        private final Map<String, String> docOf = new HashMap<>();
        private final Map<String, Set<String>> pathsOf = new HashMap<>();
        /** Documents written or already stored, which a copy can join at once. */
        private final Set<String> present = new HashSet<>();
        /** Copies waiting for their document's graph to be written (its extraction is still under way). */
        private final Map<String, List<SourceFiles.Entry>> waiting = new HashMap<>();
        int removedDocs, detachedPaths;

        Run(Map<String, String> initial) {
            this.initial = Map.copyOf(initial);
            initial.forEach((key, doc) -> {
                docOf.put(key, doc);
                pathsOf.computeIfAbsent(doc, d -> new HashSet<>()).add(key);
                present.add(doc);
            });
        }

        String initialDocOf(String key) { return initial.get(key); }

        String docOf(String key) { return docOf.get(key); }

        List<String> keys() { return new ArrayList<>(docOf.keySet()); }

        /** Copies whose document was never written in this run (removed, or its extraction failed). */
        List<SourceFiles.Entry> takeOrphans() {
            List<SourceFiles.Entry> all = new ArrayList<>();
            waiting.values().forEach(all::addAll);
            waiting.clear();
            return all;
        }

        /** A new graph for {@code doc}, extracted from the file at {@code key}. */
        void written(String key, String doc, List<Quad> quads, GraphSink sink) {
            Node g = NodeFactory.createURI(doc);
            move(key, doc, sink);
            Set<String> paths = pathsOf.computeIfAbsent(doc, d -> new HashSet<>());
            paths.add(key);
            List<SourceFiles.Entry> joining = waiting.remove(doc);
            if (joining != null) {
                for (SourceFiles.Entry e : joining) {
                    move(e.key(), doc, sink);
                    paths.add(e.key());
                }
            }
            for (String k : paths) {
                if (!k.equals(key)) quads.add(Quad.create(g, g, SOURCE_FILE, NodeFactory.createLiteralString(k)));
            }
            sink.replace(g, quads);
            present.add(doc);
        }

        /** The file at {@code key} has the bytes of {@code doc}. */
        void attach(SourceFiles.Entry entry, String doc, GraphSink sink) {
            String key = entry.key();
            if (!present.contains(doc)) {
                waiting.computeIfAbsent(doc, d -> new ArrayList<>()).add(entry);
                return;
            }
            if (doc.equals(docOf.get(key))) return;
            move(key, doc, sink);
            pathsOf.computeIfAbsent(doc, d -> new HashSet<>()).add(key);
            Node g = NodeFactory.createURI(doc);
            sink.add(List.of(Quad.create(g, g, SOURCE_FILE, NodeFactory.createLiteralString(key))));
        }

        /** Takes {@code key} away from the document it belonged to, when that is not {@code doc}. */
        private void move(String key, String doc, GraphSink sink) {
            String old = docOf.put(key, doc);
            if (old != null && !old.equals(doc)) release(key, old, sink);
        }

        void detach(String key, GraphSink sink) {
            String old = docOf.remove(key);
            if (old != null) release(key, old, sink);
        }

        private void release(String key, String old, GraphSink sink) {
            detachedPaths++;
            Set<String> paths = pathsOf.get(old);
            if (paths != null) paths.remove(key);
            Node g = NodeFactory.createURI(old);
            if (paths == null || paths.isEmpty()) {
                pathsOf.remove(old);
                present.remove(old);
                sink.delete(g);
                removedDocs++;
            } else {
                sink.remove(Quad.create(g, g, SOURCE_FILE, NodeFactory.createLiteralString(key)));
            }
        }
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
        int added, changed, unchanged, copies, pruned, done;
    }
}
