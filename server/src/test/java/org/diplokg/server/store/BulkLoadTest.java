package org.diplokg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.emit.MentionDetail;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.server.search.IndexDocuments;
import org.diplokg.server.search.Search;
import org.diplokg.server.search.TextIndexes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk load into an empty store leaves the summary graph and the text index to its last transaction: what it
 * leaves is what recomputing them from the documents gives, and what an incremental load of the same files gives;
 * a load that dies half-way leaves a store that completes them when next opened, and a rerun converges.
 */
class BulkLoadTest {

    /** Small bulk transactions, so that a load of 22 files commits several times (and flushes its sorted buffer of 1,000 quads more often). */
    static final long CHUNK = 3_000;

    static DocumentProcessor processor;
    static List<StaticGraph> statics;

    @TempDir Path dir;
    Path docs;

    @BeforeAll
    static void extractor() {
        ReferenceData reference = ReferenceData.load();
        processor = DocumentProcessor.of(DocumentReader.create(), Extractor.builder().reference(reference).build(), MentionDetail.FIRST);
        statics = List.of(new StaticGraph(Vocab.REFERENCE_GRAPH, "reference graph", reference::emit));
    }

    /** The seeds, each in {@code versions} versions (a line added), and two byte-identical copies. */
    void corpus(int versions) throws Exception {
        docs = Files.createDirectories(dir.resolve("docs"));
        try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
            for (Path s : seeds.sorted().toList()) {
                String text = Files.readString(s, StandardCharsets.UTF_8);
                for (int v = 0; v < versions; v++) {
                    Files.writeString(docs.resolve(v + "-" + s.getFileName()), text + "\n第" + v + "版。\n", StandardCharsets.UTF_8);
                }
            }
        }
        List<Path> files;
        try (Stream<Path> all = Files.list(docs)) {
            files = all.sorted().toList();
        }
        Files.copy(files.get(0), docs.resolve("zz-copy-of-first.txt")); // its document is written long before
        Files.copy(files.get(files.size() - 1), docs.resolve("00-copy-of-last.txt")); // waits for its document
    }

    /** Ingests {@link #docs} into the store through a bulk sink of {@link #CHUNK} quads that fails after {@code failAfter} documents. */
    private IngestReport ingest(Store store, int failAfter) throws Exception {
        IngestTarget local = IngestTarget.local(store);
        IngestTarget target = new IngestTarget() {
            @Override public boolean isEmpty() { return local.isEmpty(); }
            @Override public Map<String, String> graphHashes() { return local.graphHashes(); }
            @Override public Map<String, String> sourceFiles() { return local.sourceFiles(); }
            @Override public long quadCount() { return local.quadCount(); }
            @Override public void written() { local.written(); }
            @Override public int refreshStories() { return local.refreshStories(); }
            @Override public java.util.Optional<Path> localFolder() { return local.localFolder(); }

            @Override
            public GraphSink sink(boolean bulk, long batchQuads) {
                return bulk ? new Failing(new GraphSink.Bulk(store.dataset(), CHUNK), failAfter) : local.sink(false, batchQuads);
            }
        };
        return new Ingester(target, processor, statics, new Ingester.Settings(2, 500, false)).ingest(List.of(docs), IngestListener.SILENT);
    }

    /** A bulk sink that dies (as on a full disk) when the {@code failAfter}-th document graph arrives. */
    private record Failing(GraphSink sink, int failAfter, int[] seen) implements GraphSink {
        Failing(GraphSink sink, int failAfter) { this(sink, failAfter, new int[1]); }

        @Override public void replace(Node graph, List<Quad> quads) {
            if (graph.getURI().startsWith(Vocab.DOC) && ++seen[0] == failAfter) throw new IllegalStateException("no space left on device");
            sink.replace(graph, quads);
        }
        @Override public void add(List<Quad> quads) { sink.add(quads); }
        @Override public void remove(Quad quad) { sink.remove(quad); }
        @Override public void delete(Node graph) { sink.delete(graph); }
        @Override public void finish() { sink.finish(); }
        @Override public void abort(Exception cause) { sink.abort(cause); }
    }

    private static boolean pending(Store store) {
        DatasetGraph tdb = SummaryTracker.tdb2(store.dataset());
        return Txn.calculateRead(tdb, () -> SummaryGraph.pending(tdb));
    }

    private static Graph summary(Store store) {
        return Txn.calculateRead(store.dataset(), () -> SummaryGraph.stored(store.dataset()));
    }

    /** Every entry of the committed index (IRI and the name shown) and what a few searches find. */
    private static List<String> index(Store store) throws Exception {
        IndexDocuments documents = TextIndexes.documents(store.dataset()).orElseThrow();
        List<String> out = new ArrayList<>();
        TreeSet<String> entries = new TreeSet<>();
        try (DirectoryReader r = DirectoryReader.open(documents.index().getDirectory())) {
            StoredFields fields = r.storedFields();
            for (int i = 0; i < r.maxDoc(); i++) entries.add(fields.document(i).toString());
        }
        out.add(entries.size() + " entries");
        out.addAll(entries);
        for (String q : List.of("习近平", "中国", "东盟", "伙伴关系", "亚太经合组织", "RCEP", "朋友圈", "第1版")) {
            out.add(q + " → " + Search.entities(store.dataset(), q));
            out.add(q + " → " + Search.documents(store.dataset(), q, 100).stream().map(Search.DocumentHit::iri).sorted().toList());
        }
        return out;
    }

    private static void reindex(Store store) {
        DatasetGraph base = TextIndexes.base(store.dataset());
        Txn.executeRead(base, () -> TextIndexes.documents(store.dataset()).orElseThrow().rebuild(base));
    }

    @Test
    void aBulkLoadLeavesTheSummaryAndIndexThatRecomputingGivesAndThatAnIncrementalLoadGives() throws Exception {
        corpus(4);
        Graph bulkSummary;
        List<String> bulkIndex;
        try (Store store = Store.open(dir.resolve("bulk"))) {
            IngestReport report = ingest(store, Integer.MAX_VALUE);
            assertTrue(report.bulk());
            assertEquals(22, report.added() + report.copies(), report.toString());
            assertTrue(store.quadCount() > 4 * CHUNK, "several bulk transactions: " + store.quadCount() + " quads");
            assertFalse(pending(store), "the load finished: nothing pending");
            SummaryGraphTest.assertCurrent(store, "after a bulk load in several transactions");
            bulkSummary = summary(store);
            bulkIndex = index(store);
            assertTrue(bulkIndex.stream().anyMatch(l -> l.startsWith("朋友圈 → [https")), "document texts are indexed: " + bulkIndex);
            assertTrue(bulkIndex.stream().anyMatch(l -> l.startsWith("习近平 → [EntityHit[iri=")), "entities are indexed");
            reindex(store);
            assertEquals(bulkIndex, index(store), "the index equals a rebuilt one");
        }
        try (Store store = Store.open(dir.resolve("incremental"))) {
            // the same files in small batched transactions: the summary and index kept at every commit
            Files.createDirectories(dir.resolve("first"));
            Files.copy(Files.list(docs).sorted().findFirst().orElseThrow(), dir.resolve("first").resolve("x.txt"));
            new Ingester(store, processor, statics, new Ingester.Settings(2, 500, false)).ingest(List.of(dir.resolve("first")), IngestListener.SILENT);
            IngestReport report = new Ingester(store, processor, statics, new Ingester.Settings(2, 500, false).withPrune(true))
                    .ingest(List.of(docs, dir.resolve("first")), IngestListener.SILENT);
            assertFalse(report.bulk());
            Files.delete(dir.resolve("first").resolve("x.txt"));
            new Ingester(store, processor, statics, new Ingester.Settings(2, 500, false).withPrune(true))
                    .ingest(List.of(docs, dir.resolve("first")), IngestListener.SILENT);
            SummaryGraphTest.assertCurrent(store, "after incremental loads");
            assertTrue(bulkSummary.isIsomorphicWith(summary(store)), "bulk and incremental loads give the same summary");
            assertEquals(bulkIndex, index(store), "bulk and incremental loads give the same index");
        }
    }

    @Test
    void aBulkLoadThatDiesHalfWayIsCompletedWhenTheStoreIsNextOpenedAndARerunConverges() throws Exception {
        // 120 documents: the bulk transactions grow (the reference graph, ~11,000 quads, then as much again …), so the
        // first documents commit once their quads pass the reference graph's: after some 55 seed documents (107–235
        // quads each with their summary rows), and by the 100th whatever order the two extraction threads give them in
        // (any 99 of the 24 copies of each seed hold over 17,000); the next commit needs twice as much, more than the
        // corpus. Dying at the 65th of 80 left that to chance once the reference data grew (CI, 2026-12-07).
        corpus(24);
        Path db = dir.resolve("died");
        try (Store store = Store.open(db)) {
            assertThrows(IllegalStateException.class, () -> ingest(store, 100));
            assertTrue(pending(store), "the committed part of the load is marked incomplete");
            assertTrue(store.graphCount() > 10, "some documents were committed before it died: " + store.graphCount());
        }
        try (Store store = Store.open(db)) {
            assertFalse(pending(store), "opening the store completed the load");
            SummaryGraphTest.assertCurrent(store, "when the store is opened after a load that died");
            List<String> completed = index(store);
            assertTrue(completed.stream().anyMatch(l -> l.startsWith("朋友圈 → [https")), "the committed documents' texts are indexed");
            reindex(store);
            assertEquals(completed, index(store), "the completed index equals a rebuilt one");

            IngestReport rerun = ingest(store, Integer.MAX_VALUE);
            assertFalse(rerun.bulk(), "the rerun adds the missing files to a store that is not empty");
            SummaryGraphTest.assertCurrent(store, "after the rerun");
        }
        Graph clean;
        List<String> cleanIndex;
        try (Store store = Store.open(dir.resolve("clean"))) {
            ingest(store, Integer.MAX_VALUE);
            clean = summary(store);
            cleanIndex = index(store);
        }
        try (Store store = Store.open(db)) {
            assertTrue(clean.isIsomorphicWith(summary(store)), "the rerun converges to the summary of a clean load");
            assertEquals(cleanIndex, index(store), "and to its index");
        }
    }
}
