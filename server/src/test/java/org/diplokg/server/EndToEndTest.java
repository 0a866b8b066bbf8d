package org.diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplokg.server.cli.Context;
import org.diplokg.server.cli.Home;
import org.diplokg.server.cli.Main;
import org.diplokg.server.http.Http;
import org.diplokg.server.http.KgServer;
import org.diplokg.server.http.PasswordFile;
import org.diplokg.server.http.ServerSettings;
import org.diplokg.server.query.NamedQuery;
import org.diplokg.server.query.QueryCatalogue;
import org.diplokg.server.query.QueryRunner;
import org.diplokg.server.store.ExportFormat;
import org.diplokg.server.store.Exporter;
import org.diplokg.server.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain on the five seed documents with the real reader and extractor: `ingest seeds` through
 * the command line into a temporary TDB2, twice; the server on 127.0.0.1 and a free port; every named
 * query over HTTP; authentication; the console; the Turtle export.
 */
class EndToEndTest {

    static final String ID = "https://w3id.org/diplokg/id/";

    @TempDir static Path dir;
    static Path db;
    static String firstIngest;
    static String secondIngest;
    static int firstExit;
    static KgServer server;
    static String ds;

    static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context ctx = new Context(new Home(Path.of("..").toAbsolutePath().normalize()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        firstExit = Main.run(args, ctx);
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void ingestAndServe() throws Exception {
        db = dir.resolve("tdb2");
        firstIngest = cli("ingest", Path.of("..", "seeds").toString(), "--db", db.toString());
        assertEquals(0, firstExit, firstIngest);
        secondIngest = cli("ingest", Path.of("..", "seeds").toString(), "--db", db.toString());
        server = KgServer.build(new ServerSettings(Path.of("..", "fuseki-config", "config.ttl"), db, dir,
                "127.0.0.1", 0, dir.resolve("passwd"))).start();
        ds = server.datasetUrl();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** Runs a query over HTTP and returns its rows as variable → lexical form / IRI. */
    static List<Map<String, String>> select(String queryText) throws Exception {
        HttpResponse<String> r = Http.query(ds + "/query", queryText);
        assertEquals(200, r.statusCode(), r.body());
        RowSet rows = RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON));
        List<Map<String, String>> out = new ArrayList<>();
        List<Var> vars = rows.getResultVars();
        while (rows.hasNext()) {
            Binding b = rows.next();
            Map<String, String> row = new HashMap<>();
            for (Var v : vars) {
                Node n = b.get(v);
                if (n != null) row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            }
            out.add(row);
        }
        return out;
    }

    static List<Map<String, String>> named(String name, String... params) throws Exception {
        NamedQuery q = QueryCatalogue.fromFolder(Path.of("..", "queries")).find(name).orElseThrow();
        Query bound = QueryRunner.prepare(q.text(), List.of(params));
        return select(bound.toString());
    }

    @Test
    void ingestStoresTheFiveSeedsAndASecondRunChangesNothing() {
        assertTrue(firstIngest.contains("ingested 5 documents: 5 new, 0 changed, 0 unchanged, 0 failed"), firstIngest);
        assertTrue(secondIngest.contains("ingested 5 documents: 0 new, 0 changed, 5 unchanged, 0 failed"), secondIngest);
        assertTrue(secondIngest.contains("(nothing changed)"), secondIngest);
    }

    @Test
    void everyNamedQueryAnswersOverHttp() throws Exception {
        for (NamedQuery q : QueryCatalogue.fromFolder(Path.of("..", "queries")).all()) {
            List<String> params = new ArrayList<>();
            if (q.params().containsKey("entity")) params.add("entity=id:agreement/rcep");
            if (q.params().containsKey("text")) params.add("text=RCEP");
            List<Map<String, String>> rows = named(q.name(), params.toArray(String[]::new));
            // Dated agreement statements come with the later extraction work; the query must still answer.
            if (!q.name().equals("agreement-statements")) assertFalse(rows.isEmpty(), q.name() + " returned no rows on the seeds");
        }
    }

    @Test
    void agreementsPerMeetingHasTheApecLeadersMeetingOf2021WithRcepCptppAndDepa() throws Exception {
        List<Map<String, String>> rows = named("agreements-per-meeting");
        Set<String> agreements = rows.stream()
                .filter(r -> r.getOrDefault("date", "").startsWith("2021-11-12"))
                .map(r -> (r.get("agreement") + " " + r.getOrDefault("label", "")).toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        for (String a : List.of("rcep", "cptpp", "depa")) {
            assertTrue(agreements.stream().anyMatch(s -> s.contains(a)), a + " missing at the 2021-11-12 meeting: " + rows);
        }
    }

    @Test
    void meetingsTimelineHasThe28thApecLeadersMeeting() throws Exception {
        List<Map<String, String>> rows = named("meetings");
        assertTrue(rows.stream().anyMatch(r -> r.getOrDefault("date", "").startsWith("2021-11-12") && "28".equals(r.get("ordinal"))), rows.toString());
    }

    @Test
    void documentsQueryListsEverySeedWithItsTitle() throws Exception {
        List<Map<String, String>> rows = named("documents");
        assertEquals(5, rows.size(), rows.toString());
        assertTrue(rows.stream().allMatch(r -> !r.getOrDefault("title", "").isBlank()), rows.toString());
    }

    @Test
    void mentionOffsetsPointAtTheSurfaceFormInTheStoredBodyText() throws Exception {
        List<Map<String, String>> rows = select("""
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
                SELECT ?m ?surface ?text WHERE { GRAPH ?g {
                  ?m itsrdf:taIdentRef <%sagreement/rcep> ; nif:anchorOf ?surface . ?c nif:sourceUrl ?g ; nif:isString ?text } }""".formatted(ID));
        assertFalse(rows.isEmpty());
        for (Map<String, String> r : rows) {
            String text = r.get("text"), m = r.get("m"); // the offsets are the phrase IRI's: doc#char=begin,end
            String[] at = m.substring(m.indexOf("#char=") + "#char=".length()).split(",");
            assertEquals(r.get("surface"), text.substring(Integer.parseInt(at[0]), Integer.parseInt(at[1])));
        }
    }

    @Test
    void updatesNeedTheAdminLogin() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:e2e:notes> { <urn:e2e:a> <urn:e2e:b> \"c\" } }";
        assertEquals(401, Http.update(ds + "/update", update, null, null).statusCode());
        String password = PasswordFile.findPassword(server.passwordFile(), PasswordFile.ADMIN).orElseThrow();
        int code = Http.update(ds + "/update", update, PasswordFile.ADMIN, password).statusCode();
        assertTrue(code == 200 || code == 204, "authenticated update answered " + code);
        Http.update(ds + "/update", "DROP GRAPH <urn:e2e:notes>", PasswordFile.ADMIN, password);
    }

    @Test
    void eachEntityHasAReadablePageAndTurtle() throws Exception {
        HttpResponse<String> page = Http.get(server.baseUrl() + "id/meeting/apec-aelm-2021");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("亚太经合组织第二十八次领导人非正式会议"), page.body());
        assertTrue(page.body().contains("href=\"/id/person/jacinda-ardern\""), "the chair links to its page");
        assertTrue(page.body().contains("Where documents mention it"), "where documents mention it");
        String rcep = Http.get(server.baseUrl() + "id/agreement/rcep").body();
        assertTrue(java.util.regex.Pattern.compile("\\d+–\\d+</td><td>[^<]+区域全面经济伙伴关系协定[^<]+</td>").matcher(rcep).find(),
                "each mention shows the words around it: " + rcep);
        HttpResponse<String> byPath = Http.get(server.baseUrl() + "id/agreement/rcep?format=turtle");
        assertEquals(200, byPath.statusCode());
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(byPath.body(), org.apache.jena.riot.Lang.TURTLE).parse(m);
        assertTrue(m.size() > 5, byPath.body());
        assertEquals(400, Http.get(server.baseUrl() + "page?iri=not%20an%20iri").statusCode());
    }

    @Test
    void consoleAndPingAnswer() throws Exception {
        HttpResponse<String> console = Http.get(server.baseUrl());
        assertEquals(200, console.statusCode());
        assertTrue(console.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(200, Http.get(server.baseUrl() + "$/ping").statusCode());
    }

    @Test
    void extractWritesOneTrigFileAndOneSummaryPerSeed() throws Exception {
        Path out = dir.resolve("extracted");
        String printed = cli("extract", Path.of("..", "seeds").toString(), "--out", out.toString(), "--summary");
        assertEquals(0, firstExit, printed);
        assertTrue(printed.contains("5 written, 0 failed"), printed);
        try (var files = java.nio.file.Files.list(out)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(10, names.size(), names.toString());
            assertTrue(names.contains("001_1c07ab0e1a8962a0.txt.trig") && names.contains("001_1c07ab0e1a8962a0.json"), names.toString());
        }
        var dataset = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.source(out.resolve("001_1c07ab0e1a8962a0.txt.trig")).lang(Lang.TRIG).parse(dataset);
        assertEquals(1, org.apache.jena.atlas.iterator.Iter.count(dataset.listGraphNodes()));
        String summary = java.nio.file.Files.readString(out.resolve("001_1c07ab0e1a8962a0.json"));
        assertTrue(summary.contains("\"RCEP\""), summary);
    }

    @Test
    void extractTwiceGivesTheSameBytesButTheExtractionTime() throws Exception {
        Path one = dir.resolve("stable-1"), two = dir.resolve("stable-2");
        String seeds = Path.of("..", "seeds").toString();
        cli("extract", seeds, "--out", one.toString(), "--summary");
        cli("extract", seeds, "--out", two.toString(), "--summary");
        assertEquals(0, firstExit);
        try (var files = java.nio.file.Files.list(one)) {
            for (Path f : files.sorted().toList()) {
                List<String> a = java.nio.file.Files.readAllLines(f), b = java.nio.file.Files.readAllLines(two.resolve(f.getFileName()));
                assertEquals(a.size(), b.size(), f.toString());
                for (int i = 0; i < a.size(); i++) {
                    if (a.get(i).contains("prov:generatedAtTime")) continue;
                    assertEquals(a.get(i), b.get(i), f + ":" + (i + 1));
                }
            }
        }
    }

    @Test
    void extractWithAllMentionsWritesEveryOccurrenceWithItsSentence() throws Exception {
        Path first = dir.resolve("mentions-first"), all = dir.resolve("mentions-all");
        String seed = Path.of("..", "seeds", "001_1c07ab0e1a8962a0.txt").toString();
        cli("extract", seed, "--out", first.toString());
        cli("extract", seed, "--out", all.toString(), "--mentions", "all");
        assertEquals(0, firstExit);
        var lean = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        var full = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.source(first.resolve("001_1c07ab0e1a8962a0.txt.trig")).lang(Lang.TRIG).parse(lean);
        RDFParser.source(all.resolve("001_1c07ab0e1a8962a0.txt.trig")).lang(Lang.TRIG).parse(full);
        var sentence = org.apache.jena.graph.NodeFactory.createURI("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#sentence");
        var ident = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/2005/11/its/rdf#taIdentRef");
        var any = org.apache.jena.graph.Node.ANY;
        assertEquals(0, org.apache.jena.atlas.iterator.Iter.count(lean.find(any, any, sentence, any)));
        assertTrue(org.apache.jena.atlas.iterator.Iter.count(full.find(any, any, sentence, any)) > 0);
        assertTrue(org.apache.jena.atlas.iterator.Iter.count(full.find(any, any, ident, any))
                > org.apache.jena.atlas.iterator.Iter.count(lean.find(any, any, ident, any)));
    }

    @Test
    void seedGraphConformsToTheShapes() {
        var validator = org.diplokg.server.shacl.GraphValidator.load(java.util.Optional.of(Path.of("..", "ontology", "shapes.ttl"))).orElseThrow();
        var report = validator.validate(Store.attach(db));
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void turtleExportReparsesToAnIsomorphicGraph() {
        Store store = Store.attach(db); // shared with the running server; not released here
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(store).export(ExportFormat.TURTLE, null, out);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.TURTLE).parse(back);
        Graph union = Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().getUnionGraph().find().forEachRemaining(g::add);
            return g;
        });
        assertTrue(union.size() > 100, "union graph has only " + union.size() + " triples");
        assertTrue(back.isIsomorphicWith(union));
    }
}
