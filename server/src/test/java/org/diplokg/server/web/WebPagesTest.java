package org.diplokg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.server.cli.Context;
import org.diplokg.server.cli.Home;
import org.diplokg.server.cli.Main;
import org.diplokg.server.http.KgServer;
import org.diplokg.server.http.ServerSettings;
import org.diplokg.server.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web pages over HTTP on the five seeds ingested with the real extractor, plus one hand-made document whose
 * text and names hold markup: every route, every content type, 404s, Chinese IRIs sent encoded and not, the
 * script switch, escaping.
 */
class WebPagesTest {

    static final String ID = Vocab.ID;
    /** A seed (001) as the golden graphs name it: the document IRI comes from its bytes. */
    static final String SEED_DOC = "/doc/ffa65063872cb2a073f9dafc";
    static final String MADE_DOC = Vocab.DOC + "00000000000000000000abcd";
    static final String PERSON_KEY = "测试人";
    static final String MADE_TEXT = "正文<script>alert(\"x\")</script> & 《区域全面经济伙伴关系协定》与测试人。";
    /** A key with a '/' in it: encoded %2F, which Jetty refuses in a path. */
    static final String SLASHED = "<" + ID + "person/" + Vocab.encode("甲/乙") + ">";
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir static Path dir;
    static KgServer server;
    static String base;

    @BeforeAll
    static void ingestAndServe() throws Exception {
        Path db = dir.resolve("tdb2");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Context ctx = new Context(new Home(Path.of("..").toAbsolutePath().normalize()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8), false);
        assertEquals(0, Main.run(new String[] {"ingest", Path.of("..", "seeds").toString(), "--db", db.toString()}, ctx), out.toString());
        try (Store store = Store.open(db)) {
            Txn.executeWrite(store.dataset(), () -> RDFParser.fromString(madeDocument(), Lang.TRIG).parse(store.dataset()));
        }
        server = KgServer.build(new ServerSettings(Path.of("..", "fuseki-config", "config.ttl"), db, Path.of("..").toAbsolutePath(),
                "127.0.0.1", 0, dir.resolve("passwd"))).start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** A document with markup in its headline, file name, text and a minted person's name. */
    static String madeDocument() {
        int rcep = MADE_TEXT.indexOf('《'), rcepEnd = MADE_TEXT.indexOf('》') + 1;
        int person = MADE_TEXT.indexOf(PERSON_KEY), personEnd = person + PERSON_KEY.length();
        String p = "<" + ID + "person/" + Vocab.encode(PERSON_KEY) + ">";
        String d = "<" + MADE_DOC + ">";
        String text = MADE_TEXT.replace("\"", "\\\"");
        String ctx = "<" + MADE_DOC + "#char=0," + MADE_TEXT.length() + ">";
        String rcepIri = "<" + ID + "agreement/rcep>";
        return "PREFIX schema: <https://schema.org/> PREFIX dkg: <https://w3id.org/diplokg/ns#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
                + "PREFIX nif: <" + Vocab.NIF + "> PREFIX itsrdf: <" + Vocab.ITSRDF + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + d + " {\n"
                + d + " a schema:NewsArticle ; schema:headline \"标题 <b>粗</b> & 更多\"@zh-Hans ; schema:datePublished \"2024-05-01\"^^xsd:date ;\n"
                + "  dkg:sourceFile \"made/<i>.txt\" ; dkg:format \"text\" ; schema:mentions " + rcepIri + " , " + p + " .\n"
                + ctx + " a nif:Context ; nif:isString \"" + text + "\" ; nif:sourceUrl " + d + " .\n"
                + phrase(ctx, rcep, rcepEnd, rcepIri) + phrase(ctx, person, personEnd, p)
                + p + " a schema:Person ; rdfs:label \"测试人\"@zh-Hans .\n"
                + d + " schema:mentions " + SLASHED + " . " + SLASHED + " a schema:Person ; rdfs:label \"甲/乙\"@zh-Hans .\n}\n";
    }

    private static String phrase(String ctx, int begin, int end, String entity) {
        return "<" + MADE_DOC + "#char=" + begin + "," + end + "> a nif:Phrase ; nif:beginIndex \"" + begin + "\"^^xsd:nonNegativeInteger ; "
                + "nif:endIndex \"" + end + "\"^^xsd:nonNegativeInteger ; nif:referenceContext " + ctx + " ; itsrdf:taIdentRef " + entity + " .\n";
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String type(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    static void assertPageFrame(String html) {
        assertTrue(html.contains("<nav><a href=\"/\""), "a link home");
        assertTrue(html.contains("href=\"" + Html.CONSOLE + "\""), "a link to the console");
        assertTrue(html.contains("href=\"" + Html.QUERY + "\""), "a link to the query page");
    }

    @Test
    void homeHasSearchCountsLatestMeetingsTopAgreementsAndQueries() throws Exception {
        HttpResponse<String> r = get("/");
        assertEquals(200, r.statusCode());
        assertTrue(type(r).startsWith("text/html"));
        String html = r.body();
        assertPageFrame(html);
        assertTrue(html.contains("<form id=\"search\" action=\"/search\"><input name=\"q\""), html);
        assertTrue(Pattern.compile("class=\"count documents\">6<span>documents").matcher(html).find(), "5 seeds and the made one: " + html);
        assertTrue(html.contains("href=\"/id/meeting/apec-aelm-2021\""), "latest meetings: " + html);
        assertTrue(html.contains("<table class=\"top-agreements\"><tr><td><a href=\"/id/agreement/rcep\" class=\"agreement\">"), "RCEP the most mentioned: " + html);
        assertTrue(html.contains("href=\"/queries/agreements-per-meeting\""), html);
        assertEquals(200, get(Html.CONSOLE).statusCode(), "the console moved to /index.html");
    }

    @Test
    void searchGroupsByKindAndFindsEveryScriptAndTheAcronym() throws Exception {
        for (String q : new String[] {"RCEP", "区域全面经济伙伴关系", "區域全面經濟夥伴關係", "regional comprehensive"}) {
            HttpResponse<String> r = get("/search?q=" + Html.enc(q));
            assertEquals(200, r.statusCode());
            String agreements = section(r.body(), "agreement");
            assertTrue(agreements.contains("<a href=\"/id/agreement/rcep\" class=\"result\">区域全面经济伙伴关系协定</a>"), q + ": " + r.body());
            assertTrue(Pattern.compile("rcep.*?\\d+ documents").matcher(agreements).find(), "a document count: " + agreements);
        }
        String docs = section(get("/search?q=" + Html.enc("第二十八次领导人")).body(), "document");
        assertTrue(docs.contains("href=\"" + SEED_DOC + "\" class=\"result\""), docs);
        String people = section(get("/search?q=" + Html.enc("阿德恩")).body(), "person");
        assertTrue(people.contains("href=\"/id/person/jacinda-ardern\" class=\"result\""), people);
        assertTrue(get("/search?q=" + Html.enc("没有这个名字的东西")).body().contains("0 matches"));
        assertTrue(get("/search?q=RCEP").body().contains("href=\"?q=RCEP&amp;script=hant\""), "the script switch keeps the search");
    }

    static String section(String html, String kind) {
        Matcher m = Pattern.compile("<section class=\"type-" + kind + "\">(.*?)</section>", Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(1) : "(no section " + kind + ")";
    }

    @Test
    void agreementPageShowsNamesPartiesStatementsMeetingsTimelineAndDocuments() throws Exception {
        HttpResponse<String> r = get("/id/agreement/rcep");
        assertEquals(200, r.statusCode());
        assertTrue(type(r).startsWith("text/html"));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        String html = r.body();
        assertPageFrame(html);
        assertTrue(html.contains("<h1>区域全面经济伙伴关系协定</h1>"), html);
        assertTrue(html.contains("<code class=\"iri\">" + ID + "agreement/rcep</code>"), html);
        assertTrue(html.contains("RCEP"), "the acronym");
        assertTrue(html.contains("<a href=\"/id/economy/cn\" class=\"organisation\">中国</a>") || html.contains(">中国</a>"), "parties by name");
        assertTrue(html.contains("<svg") && html.contains("class=\"timeline\""), "a timeline");
        assertTrue(html.contains("class=\"neighbourhood\""), "a neighbourhood picture");
        String timeline = html.substring(html.indexOf("class=\"timeline\""), html.indexOf("</svg>", html.indexOf("class=\"timeline\"")));
        java.util.List<String> marks = Pattern.compile("<text class=\"date\"[^>]*>([^<]*)</text><text class=\"label\"[^>]*>([^<]*)</text>")
                .matcher(timeline).results().map(m -> m.group(1) + " " + m.group(2)).toList();
        assertFalse(marks.isEmpty(), timeline);
        assertEquals(marks.size(), new java.util.HashSet<>(marks).size(), "one mark per dated statement, however many documents state it: " + marks);
        assertTrue(html.contains("<a href=\"/id/meeting/apec-aelm-2021\" class=\"meeting\">"), "meetings that mentioned it");
        assertTrue(html.contains("class=\"doc\""), "links to documents");
        assertTrue(Pattern.compile("\\d+–\\d+</td><td>[^<]*区域全面经济伙伴关系协定[^<]*</td>").matcher(html).find(), "the words around each mention");
        assertFalse(Pattern.compile("<a [^>]*>https?://").matcher(html).find(), "names, not IRIs, as link texts");
    }

    @Test
    void meetingPageShowsDatePlaceSeriesChairParticipantsAgreementsAndDocuments() throws Exception {
        String html = get("/id/meeting/apec-aelm-2021").body();
        assertTrue(html.contains("<h1>亚太经合组织第二十八次领导人非正式会议</h1>") || html.contains("<h1>"), html);
        assertTrue(html.contains("2021-11-16") || html.contains("2021-11"), "the date: " + html);
        assertTrue(Pattern.compile("<th>chair</th><td><a href=\"/id/person/jacinda-ardern\" class=\"person\">阿德恩</a>").matcher(html).find(), html);
        assertTrue(html.contains("<th>participants</th>") && html.contains("href=\"/id/person/xi-jinping\""), html);
        assertTrue(html.contains("<th>series</th><td><a href=\"/id/series/apec-aelm\""), html);
        assertTrue(html.contains("<h2>Documents reporting it</h2>") && html.contains("href=\"" + SEED_DOC + "\" class=\"doc\""), html);
        assertTrue(html.contains("Other meetings of") && html.contains("href=\"/id/meeting/apec-aelm-2020\""), html);
    }

    @Test
    void personSeriesAndOrganisationPages() throws Exception {
        String xi = get("/id/person/xi-jinping").body();
        assertTrue(xi.contains("<h1>习近平</h1>"), xi);
        assertTrue(xi.contains("<h2>Offices</h2>") && xi.contains("class=\"timeline\""), "offices over time: " + xi);
        assertTrue(xi.contains("Meetings attended") && xi.contains("href=\"/id/meeting/apec-aelm-2021\""), xi);
        String series = get("/id/series/apec-aelm").body();
        assertTrue(series.contains("Meetings of the series") && series.contains("class=\"timeline\""), series);
        HttpResponse<String> apec = get("/id/org/apec");
        assertEquals(200, apec.statusCode());
        assertTrue(apec.body().contains("<h1>亚太经合组织</h1>"), apec.body());
    }

    @Test
    void documentPageShowsProvenanceTextWithLinkedMentionsAndWhatWasFound() throws Exception {
        HttpResponse<String> r = get(SEED_DOC);
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertPageFrame(html);
        assertTrue(html.contains("<h1>习近平出席亚太经合组织第二十八次领导人非正式会议并发表重要讲话</h1>"), html);
        assertTrue(html.contains("seeds/001_1c07ab0e1a8962a0.txt"), "the file");
        assertTrue(html.contains("markdown-front-matter"), "the format");
        assertTrue(html.contains("2021-11-13") && html.contains("front matter"), "published date and where from");
        assertTrue(Pattern.compile("<article class=\"text\">.*<a class=\"mention person\" href=\"/id/person/xi-jinping\"[^>]*>习近平</a>", Pattern.DOTALL)
                .matcher(html).find(), html);
        assertTrue(html.contains("<th>reports</th><td><a href=\"/id/meeting/apec-aelm-2021\""), "what was found: " + html);
        assertTrue(html.contains("applied to join"), "its statements");
    }

    @Test
    void markupInTextNamesAndFilesIsEscaped() throws Exception {
        String html = get("/doc/00000000000000000000abcd").body();
        assertTrue(html.contains("正文&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<h1>标题 &lt;b&gt;粗&lt;/b&gt; &amp; 更多</h1>"), html);
        assertTrue(html.contains("made/&lt;i&gt;.txt"), html);
        assertTrue(html.contains("<a class=\"mention agreement\" href=\"/id/agreement/rcep\""), html);
        assertTrue(html.contains(">《区域全面经济伙伴关系协定》</a>与<a class=\"mention person\""), html);
        String search = get("/search?q=" + Html.enc("<b>")).body();
        assertFalse(search.contains("<b>粗"), search);
    }

    @Test
    void contentNegotiationGivesTurtleJsonLdAndNTriples() throws Exception {
        String rcep = ID + "agreement/rcep";
        for (String[] c : new String[][] {{"text/turtle", "TURTLE"}, {"application/ld+json", "JSONLD"}, {"application/n-triples", "NTRIPLES"}}) {
            HttpResponse<String> r = get("/id/agreement/rcep", "Accept", c[0]);
            assertEquals(200, r.statusCode(), c[0]);
            assertTrue(type(r).startsWith(c[0]), type(r));
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), c[1].equals("TURTLE") ? Lang.TURTLE : c[1].equals("JSONLD") ? Lang.JSONLD : Lang.NTRIPLES).parse(g);
            assertTrue(g.contains(NodeFactory.createURI(rcep), NodeFactory.createURI(Vocab.SKOS + "prefLabel"), org.apache.jena.graph.Node.ANY), c[0] + ": " + r.body());
        }
        HttpResponse<String> browser = get("/id/agreement/rcep", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(type(browser).startsWith("text/html"));
        HttpResponse<String> override = get("/id/agreement/rcep?format=turtle", "Accept", "text/html");
        assertTrue(type(override).startsWith("text/turtle"), "?format= wins");
        assertEquals(406, get("/id/agreement/rcep", "Accept", "image/png").statusCode());
        HttpResponse<String> doc = get(SEED_DOC, "Accept", "text/turtle");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(doc.body(), Lang.TURTLE).parse(g);
        assertTrue(g.size() > 50, "a document gives its whole graph: " + g.size());
    }

    @Test
    void unknownIrisAre404WithASearchBox() throws Exception {
        HttpResponse<String> r = get("/id/agreement/no-such-agreement");
        assertEquals(404, r.statusCode());
        assertTrue(type(r).startsWith("text/html"));
        assertTrue(r.body().contains("<form id=\"search\" action=\"/search\"><input name=\"q\""), r.body());
        assertEquals(404, get("/id/agreement/no-such-agreement", "Accept", "text/turtle").statusCode());
        assertEquals(404, get("/doc/ffffffffffffffffffffffff").statusCode());
        assertEquals(404, get("/queries/no-such-query").statusCode());
    }

    @Test
    void chineseIrisWorkEncodedInEitherCaseAndUnencoded() throws Exception {
        String encoded = "/id/person/" + Vocab.encode(PERSON_KEY);
        HttpResponse<String> r = get(encoded);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<h1>测试人</h1>"), r.body());
        assertEquals(200, get(encoded.toLowerCase()).statusCode(), "lower-case escapes");
        String raw = rawGet("/id/person/" + PERSON_KEY);
        assertTrue(raw.startsWith("HTTP/1.1 200"), raw);
        assertTrue(raw.contains("<h1>测试人</h1>"));
        String seedMeeting = "/id/meeting/" + Vocab.encode("全球健康峰会") + "-2021-06-23";
        assertEquals(200, get(seedMeeting).statusCode(), "a meeting minted from a seed");
        assertTrue(rawGet("/id/meeting/全球健康峰会-2021-06-23").startsWith("HTTP/1.1 200"));
    }

    /** A request line with the UTF-8 bytes as they are, as curl sends an unencoded path. */
    static String rawGet(String path) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anEncodedSlashInAKeyIsServedThroughPageIri() throws Exception {
        String iri = SLASHED.substring(1, SLASHED.length() - 1);
        String href = "/page?iri=" + Html.enc(iri);
        String doc = get("/doc/00000000000000000000abcd").body();
        assertTrue(doc.contains("href=\"" + Html.esc(href) + "\""), doc);
        HttpResponse<String> r = get(href);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<h1>甲/乙</h1>"), r.body());
        assertTrue(type(get(href + "&format=turtle")).startsWith("text/turtle"));
    }

    @Test
    void traditionalScriptByParameterOrCookie() throws Exception {
        HttpResponse<String> r = get("/id/agreement/rcep?script=hant");
        assertTrue(r.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("script=hant")), r.headers().toString());
        assertTrue(r.body().contains("<h1>區域全面經濟夥伴關係協定</h1>"), "the reference's zh-Hant label: " + r.body());
        String person = get("/id/person/" + Vocab.encode(PERSON_KEY), "Cookie", "script=hant").body();
        assertTrue(person.contains("<h1>測試人</h1>"), "converted when there is no traditional label: " + person);
        assertTrue(get("/id/agreement/rcep").body().contains("<h1>区域全面经济伙伴关系协定</h1>"), "simplified by default");
    }

    @Test
    void namedQueriesRunFromThePageWithTheirParameters() throws Exception {
        String index = get("/queries").body();
        assertTrue(index.contains("href=\"/queries/entity-search\""), index);
        String form = get("/queries/entity-search").body();
        assertTrue(form.contains("<input name=\"text\""), form);
        assertFalse(form.contains("<table class=\"results\">"), "runs only when asked");
        String run = get("/queries/entity-search?run=1&text=RCEP").body();
        assertTrue(run.contains("<table class=\"results\">") && run.contains("<a href=\"/id/agreement/rcep\" class=\"agreement\">区域全面经济伙伴关系协定</a>"), run);
        String meetings = get("/queries/meetings?run=1").body();
        assertTrue(meetings.contains("href=\"/id/meeting/apec-aelm-2021\""), meetings);
    }

    @Test
    void oldPageAddressesMoveToTheIrisOwnPaths() throws Exception {
        HttpResponse<String> r = get("/page?iri=" + Html.enc(ID + "agreement/rcep"));
        assertEquals(303, r.statusCode());
        assertEquals("/id/agreement/rcep", r.headers().firstValue("Location").orElse(""));
        assertEquals(303, get("/page/id/agreement/rcep?format=turtle").statusCode());
        assertEquals(400, get("/page?iri=not%20an%20iri").statusCode());
        HttpResponse<String> other = get("/page?iri=" + Html.enc("https://schema.org/Person"));
        assertEquals(200, other.statusCode(), "IRIs of other vocabularies the graph uses get a page here");
    }
}
