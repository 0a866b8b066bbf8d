package org.diplokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.query.ARQ;
import org.diplokg.server.store.FakeProcessor;
import org.diplokg.server.store.IngestListener;
import org.diplokg.server.store.Ingester;
import org.diplokg.server.store.Store;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server on a small store made by the fake extractor: endpoints, auth, console. */
class KgServerTest {

    @TempDir static Path dir;
    static KgServer server;
    static String ds;

    @BeforeAll
    static void start() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "亚太经合组织\n区域全面经济伙伴关系协定");
        Path db = dir.resolve("db");
        try (Store store = Store.open(db)) {
            new Ingester(store, new FakeProcessor(), List.of(), new Ingester.Settings(1, 1000, false))
                    .ingest(List.of(docs), IngestListener.SILENT);
        }
        server = KgServer.build(new ServerSettings(Path.of("..", "fuseki-config", "config.ttl"), db, dir,
                "127.0.0.1", 0, dir.resolve("secret").resolve("passwd"))).start();
        ds = server.datasetUrl();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static String password() throws Exception {
        return PasswordFile.findPassword(server.passwordFile(), PasswordFile.ADMIN).orElseThrow();
    }

    @Test
    void bindsLoopbackOnAFreePort() {
        assertTrue(server.port() > 0);
        ServerConnector c = (ServerConnector) server.fuseki().getJettyServer().getConnectors()[0];
        assertEquals("127.0.0.1", c.getHost());
        assertEquals("http://127.0.0.1:" + server.port() + "/kg", ds);
    }

    @Test
    void makesAnOwnerOnlyPasswordFileWithAnAdminLine() throws Exception {
        assertTrue(server.passwordFileCreated());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(server.passwordFile())));
        assertTrue(password().length() >= 16);
    }

    @Test
    void consoleAndPingAreOpenAndServerStatusAnswersTheAdmin() throws Exception {
        HttpResponse<String> console = Http.get(server.baseUrl());
        assertEquals(200, console.statusCode());
        assertTrue(console.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(console.body().toLowerCase().contains("<html"));
        assertEquals(200, Http.get(server.baseUrl() + "$/ping").statusCode());
        assertEquals(401, Http.get(server.baseUrl() + "$/server").statusCode());
        HttpResponse<String> status = Http.get(server.baseUrl() + "$/server", PasswordFile.ADMIN, password());
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/kg\""), status.body());
        assertEquals(200, Http.get(server.baseUrl() + "$/stats/kg", PasswordFile.ADMIN, password()).statusCode());
    }

    @Test
    void queryEndpointsAreOpenAndSeeTheUnionOfTheNamedGraphs() throws Exception {
        for (String endpoint : List.of(ds + "/query", ds + "/sparql", ds)) {
            HttpResponse<String> r = Http.query(endpoint, "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }");
            assertEquals(200, r.statusCode(), endpoint);
            assertTrue(r.body().contains("区域全面经济伙伴关系协定"), endpoint + ": " + r.body());
        }
        assertEquals(200, Http.get(ds + "/get?default").statusCode());
    }

    @Test
    void updateNeedsTheAdminLogin() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"written\" } }";
        assertEquals(401, Http.update(ds + "/update", update, null, null).statusCode());
        assertEquals(401, Http.update(ds + "/update", update, PasswordFile.ADMIN, "wrong").statusCode());
        assertEquals(401, Http.put(ds + "/data?graph=urn:test:h", "text/turtle", "<urn:a> <urn:b> <urn:c> .").statusCode());
        int ok = Http.update(ds + "/update", update, PasswordFile.ADMIN, password()).statusCode();
        assertTrue(ok == 200 || ok == 204, "authenticated update answered " + ok);
        assertTrue(Http.query(ds + "/query", "SELECT * { ?s <urn:test:p> ?o }").body().contains("written"));
    }

    @Test
    void aTakenPortIsReportedPlainly() throws Exception {
        KgServer second = KgServer.build(new ServerSettings(Path.of("..", "fuseki-config", "config.ttl"), dir.resolve("db"), dir,
                "127.0.0.1", server.port(), dir.resolve("secret").resolve("passwd")));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, second::start);
        assertTrue(e.getMessage().contains("cannot listen on 127.0.0.1:" + server.port()), e.getMessage());
        assertEquals(200, Http.get(server.baseUrl() + "$/ping").statusCode(), "the first server must keep running");
    }

    @Test
    void queryTimeoutComesFromTheConfiguration() {
        Object timeout = Fuseki.getContext().get(ARQ.queryTimeout);
        assertEquals("30000", String.valueOf(timeout));
    }
}
