package org.diplokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public endpoint under attack (issue 11, "The endpoint" and "The hidden default graph"): SERVICE,
 * huge queries, LOAD from files, results cut by the timeout, /$/ without login, writes to the default
 * graph. The server runs on 127.0.0.1 with a short query timeout and a small result buffer; a listener
 * on 127.0.0.1 records whether the server ever contacts it.
 */
class EndpointSafetyTest {

    static final String ADMIN_PW = "admin-pw-for-tests";
    static final String READER_PW = "reader-pw-for-tests";
    static final int TIMEOUT_MS = 1500;
    static final int BUFFER = 64 * 1024;
    static final int UPLOAD_LIMIT = 100_000;

    @TempDir static Path dir;
    static KgServer server;
    static String ds;
    static HttpServer listener;
    static final AtomicInteger contacted = new AtomicInteger();
    static String listenerUrl;
    static Object savedTimeout;
    static Object savedService;

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        savedTimeout = Fuseki.getContext().get(ARQ.queryTimeout);
        savedService = Fuseki.getContext().get(ARQ.httpServiceAllowed);
        listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", exchange -> {
            contacted.incrementAndGet();
            byte[] body = "{ \"head\": { \"vars\": [\"x\"] }, \"results\": { \"bindings\": [ { \"x\": { \"type\": \"literal\", \"value\": \"FETCHED\" } } ] } }"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        listener.start();
        listenerUrl = "http://127.0.0.1:" + listener.getAddress().getPort() + "/sparql";

        Path config = dir.resolve("config.ttl");
        String text = Files.readString(Path.of("..", "fuseki-config", "config.ttl"));
        assertTrue(text.contains("\"30000\"") && text.contains(":resultBufferBytes"), "the shipped configuration changed");
        Files.writeString(config, text.replace("\"30000\"", "\"" + TIMEOUT_MS + "\"")
                .replaceAll(":resultBufferBytes \\d+", ":resultBufferBytes " + BUFFER)
                .replaceAll(":maxUploadBytes \\d+", ":maxUploadBytes " + UPLOAD_LIMIT));
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "admin: " + ADMIN_PW + "\nreader: " + READER_PW + "\n");
        server = KgServer.build(new ServerSettings(config, dir.resolve("db"), dir, "127.0.0.1", 0, passwd)).start();
        ds = server.datasetUrl();
        HttpResponse<String> seeded = send(post(ds + "/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:test:seed> { <urn:test:s> <http://www.w3.org/2000/01/rdf-schema#label> \"seeded\" } }"), "admin", ADMIN_PW);
        assertEquals(204, seeded.statusCode(), seeded.body());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (listener != null) listener.stop(0);
        // The configuration's context is JVM-wide: leave it as other tests expect it.
        if (savedTimeout == null) Fuseki.getContext().remove(ARQ.queryTimeout); else Fuseki.getContext().set(ARQ.queryTimeout, savedTimeout);
        if (savedService == null) Fuseki.getContext().remove(ARQ.httpServiceAllowed); else Fuseki.getContext().set(ARQ.httpServiceAllowed, savedService);
    }

    // ---- HTTP helpers

    static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
    }

    static HttpRequest.Builder post(String url, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpRequest.Builder put(String url, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest.Builder b, String user, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(b.header("Authorization", "Basic " + token));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> query(String endpoint, String q) throws Exception {
        return send(get(endpoint + "?query=" + enc(q)).header("Accept", "application/sparql-results+json"));
    }

    static HttpResponse<String> update(String u) throws Exception {
        return send(post(ds + "/update", "application/sparql-update", u), "admin", ADMIN_PW);
    }

    // ---- SERVICE

    @Test
    void serviceIsRefusedOnEveryQueryEndpointAndNothingIsContacted() throws Exception {
        List<String> queries = List.of(
                "SELECT * { SERVICE <" + listenerUrl + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <" + listenerUrl + "> { ?s ?p ?o } }",
                "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <" + listenerUrl + "> { ?s ?p ?x } } }",
                "SELECT * { { SELECT ?x { SERVICE <" + listenerUrl + "> { ?x ?p ?o } } LIMIT 1 } }",
                "SELECT * { BIND(<" + listenerUrl + "> AS ?u) SERVICE ?u { ?s ?p ?o } }",
                "ASK { SERVICE <" + listenerUrl + "> { ?s ?p ?o } }",
                "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <" + listenerUrl + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE <" + listenerUrl + "/区域> { ?s ?p ?o } }");
        for (String endpoint : List.of(ds + "/query", ds + "/sparql", ds)) {
            for (String q : queries) {
                HttpResponse<String> r = query(endpoint, q);
                assertEquals(400, r.statusCode(), endpoint + " " + q + ": " + r.body());
                assertTrue(r.body().contains("SERVICE is disabled"), r.body());
                assertFalse(r.body().contains("FETCHED"), r.body());
            }
            HttpResponse<String> body = send(post(endpoint, "application/sparql-query", queries.get(0)));
            assertEquals(400, body.statusCode(), body.body());
            HttpResponse<String> form = send(post(endpoint, "application/x-www-form-urlencoded", "query=" + enc(queries.get(0))));
            assertEquals(400, form.statusCode(), form.body());
        }
        // A dataset description naming the listener reads from the store, never from the URL.
        assertEquals(200, query(ds + "/query", "SELECT * FROM <" + listenerUrl + "> { ?s ?p ?o }").statusCode());
        assertEquals(200, send(get(ds + "/query?query=" + enc("SELECT * { ?s ?p ?o }") + "&default-graph-uri=" + enc(listenerUrl))).statusCode());
        // An update with SERVICE, even from the admin.
        HttpResponse<String> u = update("INSERT { GRAPH <urn:test:svc> { ?s ?p ?o } } WHERE { SERVICE <" + listenerUrl + "> { ?s ?p ?o } }");
        assertEquals(400, u.statusCode(), u.body());
        assertTrue(u.body().contains("SERVICE is disabled"), u.body());
        assertEquals(0, contacted.get(), "the server must not contact other hosts");
    }

    @Test
    void serviceIsOffInTheQueryEngineToo() {
        // Any other path to SERVICE (a handler that does not check) stops in the engine, before a request is made.
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        assertThrows(QueryDeniedException.class, () -> Txn.executeRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query("SELECT * { SERVICE <" + listenerUrl + "> { ?s ?p ?o } }").build()) {
                qe.select().materialize();
            }
        }));
        assertEquals(0, contacted.get());
    }

    // ---- Size limits

    @Test
    void aQueryOverOneMegabyteIsRefusedWith413BeforeParsing() throws Exception {
        String big = "SELECT * { ?s ?p ?o }\n#" + "x".repeat(1 << 20);
        long t0 = System.nanoTime();
        HttpResponse<String> body = send(post(ds + "/query", "application/sparql-query", big));
        assertEquals(413, body.statusCode(), body.body());
        assertTrue(body.body().contains("at most 1048576 bytes"), body.body());
        HttpResponse<String> form = send(post(ds + "/sparql", "application/x-www-form-urlencoded", "query=" + enc(big)));
        assertEquals(413, form.statusCode());
        // Without a length (chunked): read up to the limit and no further.
        HttpResponse<String> chunked = CLIENT.send(HttpRequest.newBuilder(URI.create(ds + "/query")).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        HttpResponse<String> chunkedForm = CLIENT.send(HttpRequest.newBuilder(URI.create(ds)).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(("query=" + enc(big)).getBytes(StandardCharsets.UTF_8))))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunkedForm.statusCode(), chunkedForm.body());
        HttpResponse<String> bigUpdate = send(post(ds + "/update", "application/sparql-update", "CLEAR GRAPH <urn:test:none>\n#" + "x".repeat(1 << 20)),
                "admin", ADMIN_PW);
        assertEquals(413, bigUpdate.statusCode());
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L, "refusals must be quick");
        // Just under the limit is answered.
        String fits = "SELECT * { ?s ?p ?o }\n#" + "x".repeat((1 << 20) - 100);
        assertEquals(200, send(post(ds + "/query", "application/sparql-query", fits)).statusCode());
    }

    @Test
    void anUploadOverItsLimitIsRefusedWith413() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() <= UPLOAD_LIMIT; i++) sb.append("<urn:test:u").append(i).append("> <urn:test:p> \"big upload\" .\n");
        String data = sb.toString();
        String url = ds + "/data?graph=" + enc("urn:test:upload");
        HttpResponse<String> sized = send(put(url, "text/turtle", data), "admin", ADMIN_PW);
        assertEquals(413, sized.statusCode(), sized.body());
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)))),
                "admin", ADMIN_PW);
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertFalse(query(ds + "/query", "ASK { GRAPH <urn:test:upload> { ?s ?p ?o } }").body().contains("true"));
        int ok = send(put(url, "text/turtle", data.substring(0, UPLOAD_LIMIT / 2).substring(0, data.substring(0, UPLOAD_LIMIT / 2).lastIndexOf('\n') + 1)),
                "admin", ADMIN_PW).statusCode();
        assertTrue(ok == 200 || ok == 201, "an upload under the limit answered " + ok);
    }

    // ---- LOAD

    @Test
    void loadFromAFileIsRefusedAndLeaksNothing() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRETWORD and more\n<urn:a> <urn:b> \"TOPSECRETLITERAL\" .\n");
        String url = secret.toUri().toString();
        for (String u : List.of("LOAD <" + url + ">", "LOAD <" + url + "> INTO GRAPH <urn:test:loaded>",
                "LOAD SILENT <" + url + "> INTO GRAPH <urn:test:loaded>", "LOAD <file:///etc/passwd> INTO GRAPH <urn:test:loaded>")) {
            HttpResponse<String> r = update(u);
            assertEquals(400, r.statusCode(), u + ": " + r.body());
            assertTrue(r.body().contains("file: URLs are refused"), r.body());
            assertFalse(r.body().contains("TOPSECRET") || r.body().contains("root:"), r.body());
        }
        assertFalse(query(ds + "/query", "ASK { GRAPH <urn:test:loaded> { ?s ?p ?o } }").body().contains("true"));
    }

    // ---- /$/

    @Test
    void everythingUnderDollarButPingNeedsTheAdminLogin() throws Exception {
        String base = server.baseUrl();
        assertEquals(200, send(get(base + "$/ping")).statusCode());
        for (String p : List.of("$/server", "$/stats", "$/stats/kg", "$/datasets", "$/backup/kg", "$/compact/kg", "$/metrics", "$/tasks", "$/anything")) {
            HttpResponse<String> anon = send(get(base + p));
            assertEquals(401, anon.statusCode(), p);
            assertTrue(anon.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), p);
            assertEquals(401, send(get(base + p), "admin", "wrong").statusCode(), p);
            assertEquals(403, send(get(base + p), "reader", READER_PW).statusCode(), p);
            assertFalse(send(post(base + p, "text/plain", "x")).statusCode() < 400, p);
        }
        HttpResponse<String> status = send(get(base + "$/server"), "admin", ADMIN_PW);
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/kg\""), status.body());
        assertEquals(200, send(get(base + "$/stats/kg"), "admin", ADMIN_PW).statusCode());
        // The console page itself and the query endpoints stay open.
        assertEquals(200, send(get(base)).statusCode());
        assertEquals(200, query(ds + "/query", "ASK {}").statusCode());
    }

    // ---- Default graph

    @Test
    void updatesToTheDefaultGraphAreRefusedWithHowToWrite() throws Exception {
        List<String> refused = List.of(
                "INSERT DATA { <urn:test:d> <urn:test:p> \"hidden\" }",
                "INSERT DATA { GRAPH <urn:x-arq:DefaultGraph> { <urn:test:d> <urn:test:p> \"hidden\" } }",
                "DELETE DATA { <urn:test:s> <http://www.w3.org/2000/01/rdf-schema#label> \"seeded\" }",
                "INSERT { ?s <urn:test:p> \"hidden\" } WHERE { ?s ?p ?o }",
                "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
                "DELETE WHERE { ?s <urn:test:p> ?o }",
                "INSERT DATA { GRAPH <urn:test:ok> { <urn:test:a> <urn:test:p> \"x\" } } ; INSERT DATA { <urn:test:d> <urn:test:p> \"hidden\" }",
                "ADD <urn:test:seed> TO DEFAULT",
                "COPY <urn:test:seed> TO DEFAULT",
                "LOAD <" + listenerUrl + ">");
        for (String u : refused) {
            HttpResponse<String> r = update(u);
            assertEquals(400, r.statusCode(), u + ": " + r.body());
            assertTrue(r.body().contains("default graph") && r.body().contains("GRAPH <IRI>"), r.body());
        }
        assertEquals(0, contacted.get(), "a refused LOAD fetches nothing");
        // Nothing of it was stored: not in the stored default graph, and the first half of a refused request neither.
        DatasetGraph dsg = server.fuseki().getDataAccessPointRegistry().get("/kg").getDataService().getDataset();
        assertEquals(0L, (long) Txn.calculateRead(dsg, () -> dsg.stream(Quad.defaultGraphIRI, null, null, null).count()));
        assertFalse(query(ds + "/query", "ASK { GRAPH <urn:test:ok> { ?s ?p ?o } }").body().contains("true"));
        // Named graphs and WITH are fine; CLEAR DEFAULT (removing hidden data) too.
        for (String u : List.of("INSERT DATA { GRAPH <urn:test:named> { <urn:test:n> <urn:test:p> \"visible\" } }",
                "WITH <urn:test:named> INSERT { ?s <urn:test:q> \"with\" } WHERE { ?s <urn:test:p> \"visible\" }",
                "CLEAR DEFAULT")) {
            HttpResponse<String> r = update(u);
            assertEquals(204, r.statusCode(), u + ": " + r.body());
        }
        String seen = query(ds + "/query", "SELECT ?o { <urn:test:n> ?p ?o }").body();
        assertTrue(seen.contains("visible") && seen.contains("with"), seen);
    }

    @Test
    void graphStoreWritesToTheDefaultGraphAreRefusedWithHowToWrite() throws Exception {
        String turtle = "<urn:test:g1> <urn:test:p> \"gsp\" .";
        List<HttpRequest.Builder> refused = List.of(
                put(ds + "/data?default", "text/turtle", turtle),
                post(ds + "/data?default", "text/turtle", turtle),
                put(ds + "/data?graph=default", "text/turtle", turtle),
                post(ds + "/data?graph=" + enc(Quad.defaultGraphIRI.getURI()), "text/turtle", turtle),
                post(ds + "/data", "text/turtle", turtle),
                put(ds + "/data", "application/n-triples", turtle),
                post(ds + "/data", "application/trig", "GRAPH <urn:test:gspnamed> { <urn:test:g2> <urn:test:p> \"named\" } " + turtle),
                post(ds + "/data", "application/n-quads", "<urn:test:g3> <urn:test:p> \"nq\" .\n"));
        for (HttpRequest.Builder b : refused) {
            HttpResponse<String> r = send(b, "admin", ADMIN_PW);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("default graph") && r.body().contains("data?graph=IRI"), r.body());
        }
        // The refused TriG upload stored nothing, not even its named graph.
        assertFalse(query(ds + "/query", "ASK { GRAPH <urn:test:gspnamed> { ?s ?p ?o } }").body().contains("true"));
        // Writing a named graph works and is seen.
        int put = send(put(ds + "/data?graph=" + enc("urn:test:gsp"), "text/turtle", turtle), "admin", ADMIN_PW).statusCode();
        assertTrue(put == 200 || put == 201, "PUT ?graph= answered " + put);
        int trig = send(post(ds + "/data", "application/trig", "GRAPH <urn:test:gsptrig> { <urn:test:g4> <urn:test:p> \"trig\" }"),
                "admin", ADMIN_PW).statusCode();
        assertTrue(trig == 200 || trig == 201, "POST TriG answered " + trig);
        String seen = query(ds + "/query", "SELECT ?o { ?s <urn:test:p> ?o }").body();
        assertTrue(seen.contains("gsp") && seen.contains("trig"), seen);
        DatasetGraph dsg = server.fuseki().getDataAccessPointRegistry().get("/kg").getDataService().getDataset();
        assertEquals(0L, (long) Txn.calculateRead(dsg, () -> dsg.stream(Quad.defaultGraphIRI, null, null, null).count()));
    }

    // ---- Timeouts while streaming

    static String values(String var, int n) {
        return "VALUES ?" + var + " { " + IntStream.rangeClosed(1, n).mapToObj(Integer::toString).collect(Collectors.joining(" ")) + " }";
    }

    @Test
    void aQueryThatTimesOutWithinTheBufferIsA503WithoutPartialResults() throws Exception {
        // The first rows come at once, then one row every few hundred milliseconds: the timeout falls among them.
        String slow = "SELECT ?a { " + values("a", 1000) + " LATERAL { " + values("b", 70) + " } LATERAL { " + values("c", 70) + " }"
                + " FILTER(?b * ?c = 1) }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = query(ds + "/query", slow);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), ms + " ms: " + r.body());
        assertTrue(r.body().contains("timed out while its results were being written"), r.body());
        assertFalse(r.body().contains("\"bindings\""), r.body());
    }

    @Test
    void aQueryThatTimesOutAfterTheBufferEndsWithABrokenTransfer() throws Exception {
        String fast = "SELECT * { " + values("a", 1000) + " LATERAL { " + values("b", 1000) + " } LATERAL { " + values("c", 1000) + " } }";
        HttpResponse<InputStream> r = CLIENT.send(get(ds + "/query?query=" + enc(fast)).header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode(), "more than the buffer was sent before the timeout");
        long total = 0;
        IOException failure = null;
        try (InputStream in = r.body()) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) >= 0 && total < (4L << 30); ) total += n;
        } catch (IOException e) {
            failure = e;
        }
        assertTrue(failure != null, "the client must see the transfer fail, not a complete body (" + total + " bytes read)");
        assertTrue(total > BUFFER, "read " + total);
    }

    @Test
    void errorMessagesWithChineseTextAreSentWhole() throws Exception {
        // Fuseki prints its messages through the (guarded) response stream; Chinese must not turn a 400 into a 500.
        HttpResponse<String> r = query(ds + "/query", "SELECT * { ?s ?p \"区域全面经济伙伴关系协定\" } 区域 }");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(String.valueOf(r.body().getBytes(StandardCharsets.UTF_8).length), r.headers().firstValue("Content-Length").orElse(""));
    }

    @Test
    void aSmallResultIsSentWhole() throws Exception {
        HttpResponse<String> r = query(ds + "/query", "SELECT ?l { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("seeded"), r.body());
        assertEquals(String.valueOf(r.body().getBytes(StandardCharsets.UTF_8).length), r.headers().firstValue("Content-Length").orElse(""));
    }
}
