package org.diplokg.server.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.emit.MentionDetail;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.server.store.DocumentProcessor;
import org.diplokg.server.store.StaticGraph;

/**
 * The real extraction chain for the commands: the reference data (shipped plus the user's folders),
 * loaded once; the extractor, built on first use only.
 */
public final class ExtractorSetup {

    private final ReferenceData reference;
    private final MentionDetail mentions;
    /** The extractor being built ahead of its first use ({@link #loadAhead}), or null: built on first use. */
    private final FutureTask<Extractor> extractorAhead;

    private ExtractorSetup(ReferenceData reference, MentionDetail mentions, boolean buildAhead) {
        this.reference = reference;
        this.mentions = mentions;
        this.extractorAhead = buildAhead ? new FutureTask<>(this::buildExtractor) : null;
        if (buildAhead) start(extractorAhead, "diplokg-extractor-build");
    }

    /** Shipped reference data plus {@code ontology/user/} and any {@code --reference} folders. */
    public static ExtractorSetup load(Home home, List<String> extraFolders) {
        return load(home, extraFolders, MentionDetail.FIRST);
    }

    /** As {@link #load(Home, List)}, writing {@code mentions} of each document. */
    static ExtractorSetup load(Home home, List<String> extraFolders, MentionDetail mentions) {
        List<Path> folders = new ArrayList<>();
        folders.add(home.userReference());
        extraFolders.forEach(f -> folders.add(Path.of(f)));
        return new ExtractorSetup(ReferenceData.load(folders), mentions, false);
    }

    /**
     * As {@link #load(Home, List, MentionDetail)}, on a thread of its own, so that it overlaps opening the store;
     * with {@code buildExtractor}, the extractor is then built on that thread too rather than by the first worker
     * (for a load whose files all need extracting: into a new database). At 2,000 real files into a new store the
     * command spent ~7 s of wall time (load 8) before its first extraction: Jena and the store, then the reference data
     * (0.3 s of CPU), the static graphs (0.4 s), then the extractor's build (1.9 s) while the other worker waited,
     * one after another on one core of two.
     */
    static Future<ExtractorSetup> loadAhead(Home home, List<String> extraFolders, MentionDetail mentions, boolean buildExtractor) {
        List<Path> folders = new ArrayList<>();
        folders.add(home.userReference());
        extraFolders.forEach(f -> folders.add(Path.of(f)));
        FutureTask<ExtractorSetup> task = new FutureTask<>(() -> new ExtractorSetup(ReferenceData.load(folders), mentions, buildExtractor));
        start(task, "diplokg-reference-load");
        return task;
    }

    private static void start(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    private Extractor buildExtractor() {
        return Extractor.builder().reference(reference).build();
    }

    private Extractor extractor() {
        if (extractorAhead == null) return buildExtractor();
        try {
            return extractorAhead.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the extractor was being built", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * What the reference and ontology graphs are made from, as file names, sizes and modification times (the
     * shipped data in the jar or class folder, {@code ontology/user/}, the {@code --reference} folders), without
     * reading or parsing any of it: equal fingerprints mean the static graphs stored last time are still current.
     */
    public static String referenceFingerprint(Home home, List<String> extraFolders) {
        List<String> parts = new ArrayList<>();
        java.security.CodeSource source = ReferenceData.class.getProtectionDomain().getCodeSource();
        if (source != null) stamp(Path.of(java.net.URI.create(source.getLocation().toString())), parts);
        List<Path> folders = new ArrayList<>();
        folders.add(home.userReference());
        extraFolders.forEach(f -> folders.add(Path.of(f).toAbsolutePath().normalize()));
        for (Path f : folders) {
            parts.add("folder " + f);
            stamp(f, parts);
        }
        try { // not DocumentReader.sha256: its class starts the readers, which a run that changes nothing never needs
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", parts).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void stamp(Path p, List<String> parts) {
        if (!java.nio.file.Files.exists(p)) return;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(p)) {
            files.filter(java.nio.file.Files::isRegularFile).sorted().forEach(f -> {
                org.diplokg.server.store.FileStamps.Attributes a = org.diplokg.server.store.FileStamps.attributes(f);
                parts.add(f + " " + (a == null ? "?" : a.size() + " " + a.mtimeNanos()));
            });
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            parts.add(p + " unreadable " + System.nanoTime()); // never equal: the slow path checks the graphs
        }
    }

    public DocumentProcessor processor() {
        DocumentReader reader = DocumentReader.create();
        return DocumentProcessor.lazy(() -> DocumentProcessor.of(reader, extractor(), mentions));
    }

    public List<StaticGraph> staticGraphs() {
        return List.of(
                new StaticGraph(Vocab.REFERENCE_GRAPH, "reference graph", reference::emit),
                new StaticGraph(Vocab.ONTOLOGY_GRAPH, "ontology graph", reference::emitOntology));
    }
}
