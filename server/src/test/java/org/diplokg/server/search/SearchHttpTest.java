package org.diplokg.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.io.FileUtils;
import org.diplokg.server.cli.Context;
import org.diplokg.server.cli.Home;
import org.diplokg.server.cli.Main;
import org.diplokg.server.http.KgServer;
import org.diplokg.server.http.PasswordFile;
import org.diplokg.server.http.ServerSettings;
import org.diplokg.server.store.IngestListener;
import org.diplokg.server.store.Ingester;
import org.diplokg.server.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text index as a user meets it: {@code text:query} over HTTP, writes through the server, the reindex command. */
class SearchHttpTest {

    static final String PREFIXES = "PREFIX text: <http://jena.apache.org/text#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ";

    @TempDir Path dir;

    private Path ingested() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "中方申请加入数字经济伙伴关系协定\nagreement/rcep=区域全面经济伙伴关系协定\n");
        Path db = dir.resolve("db");
        try (Store store = Store.open(db)) {
            new Ingester(store, new NamesProcessor(), List.of(StoreSearchTest.reference()), new Ingester.Settings(1, 1000, false))
                    .ingest(List.of(docs), IngestListener.SILENT);
        }
        return db;
    }

    private KgServer serve(Path db) throws Exception {
        return KgServer.build(new ServerSettings(Path.of("..", "fuseki-config", "config.ttl"), db, dir,
                "127.0.0.1", 0, dir.resolve("secret").resolve("passwd"))).start();
    }

    private static String query(KgServer server, String where) throws Exception {
        var r = org.diplokg.server.http.Http.query(server.datasetUrl() + "/query", PREFIXES + "SELECT * { " + where + " }");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void textQueryWorksOverHttpAndFollowsWritesThroughTheServer() throws Exception {
        Path db = ingested();
        try (KgServer server = serve(db)) {
            assertTrue(query(server, "?e text:query (skos:prefLabel '\"夥伴關係\"')").contains("/id/agreement/rcep"));
            assertTrue(query(server, "?e text:query 'RCEP'").contains("/id/agreement/rcep"), "the default field is the names");
            assertTrue(query(server, "?c text:query (nif:isString '\"申請加入\"')").contains("#char=0,"));
            assertFalse(query(server, "?c text:query (nif:isString '\"申請退出\"')").contains("#char="));

            String password = PasswordFile.findPassword(server.passwordFile(), PasswordFile.ADMIN).orElseThrow();
            String insert = "INSERT DATA { GRAPH <urn:test:notes> { <https://w3id.org/diplokg/id/test/omega> "
                    + "<http://www.w3.org/2000/01/rdf-schema#label> \"奥米伽合作组织\" } }";
            int status = org.diplokg.server.http.Http.update(server.datasetUrl() + "/update", insert, PasswordFile.ADMIN, password).statusCode();
            assertTrue(status == 200 || status == 204, "update answered " + status);
            assertTrue(query(server, "?e text:query '\"米伽合作\"'").contains("/id/test/omega"), "an update is indexed");
            status = org.diplokg.server.http.Http.update(server.datasetUrl() + "/update", "DROP GRAPH <urn:test:notes>",
                    PasswordFile.ADMIN, password).statusCode();
            assertTrue(status == 200 || status == 204, "update answered " + status);
            assertFalse(query(server, "?e text:query '\"米伽合作\"'").contains("/id/test/omega"), "a dropped graph's names leave");
        }
    }

    @Test
    void aServerOnADatabaseWithoutAnIndexBuildsItAtStart() throws Exception {
        Path db = ingested();
        FileUtils.deleteDirectory(TextIndexes.folder(db).toFile());
        try (KgServer server = serve(db)) {
            assertTrue(query(server, "?e text:query '\"全面经济\"'").contains("/id/agreement/rcep"));
        }
    }

    @Test
    void reindexRebuildsTheIndexFromTheDatabase() throws Exception {
        Path db = ingested();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Context ctx = new Context(new Home(dir.resolve("home")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(0, Main.run(new String[] {"reindex", "--db", db.toString()}, ctx), err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.matches("(?s)reindexed .*: \\d+ entries .*"), printed);
        assertTrue(Integer.parseInt(printed.replaceAll("(?s).*: (\\d+) entries.*", "$1")) > 10, printed);
        try (Store store = Store.open(db)) {
            assertTrue(Search.entities(store.dataset(), "RCEP").stream().anyMatch(h -> h.iri().endsWith("/agreement/rcep")));
        }
        assertEquals(1, Main.run(new String[] {"reindex", "--db", dir.resolve("none").toString()}, ctx));
    }
}
