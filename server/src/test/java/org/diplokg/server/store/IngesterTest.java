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
        assertEquals(3, store.graphCount());
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
        assertEquals(3, store.graphCount()); // two documents and the reference graph
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
        assertEquals(62, store.graphCount()); // 61 documents + reference
        assertTrue(hasLabel(docs.resolve("doc-59.txt"), "document 59"));
    }
}
