package org.diplokg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.extractor.vocab.Vocab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

    @TempDir Path dir;
    Path docs;
    Store store;
    FakeProcessor processor;
    AtomicReference<String> referenceLabel = new AtomicReference<>("RCEP");

    @BeforeEach
    void setUp() throws Exception {
        docs = Files.createDirectories(dir.resolve("docs"));
        store = Store.open(dir.resolve("db"));
        processor = new FakeProcessor();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Ingester ingester() {
        StaticGraph reference = new StaticGraph(Vocab.REFERENCE_GRAPH, "reference graph", (StreamRDF out) ->
                out.triple(org.apache.jena.graph.Triple.create(NodeFactory.createURI(Vocab.ID + "agreement/rcep"),
                        RDFS.label.asNode(), NodeFactory.createLiteralString(referenceLabel.get()))));
        return new Ingester(store, processor, List.of(reference), new Ingester.Settings(2, 10, false));
    }

    private IngestReport ingest(List<String> messages) throws Exception {
        return ingester().ingest(List.of(docs), new IngestListener() {
            @Override public void failed(String message) { messages.add(message); }
        });
    }

    private IngestReport ingest() throws Exception {
        return ingest(new ArrayList<>());
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(docs.resolve(name), text, StandardCharsets.UTF_8);
    }

    private DatasetGraph snapshot() {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            store.dataset().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** Whether the document the store holds for this file's path has a line with this label. */
    private boolean hasLabel(Path file, String label) {
        String doc = store.sourceFiles().get(SourceFiles.keyFor(file));
        if (doc == null) return false;
        Node g = NodeFactory.createURI(doc);
        return Txn.calculateRead(store.dataset(), () ->
                store.dataset().contains(g, Node.ANY, RDFS.label.asNode(), NodeFactory.createLiteralString(label)));
    }

    @Test
    void firstIngestIntoEmptyStoreUsesBulkLoaderAndStoresEveryDocument() throws Exception {
        write("a.txt", "APEC 领导人会议\n区域全面经济伙伴关系协定");
        write("b.txt", "第二篇");
        IngestReport r = ingest();
        assertTrue(r.bulk());
        assertEquals(2, r.added());
        assertEquals(0, r.failed());
        assertEquals(List.of("reference graph"), r.refreshedGraphs());
        assertTrue(hasLabel(docs.resolve("a.txt"), "区域全面经济伙伴关系协定"));
        assertEquals(r.quadsInStore(), store.quadCount());
        assertEquals(4, store.graphCount()); // + the summary graph
    }

    @Test
    void secondIngestOfUnchangedFilesChangesNothingAndParsesNothing() throws Exception {
        write("a.txt", "one\ntwo");
        write("b.txt", "three");
        ingest();
        DatasetGraph before = snapshot();
        int callsBefore = processor.calls();

        IngestReport second = ingest();

        assertFalse(second.bulk());
        assertEquals(0, second.added());
        assertEquals(0, second.changed());
        assertEquals(2, second.unchanged());
        assertFalse(second.storeChanged());
        assertTrue(second.summaryLine().contains("nothing changed"), second.summaryLine());
        assertEquals(callsBefore, processor.calls(), "unchanged files must not be parsed");
        assertTrue(IsoMatcher.isomorphic(before, snapshot()));
    }

    @Test
    void changedFileReplacesItsGraphAndLeavesOthersAlone() throws Exception {
        write("a.txt", "old line");
        write("b.txt", "other document");
        ingest();
        write("a.txt", "new line");

        IngestReport r = ingest();

        assertEquals(1, r.changed());
        assertEquals(1, r.unchanged());
        assertTrue(hasLabel(docs.resolve("a.txt"), "new line"));
        assertFalse(hasLabel(docs.resolve("a.txt"), "old line"), "the old graph content must be gone");
        assertTrue(hasLabel(docs.resolve("b.txt"), "other document"));
        String sha = org.diplokg.extractor.read.DocumentReader.sha256("new line".getBytes(StandardCharsets.UTF_8));
        assertEquals(sha, store.findGraphHash(Vocab.documentIriFor(sha)).orElseThrow());
        assertEquals(Vocab.documentIriFor(sha), store.sourceFiles().get("docs/a.txt"));
        String oldDoc = Vocab.documentIriFor(org.diplokg.extractor.read.DocumentReader.sha256("old line".getBytes(StandardCharsets.UTF_8)));
        assertTrue(store.findGraphHash(oldDoc).isEmpty(), "the old document is removed: no other path holds its bytes");
        assertEquals(4, store.graphCount()); // two documents, the reference graph, the summary graph
    }

    @Test
    void badFileIsReportedWithItsPathAndTheOthersAreStored() throws Exception {
        write("a.txt", "fine");
        write("bad.txt", "BROKEN content");
        write("c.txt", "also fine");
        List<String> messages = new ArrayList<>();

        IngestReport r = ingest(messages);

        assertEquals(2, r.added());
        assertEquals(1, r.failed());
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith(docs.resolve("bad.txt").toString()), messages.get(0));
        assertTrue(messages.get(0).contains("broken on purpose"));
        assertTrue(hasLabel(docs.resolve("a.txt"), "fine"));
        assertTrue(hasLabel(docs.resolve("c.txt"), "also fine"));
    }

    @Test
    void newFileAfterFirstIngestIsAddedInATransaction() throws Exception {
        write("a.txt", "first");
        ingest();
        write("b.txt", "second");
        IngestReport r = ingest();
        assertFalse(r.bulk());
        assertEquals(1, r.added());
        assertEquals(1, r.unchanged());
        assertTrue(hasLabel(docs.resolve("b.txt"), "second"));
    }

    @Test
    void referenceGraphIsReloadedOnlyWhenItsContentChanges() throws Exception {
        write("a.txt", "x");
        ingest();
        assertTrue(ingest().refreshedGraphs().isEmpty());

        referenceLabel.set("Regional Comprehensive Economic Partnership");
        IngestReport r = ingest();

        assertEquals(List.of("reference graph"), r.refreshedGraphs());
        Node ref = NodeFactory.createURI(Vocab.REFERENCE_GRAPH);
        Txn.executeRead(store.dataset(), () -> {
            assertTrue(store.dataset().contains(ref, Node.ANY, RDFS.label.asNode(),
                    NodeFactory.createLiteralString("Regional Comprehensive Economic Partnership")));
            assertFalse(store.dataset().contains(ref, Node.ANY, RDFS.label.asNode(), NodeFactory.createLiteralString("RCEP")));
        });
    }

    @Test
    void hiddenFilesAreSkippedAndMissingPathsReported() throws Exception {
        write("a.txt", "visible");
        write(".hidden.txt", "BROKEN if read");
        Files.createDirectories(docs.resolve(".git"));
        Files.writeString(docs.resolve(".git").resolve("config"), "BROKEN if read");
        List<String> messages = new ArrayList<>();
        IngestReport r = ingester().ingest(List.of(docs, dir.resolve("nowhere")), new IngestListener() {
            @Override public void failed(String message) { messages.add(message); }
        });
        assertEquals(1, r.added());
        assertEquals(1, r.failed());
        assertTrue(messages.get(0).contains("nowhere"), messages.toString());
    }

    @Test
    void forceReextractsUnchangedFiles() throws Exception {
        write("a.txt", "same");
        ingest();
        IngestReport r = new Ingester(store, processor, List.of(), new Ingester.Settings(1, 1000, true))
                .ingest(List.of(docs), IngestListener.SILENT);
        assertEquals(1, r.changed());
        assertEquals(2, processor.calls());
    }

    @Test
    void manyDocumentsAcrossSeveralBatchesAllArrive() throws Exception {
        write("seed.txt", "seed");
        ingest(); // not empty any more: the rest goes through batched transactions (batch of 10 quads)
        for (int i = 0; i < 60; i++) write("doc-" + i + ".txt", "document " + i + "\nline two");
        IngestReport r = ingest();
        assertEquals(60, r.added());
        assertEquals(63, store.graphCount()); // 61 documents + reference + summary
        assertTrue(hasLabel(docs.resolve("doc-59.txt"), "document 59"));
    }

    private static String sha(String text) {
        return org.diplokg.extractor.read.DocumentReader.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> pathsOf(String doc) {
        return store.sourceFiles().entrySet().stream().filter(e -> e.getValue().equals(doc)).map(java.util.Map.Entry::getKey).sorted().toList();
    }

    private Ingester ingester(Ingester.Settings settings) {
        return new Ingester(store, processor, List.of(), settings);
    }

    @Test
    void sameBytesUnderTwoNamesAreOneDocumentWithBothPaths() throws Exception {
        write("a.txt", "one story");
        Files.createDirectories(docs.resolve("sub"));
        Files.writeString(docs.resolve("sub/copy.txt"), "one story", StandardCharsets.UTF_8);
        write("b.txt", "another");

        IngestReport r = ingest();

        assertEquals(2, r.added());
        assertEquals(1, r.copies());
        assertEquals(2, processor.calls(), "the copy is not extracted again");
        String doc = Vocab.documentIriFor(sha("one story"));
        assertEquals(List.of("docs/a.txt", "docs/sub/copy.txt"), pathsOf(doc));
        assertEquals(4, store.graphCount()); // + the summary graph

        // a second ingest: both paths are known, nothing changes
        IngestReport again = ingest();
        assertEquals(3, again.unchanged());
        assertFalse(again.storeChanged());
    }

    @Test
    void identityDoesNotDependOnHowTheFolderIsNamedOnTheCommandLine() throws Exception {
        write("a.txt", "alpha");
        write("b.txt", "beta");
        ingest();
        DatasetGraph before = snapshot();

        // the same folder by another spelling (as "cd docs; ingest ." would give), and a file by itself
        IngestReport r = ingester().ingest(List.of(docs.resolve("../docs/./"), docs.resolve("a.txt")), IngestListener.SILENT);

        assertEquals(2, r.unchanged());
        assertEquals(0, r.added() + r.changed() + r.copies());
        assertTrue(IsoMatcher.isomorphic(before, snapshot()));
        String machine = dir.toString();
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(q -> {
            for (Node n : List.of(q.getGraph(), q.getSubject(), q.getObject())) {
                String text = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : "";
                assertFalse(text.contains(machine) || text.contains(Vocab.encode(machine)), "machine path in " + q);
            }
        }));
    }

    @Test
    void changedFileLeavesTheDocumentToItsCopyAndGetsANewOne() throws Exception {
        write("a.txt", "shared text");
        write("b.txt", "shared text");
        ingest();
        String shared = Vocab.documentIriFor(sha("shared text"));
        assertEquals(List.of("docs/a.txt", "docs/b.txt"), pathsOf(shared));

        write("a.txt", "a's own text now");
        IngestReport r = ingest();

        assertEquals(1, r.changed());
        assertEquals(List.of("docs/b.txt"), pathsOf(shared));
        assertEquals(List.of("docs/a.txt"), pathsOf(Vocab.documentIriFor(sha("a's own text now"))));
        assertTrue(hasLabel(docs.resolve("b.txt"), "shared text"));
    }

    @Test
    void bytesMovedFromOneFileToAnotherAreStillStored() throws Exception {
        write("a.txt", "first text");
        ingest();
        write("a.txt", "replacement");
        write("b.txt", "first text"); // the old bytes of a.txt, now under b.txt

        IngestReport r = ingester(new Ingester.Settings(1, 10, false)).ingest(List.of(docs), IngestListener.SILENT);

        assertEquals(0, r.failed(), r.failures().toString());
        assertTrue(hasLabel(docs.resolve("a.txt"), "replacement"));
        assertTrue(hasLabel(docs.resolve("b.txt"), "first text"));
        assertEquals(List.of("docs/b.txt"), pathsOf(Vocab.documentIriFor(sha("first text"))));
    }

    @Test
    void pruneRemovesDocumentsWhoseFilesAreGoneAndSaysHowMany() throws Exception {
        write("a.txt", "stays");
        write("b.txt", "goes");
        write("c.txt", "copy");
        write("d.txt", "copy");
        ingest();
        Files.delete(docs.resolve("b.txt"));
        Files.delete(docs.resolve("d.txt"));

        IngestReport without = ingest();
        assertEquals(5, store.graphCount(), "without --prune nothing is removed");
        assertFalse(without.summaryLine().contains("pruned"));

        IngestReport r = ingester(Ingester.Settings.defaults().withThreads(2).withPrune(true)).ingest(List.of(docs), IngestListener.SILENT);

        assertEquals(1, r.pruned());
        assertTrue(r.summaryLine().contains("pruned 1 document whose files are gone"), r.summaryLine());
        assertFalse(hasLabel(docs.resolve("b.txt"), "goes"));
        assertTrue(hasLabel(docs.resolve("a.txt"), "stays"));
        assertEquals(List.of("docs/c.txt"), pathsOf(Vocab.documentIriFor(sha("copy"))));
        assertEquals(4, store.graphCount()); // a, the copy, the reference graph, the summary graph
    }

    @Test
    void nearIdenticalStoriesStayTwoDocumentsLinkedAsOneStory() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 30; i++) body.append("第").append(i).append("段：亚太经合组织领导人非正式会议以视频方式举行，各方讨论了区域经济一体化。\n");
        write("outlet-one.txt", "新华网\n" + body);
        write("outlet-two.txt", "人民网转载\n" + body + "责任编辑：张三");
        write("unrelated.txt", "别的新闻\n" + "中国与东盟举行自由贸易区升级谈判，双方同意加快进程。".repeat(10));

        ingest();

        String one = store.sourceFiles().get("docs/outlet-one.txt");
        String two = store.sourceFiles().get("docs/outlet-two.txt");
        String other = store.sourceFiles().get("docs/unrelated.txt");
        Node stories = NodeFactory.createURI(StoryLinks.GRAPH);
        Node same = Vocab.dkg("sameStoryAs");
        Txn.executeRead(store.dataset(), () -> {
            assertTrue(store.dataset().contains(stories, NodeFactory.createURI(one), same, NodeFactory.createURI(two)));
            assertTrue(store.dataset().contains(stories, NodeFactory.createURI(two), same, NodeFactory.createURI(one)));
            assertFalse(store.dataset().contains(stories, NodeFactory.createURI(other), same, Node.ANY));
        });
        assertEquals(6, store.graphCount()); // three documents, the reference, stories and summary graphs

        Files.delete(docs.resolve("outlet-two.txt"));
        ingester(Ingester.Settings.defaults().withThreads(2).withPrune(true)).ingest(List.of(docs), IngestListener.SILENT);
        Txn.executeRead(store.dataset(), () ->
                assertFalse(store.dataset().contains(stories, Node.ANY, same, Node.ANY), "links go with their document"));
    }

    @Test
    void fileOverTheSizeLimitIsRefusedByNameAndTheRestStored() throws Exception {
        write("a.txt", "small");
        write("big.txt", "x".repeat(5000));
        List<String> messages = new ArrayList<>();
        IngestReport r = ingester(Ingester.Settings.defaults().withThreads(2)
                .withLimits(new ExtractionPipeline.Limits(1000, 60_000))).ingest(List.of(docs), new IngestListener() {
            @Override public void failed(String message) { messages.add(message); }
        });
        assertEquals(1, r.added());
        assertEquals(1, r.failed());
        assertTrue(messages.get(0).startsWith(docs.resolve("big.txt") + ": 4.9 KB is over the file size limit of 1000 bytes"), messages.get(0));
        assertTrue(hasLabel(docs.resolve("a.txt"), "small"));
    }

    @Test
    void fileOverTheTimeLimitIsGivenUpByNameAndTheRestStored() throws Exception {
        for (int i = 0; i < 6; i++) write("doc-" + i + ".txt", "document " + i);
        write("stuck.txt", "SPIN");
        List<String> messages = new ArrayList<>();
        long t0 = System.nanoTime();
        IngestReport r = ingester(Ingester.Settings.defaults().withThreads(2)
                .withLimits(new ExtractionPipeline.Limits(1 << 20, 500))).ingest(List.of(docs), new IngestListener() {
            @Override public void failed(String message) { messages.add(message); }
        });
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L, "bounded time");
        assertEquals(6, r.added());
        assertEquals(List.of(docs.resolve("stuck.txt") + ": gave up after 0.5 s (the per-file time limit, --max-file-seconds);"
                + " the rest of the batch goes on"), messages);
        assertTrue(hasLabel(docs.resolve("doc-5.txt"), "document 5"));
    }

    @Test
    void fileThatRunsOutOfMemoryFailsAloneInAFirstIngest() throws Exception {
        write("a.txt", "fine");
        write("huge.txt", "OOM");
        write("z.txt", "also fine");
        List<String> messages = new ArrayList<>();
        IngestReport r = ingest(messages);
        assertTrue(r.bulk());
        assertEquals(2, r.added());
        assertEquals(List.of(docs.resolve("huge.txt") + ": ran out of memory extracting the file; skipped"), messages);
        assertTrue(hasLabel(docs.resolve("z.txt"), "also fine"));
    }
}
