package org.diplokg.server.store;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.extractor.vocab.Vocab;

/**
 * A running {@code serve} as the place an ingest writes to: reads through its public query endpoint, writes
 * through its authenticated endpoints, one document graph per Graph Store Protocol PUT, so each document appears
 * whole in one server transaction, becomes queryable at once, and queries keep being answered between writes.
 * <p>
 * {@code serve} announces itself in the database folder ({@link #MARKER}: the dataset URL and the password file it
 * uses); an ingest into that folder finds the marker, checks that the server answers, and loads through it.
 */
public final class RemoteTarget implements IngestTarget {

    /** The file in the database folder through which a running server announces itself. */
    public static final String MARKER = "diplokg-server.properties";

    private final String dataset;
    private final String authorization;
    private final HttpClient http;

    public RemoteTarget(String datasetUrl, String user, String password) {
        this.dataset = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public String datasetUrl() { return dataset; }

    /** Writes the marker for a server serving {@code db} at {@code datasetUrl}; removed when the JVM exits. */
    public static void announce(Path db, String datasetUrl, Path passwordFile) throws IOException {
        Properties p = new Properties();
        p.setProperty("dataset", datasetUrl);
        p.setProperty("passwd", passwordFile.toAbsolutePath().normalize().toString());
        Path marker = db.resolve(MARKER);
        try (var w = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
            p.store(w, "written by diplokg serve while it runs; ingest into this folder loads through it");
        }
        marker.toFile().deleteOnExit();
    }

    public static void withdraw(Path db) {
        try {
            Files.deleteIfExists(db.resolve(MARKER));
        } catch (IOException e) {
            // a stale marker is checked before use
        }
    }

    /**
     * The running server announced in {@code db}, when there is one that answers; its password for
     * {@code user} is read from the password file it uses.
     */
    public static Optional<RemoteTarget> find(Path db, String user) throws IOException {
        Path marker = db.resolve(MARKER);
        if (!Files.isRegularFile(marker)) return Optional.empty();
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String url = p.getProperty("dataset");
        String passwd = p.getProperty("passwd");
        if (url == null || passwd == null) return Optional.empty();
        Optional<String> password = org.diplokg.server.http.PasswordFile.findPassword(Path.of(passwd), user);
        if (password.isEmpty()) {
            throw new StoreException(db + ": a server holds this database, and " + passwd + " has no password for " + user
                    + " to load through it");
        }
        RemoteTarget t = new RemoteTarget(url, user, password.get());
        return t.answers() ? Optional.of(t) : Optional.empty();
    }

    private boolean answers() {
        try {
            select("SELECT * WHERE { } LIMIT 1");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private ResultSet select(String query) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(dataset + "/query"))
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        String body = send(req, "query");
        return ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private String send(HttpRequest req, String what) {
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() / 100 != 2 && !(r.statusCode() == 404 && req.method().equals("DELETE"))) {
                String b = r.body() == null ? "" : r.body().strip();
                throw new StoreException("the server at " + dataset + " refused the " + what + ": HTTP " + r.statusCode()
                        + (b.isEmpty() ? "" : ": " + b.substring(0, Math.min(300, b.length()))));
            }
            return r.body();
        } catch (IOException e) {
            throw new StoreException("cannot reach the server at " + dataset + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while talking to " + dataset, e);
        }
    }

    private Map<String, String> pairs(String query) {
        Map<String, String> out = new HashMap<>();
        ResultSet rs = select(query);
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.put(s.get("k").toString(), s.get("v").isLiteral() ? s.getLiteral("v").getLexicalForm() : s.get("v").toString());
        }
        return out;
    }

    @Override
    public boolean isEmpty() {
        return false; // a served database is loaded graph by graph, never with the bulk loader
    }

    @Override
    public Map<String, String> graphHashes() {
        return pairs("SELECT ?k ?v WHERE { GRAPH ?k { ?k <" + Vocab.DKG + "sha256> ?v } }");
    }

    @Override
    public Map<String, String> sourceFiles() {
        Map<String, String> out = new HashMap<>();
        ResultSet rs = select("SELECT ?g ?f WHERE { GRAPH ?g { ?g <" + Vocab.DKG + "sourceFile> ?f } }");
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.put(s.getLiteral("f").getLexicalForm(), s.getResource("g").getURI());
        }
        return out;
    }

    @Override
    public long quadCount() {
        ResultSet rs = select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        return rs.hasNext() ? rs.next().getLiteral("n").getLong() : -1;
    }

    @Override
    public void written() {}

    @Override
    public int refreshStories() {
        Map<String, long[]> sketches = new HashMap<>();
        ResultSet rs = select("SELECT ?g ?s WHERE { GRAPH ?g { ?g <" + StoryLinks.SKETCH.getURI() + "> ?s } }");
        while (rs.hasNext()) {
            QuerySolution q = rs.next();
            long[] s = StoryLinks.decode(q.getLiteral("s").getLexicalForm());
            if (s != null) sketches.put(q.getResource("g").getURI(), s);
        }
        List<Quad> quads = StoryLinks.linkQuads(sketches);
        put(NodeFactory.createURI(StoryLinks.GRAPH), quads, "PUT");
        return quads.size() / 2;
    }

    private String graphUrl(Node g) {
        return dataset + "/data?graph=" + URLEncoder.encode(g.getURI(), StandardCharsets.UTF_8);
    }

    private void put(Node g, List<Quad> quads, String method) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Quad q : quads) graph.add(q.asTriple());
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, graph, Lang.NTRIPLES);
        HttpRequest req = HttpRequest.newBuilder(URI.create(graphUrl(g)))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", authorization)
                .header("Content-Type", "application/n-triples; charset=utf-8")
                .method(method, HttpRequest.BodyPublishers.ofString(w.toString(), StandardCharsets.UTF_8))
                .build();
        send(req, "write of " + g.getURI());
    }

    private Graph fetch(Node g) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(graphUrl(g)))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", authorization)
                .header("Accept", "application/n-triples")
                .GET()
                .build();
        Graph graph = GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(send(req, "read of " + g.getURI()), Lang.NTRIPLES).parse(graph);
        return graph;
    }

    @Override
    public GraphSink sink(boolean bulk, long batchQuads) {
        return new GraphSink() {
            @Override
            public void replace(Node graph, List<Quad> quads) { put(graph, quads, "PUT"); }

            @Override
            public void add(List<Quad> quads) {
                Map<Node, List<Quad>> byGraph = new HashMap<>();
                for (Quad q : quads) byGraph.computeIfAbsent(q.getGraph(), g -> new java.util.ArrayList<>()).add(q);
                byGraph.forEach((g, qs) -> put(g, qs, "POST"));
            }

            @Override
            public void remove(Quad q) {
                // Through the graph store (read, then put back without the quad), not a SPARQL update: the server
                // keeps the summary graph current for graph-store writes.
                List<Quad> kept = new java.util.ArrayList<>();
                fetch(q.getGraph()).find().forEachRemaining(t -> {
                    if (!t.equals(q.asTriple())) kept.add(Quad.create(q.getGraph(), t));
                });
                put(q.getGraph(), kept, "PUT");
            }

            @Override
            public void delete(Node graph) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(graphUrl(graph)))
                        .timeout(Duration.ofMinutes(10))
                        .header("Authorization", authorization)
                        .DELETE()
                        .build();
                send(req, "removal of " + graph.getURI());
            }

            @Override public void finish() {}

            @Override public void abort(Exception cause) {}
        };
    }
}
