package org.diplokg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.emit.MentionDetail;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.extractor.vocab.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary graph kept by ingest equals one recomputed from scratch after every kind of change. */
class SummaryGraphTest {

    @TempDir Path dir;

    @Test
    void incrementalSummaryEqualsRecomputedAfterAddChangeCopyAndPrune() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
            for (Path s : seeds.sorted().limit(3).toList()) Files.copy(s, docs.resolve(s.getFileName()));
        }
        ReferenceData reference = ReferenceData.load();
        Extractor extractor = Extractor.builder().reference(reference).build();
        DocumentProcessor processor = DocumentProcessor.of(DocumentReader.create(), extractor, MentionDetail.FIRST);
        List<StaticGraph> statics = List.of(new StaticGraph(Vocab.REFERENCE_GRAPH, "reference graph", reference::emit));
        try (Store store = Store.open(dir.resolve("db"))) {
            Ingester.Settings settings = new Ingester.Settings(2, 500, false);
            IngestReport first = new Ingester(store, processor, statics, settings).ingest(List.of(docs), IngestListener.SILENT);
            assertTrue(first.bulk());
            assertCurrent(store, "after a first (bulk) ingest");
            long people = rowsOfType(store, "PersonAtMeetingRow");
            assertTrue(people > 0, "people-at-meeting rows made by the bulk load");

            // a new document, a copy of a stored one under another name, in small batched transactions
            try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
                Path fourth = seeds.sorted().skip(3).findFirst().orElseThrow();
                Files.copy(fourth, docs.resolve(fourth.getFileName()));
            }
            Path one = Files.list(docs).sorted().findFirst().orElseThrow();
            Files.copy(one, docs.resolve("copy-of-first.txt"));
            new Ingester(store, processor, statics, settings).ingest(List.of(docs), IngestListener.SILENT);
            assertCurrent(store, "after adding a document and a copy");

            // a changed file: its new graph replaces the old one
            Files.writeString(one, Files.readString(one, StandardCharsets.UTF_8)
                    + "\n国家主席习近平出席二十国集团领导人第十五次峰会。中方已申请加入《数字经济伙伴关系协定》。\n", StandardCharsets.UTF_8);
            new Ingester(store, processor, statics, settings).ingest(List.of(docs), IngestListener.SILENT);
            assertCurrent(store, "after changing a file");

            // removed files, pruned: the copy keeps the old bytes' document alive until it goes too
            Path second = Files.list(docs).sorted().skip(1).findFirst().orElseThrow();
            Files.delete(second);
            Files.delete(docs.resolve("copy-of-first.txt"));
            IngestReport pruned = new Ingester(store, processor, statics, settings.withPrune(true)).ingest(List.of(docs), IngestListener.SILENT);
            assertTrue(pruned.removed() >= 1, "a document was removed");
            assertCurrent(store, "after pruning");
            assertTrue(rowsOfType(store, "PersonAtMeetingRow") > 0, "people-at-meeting rows kept up on writes");

            // rebuilding gives the same graph
            long size = Txn.calculateWrite(store.dataset(), () -> SummaryGraph.recompute(store.dataset()));
            assertTrue(size > 50, "a summary with rows: " + size);
            assertCurrent(store, "after a rebuild");
        }
    }

    static long rowsOfType(Store store, String type) {
        return Txn.calculateRead(store.dataset(), () -> (long) SummaryGraph.stored(store.dataset())
                .find(null, org.apache.jena.vocabulary.RDF.type.asNode(), SummaryGraph.p(type)).toList().size());
    }

    static void assertCurrent(Store store, String when) {
        long stored = Txn.calculateRead(store.dataset(), () -> SummaryGraph.stored(store.dataset()).size());
        long diff = Txn.calculateRead(store.dataset(), () -> SummaryGraph.difference(store.dataset()));
        assertTrue(stored > 0, "the summary is empty " + when);
        assertEquals(0, diff, "summary triples that differ from a recomputed one " + when);
    }
}
