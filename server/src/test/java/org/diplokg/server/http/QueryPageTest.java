package org.diplokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.server.query.QueryCatalogue;
import org.diplokg.server.store.Store;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /query}: our SPARQL page, over HTTP. */
class QueryPageTest {

    @TempDir static Path dir;
    static KgServer server;
    static String base;

    private static final String G = "urn:x:test";

    @BeforeAll
    static void start() throws Exception {
        Path db = dir.resolve("db");
        try (Store store = Store.open(db)) {
            Txn.executeWrite(store.dataset(), () -> {
                var g = NodeFactory.createURI(G);
                var label = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");
                store.dataset().add(g, NodeFactory.createURI(Vocab.ID + "agreement/rcep"), label,
                        NodeFactory.createLiteralLang("区域全面经济伙伴关系协定", "zh-Hans"));
                store.dataset().add(g, NodeFactory.createURI(Vocab.ID + "person/习近平"), label, NodeFactory.createLiteralLang("习近平", "zh-Hans"));
                store.dataset().add(g, NodeFactory.createURI(Vocab.DOC + "0123456789abcdef01234567"), label,
                        NodeFactory.createLiteral("<script>alert(1)</script> & co"));
                store.dataset().add(g, NodeFactory.createURI("https://example.org/other"), label, NodeFactory.createLiteral("x"));
            });
        }
        server = KgServer.build(new ServerSettings(Path.of("..", "fuseki-config", "config.ttl"), db, dir,
                "127.0.0.1", 0, dir.resolve("secret").resolve("passwd"))).start();
        base = server.baseUrl();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static Document get(String pathAndQuery, int status) throws Exception {
        HttpResponse<String> r = Http.get(base + pathAndQuery.substring(1));
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        return Jsoup.parse(r.body());
    }

    private static Document post(String form, int status) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "query"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(status, r.statusCode(), r.body());
        return Jsoup.parse(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void opensWithTheProjectsPrefixesAndTheNamedQueries() throws Exception {
        Document d = get("/query", 200);
        assertEquals(1, d.select("nav").size());
        String text = d.selectFirst("form#run textarea[name=query]").text();
        for (var p : Vocab.PREFIXES.entrySet()) {
            assertTrue(text.matches("(?s).*PREFIX " + p.getKey() + ":\\s+<" + java.util.regex.Pattern.quote(p.getValue()) + ">.*"), p.getKey());
        }
        assertTrue(text.contains("SELECT ?type"), text);
        List<String> options = d.select("form#named select[name=name] option").eachAttr("value");
        QueryCatalogue catalogue = QueryCatalogue.load(java.util.Optional.of(Path.of("..", "queries")));
        assertTrue(catalogue.all().size() >= 10);
        for (var q : catalogue.all()) assertTrue(options.contains(q.name()), q.name() + " not offered: " + options);
        assertTrue(d.select("#results table").isEmpty(), "nothing runs until asked");
    }

    @Test
    void aNamedQueryLoadsItsTextAndAFieldForEachParameter() throws Exception {
        Document d = get("/query?name=mentions", 200);
        String text = d.selectFirst("textarea[name=query]").text();
        assertTrue(text.startsWith("# title: Where an entity is mentioned"), text);
        assertEquals("mentions", d.selectFirst("form#named option[selected]").attr("value"));
        assertEquals(1, d.select("form#run input[name=param.entity]").size());
        assertTrue(d.selectFirst("p.description").text().contains("Where one entity is named"));
    }

    @Test
    void resultsAreATableWithOurIrisLinkedToLocalPages() throws Exception {
        String q = "SELECT ?s ?label WHERE { ?s skos:prefLabel ?label } ORDER BY ?s";
        Document d = get("/query?query=" + enc(q), 200);
        Element table = d.selectFirst("#results table.results");
        assertEquals(List.of("s", "label"), table.select("th").eachText());
        assertEquals(4, table.select("tbody tr").size());
        List<String> hrefs = table.select("a.iri").eachAttr("href");
        assertTrue(hrefs.contains("/id/agreement/rcep"), hrefs.toString());
        assertTrue(hrefs.contains("/doc/0123456789abcdef01234567"), hrefs.toString());
        assertTrue(hrefs.contains("/id/person/%E4%B9%A0%E8%BF%91%E5%B9%B3"), hrefs.toString());
        assertFalse(hrefs.stream().anyMatch(h -> h.contains("w3id.org")), hrefs.toString());
        assertTrue(table.text().contains("id:agreement/rcep"), "short forms shown");
        assertTrue(table.text().contains("id:person/习近平"), "readable, not percent-encoded");
        assertTrue(table.text().contains("区域全面经济伙伴关系协定 @zh-Hans"), table.text());
        // an IRI of another site is shown, not turned into a local link
        assertTrue(table.select("span.iri[title=https://example.org/other]").size() == 1);
        // text from the data is escaped
        assertTrue(table.text().contains("<script>alert(1)</script> & co"));
        assertTrue(d.select("#results script").isEmpty());
        assertEquals("4 rows", d.selectFirst("p.count").text());
    }

    @Test
    void aNamedQueryRunsByPostWithItsParameterBound() throws Exception {
        String text = Files.readString(Path.of("..", "queries", "entity-search.rq"));
        Document d = post("name=entity-search&query=" + enc(text) + "&param.text=" + enc("伙伴关系"), 200);
        assertTrue(d.selectFirst("#results table.results").select("a.iri").eachAttr("href").contains("/id/agreement/rcep"),
                d.select("#results").outerHtml());
        assertEquals("伙伴关系", d.selectFirst("input[name=param.text]").val(), "the value stays in its field");
        // a required parameter left empty is a clear message
        Document missing = post("name=entity-search&query=" + enc(text), 400);
        assertTrue(missing.selectFirst("#results .error").text().contains("needs a value for text"));
    }

    @Test
    void badQueriesServiceAndUpdatesAreRefusedWithAMessage() throws Exception {
        Document syntax = get("/query?query=" + enc("SELECT * WHERE { ?s ?p }"), 400);
        assertTrue(syntax.selectFirst("#results .error").text().startsWith("The query does not parse"));
        assertEquals("SELECT * WHERE { ?s ?p }", syntax.selectFirst("textarea").text(), "the text is kept for fixing");
        Document service = get("/query?query=" + enc("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"), 400);
        assertTrue(service.selectFirst("#results .error").text().contains("SERVICE is disabled"));
        Document update = post("query=" + enc("INSERT DATA { GRAPH <urn:x:g> { <urn:a> <urn:b> <urn:c> } }"), 400);
        assertTrue(update.selectFirst("#results .error").text().startsWith("The query does not parse"));
        Document ask = get("/query?query=" + enc("ASK { GRAPH <urn:x:g> { ?s ?p ?o } }"), 200);
        assertEquals("no", ask.selectFirst("#results .answer").text(), "the update wrote nothing");
    }

    @Test
    void constructResultsAreATableOfTriples() throws Exception {
        Document d = get("/query?query=" + enc("CONSTRUCT { ?s skos:prefLabel ?l } WHERE { ?s skos:prefLabel ?l FILTER(lang(?l) = 'zh-Hans') }"), 200);
        assertEquals(List.of("subject", "predicate", "object"), d.select("#results th").eachText());
        assertEquals(2, d.select("#results tbody tr").size());
    }

    @Test
    void localPathsForOurIris() {
        assertEquals("/id/agreement/rcep", QueryPageServlet.localPath(Vocab.ID + "agreement/rcep").orElseThrow());
        assertEquals("/doc/abc", QueryPageServlet.localPath(Vocab.DOC + "abc").orElseThrow());
        assertEquals("/id/organisation/%E4%B8%AD%E5%9B%BD%20x", QueryPageServlet.localPath(Vocab.ID + "organisation/中国 x").orElseThrow());
        // keys minted from Chinese names are stored percent-encoded: kept, not encoded twice
        assertEquals("/id/meeting/%E4%B8%80%E5%B8%A6-2021", QueryPageServlet.localPath(Vocab.ID + "meeting/%E4%B8%80%E5%B8%A6-2021").orElseThrow());
        assertEquals("id:meeting/一带-2021", QueryPageServlet.readable(Vocab.ID + "meeting/%E4%B8%80%E5%B8%A6-2021",
                org.diplokg.server.rdf.Prefixes.prefixMapping()));
        assertEquals("id:x/%ZZ", QueryPageServlet.readable(Vocab.ID + "x/%ZZ", org.diplokg.server.rdf.Prefixes.prefixMapping()));
        assertTrue(QueryPageServlet.localPath("https://schema.org/Event").isEmpty());
        assertTrue(QueryPageServlet.localPath(Vocab.BASE + "graph/reference").isEmpty());
    }
}
