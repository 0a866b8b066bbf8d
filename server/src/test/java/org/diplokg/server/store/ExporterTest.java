package org.diplokg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.diplokg.extractor.vocab.Vocab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {

    @TempDir Path dir;
    Store store;

    @BeforeEach
    void setUp() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "习近平出席亚太经合组织第二十八次领导人非正式会议\n第二行", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("b.txt"), "《区域全面经济伙伴关系协定》\nRCEP \"quoted\"", StandardCharsets.UTF_8);
        store = Store.open(dir.resolve("db"));
        new Ingester(store, new FakeProcessor(), List.of(), new Ingester.Settings(1, 1000, false))
                .ingest(List.of(docs), IngestListener.SILENT);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private byte[] export(ExportFormat f, String graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(store).export(f, graph, out);
        return out.toByteArray();
    }

    private Graph union() {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().getUnionGraph().find().forEachRemaining(g::add);
            return g;
        });
    }

    @Test
    void turtleExportReparsesToTheUnionGraphAndUsesPrefixes() {
        byte[] ttl = export(ExportFormat.TURTLE, null);
        String text = new String(ttl, StandardCharsets.UTF_8);
        assertTrue(text.contains("@prefix schema:") || text.contains("PREFIX schema:"), text);
        assertTrue(text.contains("区域全面经济伙伴关系协定"));
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ttl)).lang(ExportFormat.TURTLE.lang()).parse(back);
        Graph expected = union();
        assertTrue(expected.size() > 5);
        assertTrue(back.isIsomorphicWith(expected));
    }

    @Test
    void datasetFormatsKeepTheNamedGraphs() {
        DatasetGraph expected = Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph d = DatasetGraphFactory.create();
            store.dataset().find().forEachRemaining(d::add);
            return d;
        });
        for (ExportFormat f : List.of(ExportFormat.TRIG, ExportFormat.NQUADS, ExportFormat.JSONLD)) {
            DatasetGraph back = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(export(f, null))).lang(f.lang()).parse(back);
            assertTrue(IsoMatcher.isomorphic(expected, back), f + " did not round-trip");
        }
    }

    @Test
    void oneGraphOnly() throws Exception {
        String graph = Vocab.documentIriFor(org.diplokg.extractor.read.DocumentReader.sha256(java.nio.file.Files.readAllBytes(dir.resolve("docs/a.txt"))));
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(export(ExportFormat.TURTLE, graph))).lang(ExportFormat.TURTLE.lang()).parse(back);
        Graph expected = Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().getGraph(NodeFactory.createURI(graph)).find().forEachRemaining(g::add);
            return g;
        });
        assertTrue(back.isIsomorphicWith(expected));
        assertEquals(expected.size(), back.size());
    }
}
