package org.diplokg.server.query;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplokg.server.store.FakeProcessor;
import org.diplokg.server.store.IngestListener;
import org.diplokg.server.store.Ingester;
import org.diplokg.server.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every named query runs on a store (any vocabulary mistake that breaks evaluation shows here). */
class NamedQueriesRunTest {

    @TempDir static Path dir;
    static Store store;

    @BeforeAll
    static void load() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "区域全面经济伙伴关系协定\nRCEP");
        store = Store.open(dir.resolve("db"));
        // an entity to find by name (the full-text index holds entities' names, not those of parts of a document)
        org.diplokg.server.store.StaticGraph reference = new org.diplokg.server.store.StaticGraph(
                org.diplokg.extractor.vocab.Vocab.REFERENCE_GRAPH, "reference graph", out -> out.triple(org.apache.jena.graph.Triple.create(
                        org.apache.jena.graph.NodeFactory.createURI(org.diplokg.extractor.vocab.Vocab.ID + "agreement/rcep"),
                        org.apache.jena.vocabulary.RDFS.label.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString("RCEP"))));
        new Ingester(store, new FakeProcessor(), List.of(reference), new Ingester.Settings(1, 1000, false)).ingest(List.of(docs), IngestListener.SILENT);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyNamedQueryRunsInEveryFormat() {
        for (NamedQuery q : QueryCatalogue.fromFolder(Path.of("..", "queries")).all()) {
            List<String> params = new ArrayList<>();
            if (q.params().containsKey("entity")) params.add("entity=id:agreement/rcep");
            if (q.params().containsKey("text")) params.add("text=协定");
            for (OutputFormat f : OutputFormat.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                QueryRunner.local(store.dataset(), 10_000).run(QueryRunner.prepare(q.text(), params), f, out);
                assertTrue(out.size() > 0, q.name() + " printed nothing as " + f);
            }
        }
    }

    @Test
    void documentsQueryListsTheDocumentWithItsTitle() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NamedQuery q = QueryCatalogue.fromFolder(Path.of("..", "queries")).find("documents").orElseThrow();
        long rows = QueryRunner.local(store.dataset(), 0).run(QueryRunner.prepare(q.text(), List.of()), OutputFormat.CSV, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(rows == 1 && csv.contains("区域全面经济伙伴关系协定"), csv);
    }

    @Test
    void entitySearchFindsByPartOfALabel() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NamedQuery q = QueryCatalogue.fromFolder(Path.of("..", "queries")).find("entity-search").orElseThrow();
        long rows = QueryRunner.local(store.dataset(), 0).run(QueryRunner.prepare(q.text(), List.of("text=rcep")), OutputFormat.TABLE, out);
        assertTrue(rows == 1, out.toString(StandardCharsets.UTF_8));
    }
}
