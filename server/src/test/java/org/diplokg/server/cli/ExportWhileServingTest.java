package org.diplokg.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.diplokg.server.http.KgServer;
import org.diplokg.server.http.ServerSettings;
import org.diplokg.server.store.ExportFormat;
import org.diplokg.server.store.FakeProcessor;
import org.diplokg.server.store.IngestListener;
import org.diplokg.server.store.Ingester;
import org.diplokg.server.store.RemoteTarget;
import org.diplokg.server.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} while {@code serve} holds the database reads it through the server, with the same result. */
class ExportWhileServingTest {

    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        Context ctx = new Context(new Home(dir.resolve("home")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return Main.run(args, ctx);
    }

    private static final String RCEP = "https://w3id.org/diplokg/id/agreement/rcep";

    private Path loadedStore() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "习近平出席亚太经合组织第二十八次领导人非正式会议\n第二行", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("b.txt"), "《区域全面经济伙伴关系协定》\nRCEP", StandardCharsets.UTF_8);
        Path db = dir.resolve("db");
        try (Store store = Store.open(db)) {
            new Ingester(store, new FakeProcessor(), List.of(), new Ingester.Settings(1, 1000, false)).ingest(List.of(docs), IngestListener.SILENT);
            Txn.executeWrite(store.dataset(), () -> {
                var g = NodeFactory.createURI("https://w3id.org/diplokg/graph/reference");
                var rcep = NodeFactory.createURI(RCEP);
                var label = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");
                store.dataset().add(g, rcep, label, NodeFactory.createLiteralLang("区域全面经济伙伴关系协定", "zh-Hans"));
                store.dataset().add(g, rcep, label, NodeFactory.createLiteralLang("區域全面經濟夥伴關係協定", "zh-Hant"));
                store.dataset().add(g, rcep, label, NodeFactory.createLiteralLang("Regional Comprehensive Economic Partnership", "en"));
            });
        }
        return db;
    }

    private DatasetGraph parse(byte[] bytes, ExportFormat f) {
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(f.lang()).parse(d);
        return d;
    }

    @Test
    void exportWhileServingGoesThroughTheServerAndGivesTheSameGraphs() throws Exception {
        Path db = loadedStore();
        // what export writes with the database to itself
        java.util.Map<ExportFormat, byte[]> offline = new java.util.EnumMap<>(ExportFormat.class);
        for (ExportFormat f : ExportFormat.values()) {
            assertEquals(0, run("export", "--db", db.toString(), "--format", f.label()), err.toString(StandardCharsets.UTF_8));
            offline.put(f, out.toByteArray());
        }
        KgServer server = KgServer.build(new ServerSettings(Path.of("..", "fuseki-config", "config.ttl"), db, dir,
                "127.0.0.1", 0, dir.resolve("secret").resolve("passwd"))).start();
        try {
            RemoteTarget.announce(server.location(), server.datasetUrl(), server.passwordFile());
            for (ExportFormat f : ExportFormat.values()) {
                assertEquals(0, run("export", "--db", db.toString(), "--format", f.label()), f + ": " + err.toString(StandardCharsets.UTF_8));
                assertTrue(err.toString(StandardCharsets.UTF_8).contains("exporting through " + server.datasetUrl()), err.toString(StandardCharsets.UTF_8));
                DatasetGraph served = parse(out.toByteArray(), f);
                DatasetGraph local = parse(offline.get(f), f);
                assertTrue(served.getDefaultGraph().size() + served.stream().count() > 10, f.label());
                assertTrue(IsoMatcher.isomorphic(local, served), f + " through the server differs from the offline export");
            }
            // one graph, to a file; an unknown graph is an error as offline
            Path ttl = dir.resolve("out").resolve("reference.ttl");
            assertEquals(0, run("export", "--db", db.toString(), "--graph", "https://w3id.org/diplokg/graph/reference", "--out", ttl.toString()));
            assertTrue(Files.readString(ttl).contains("区域全面经济伙伴关系协定"));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("wrote 3 triples"), err.toString(StandardCharsets.UTF_8));
            assertEquals(1, run("export", "--db", db.toString(), "--graph", "urn:no:such:graph"));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("no graph urn:no:such:graph"), err.toString(StandardCharsets.UTF_8));
        } finally {
            RemoteTarget.withdraw(server.location());
            server.close();
        }
    }

    @Test
    void jsonLdKeepsLanguageTagsAsWritten() throws Exception {
        Path db = loadedStore();
        assertEquals(0, run("export", "--db", db.toString(), "--format", "jsonld"));
        String json = out.toString(StandardCharsets.UTF_8);
        // Jena's compact writer alone gives "zh-hans" and "zh-hant"
        assertTrue(json.matches("(?s).*\"@language\"\\s*:\\s*\"zh-Hans\".*"), json);
        assertTrue(json.matches("(?s).*\"@language\"\\s*:\\s*\"zh-Hant\".*"), json);
        assertFalse(json.contains("\"zh-hans\"") || json.contains("\"zh-hant\""), json);
        DatasetGraph back = parse(out.toByteArray(), ExportFormat.JSONLD);
        assertTrue(back.find(null, NodeFactory.createURI(RCEP), null, NodeFactory.createLiteralLang("区域全面经济伙伴关系协定", "zh-Hans")).hasNext());
    }
}
