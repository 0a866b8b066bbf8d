package org.diplokg.server.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.server.query.NamedQuery;
import org.diplokg.server.query.QueryCatalogue;
import org.diplokg.server.query.QueryParameters;
import org.diplokg.server.rdf.Prefixes;
import org.diplokg.server.web.Html;

/**
 * {@code /query}: a SPARQL page of our own. The text box opens with the project's prefixes and an example; a list
 * loads any named query ({@code queries/*.rq}) with a field for each of its parameters; results come back as a
 * table in which the project's IRIs link to their local pages ({@code https://w3id.org/diplokg/id/…} →
 * {@code /id/…}, {@code …/doc/…} → {@code /doc/…}), not to w3id.org. Works without script (the list submits on
 * change when script runs). Read-only: only queries parse, SERVICE is refused, a query stops after the server's
 * timeout, and at most {@link #MAX_ROWS} rows are shown.
 */
public final class QueryPageServlet extends HttpServlet {

    static final int MAX_ROWS = 1000;
    /** As {@code arq:queryTimeout} in fuseki-config/config.ttl. */
    static final long TIMEOUT_MS = 30_000;

    static final String EXAMPLE = """
            # What kinds of things the graph holds, most common first
            SELECT ?type (COUNT(?thing) AS ?count)
            WHERE { ?thing a ?type }
            GROUP BY ?type
            ORDER BY DESC(?count)
            LIMIT 25
            """;

    private final String datasetName;
    private final QueryCatalogue catalogue;

    public QueryPageServlet(String datasetName, QueryCatalogue catalogue) {
        this.datasetName = datasetName.startsWith("/") ? datasetName : "/" + datasetName;
        this.catalogue = catalogue;
    }

    /** PREFIX lines for every prefix of the project, in {@link Vocab#PREFIXES} order. */
    static String prefixLines() {
        StringBuilder sb = new StringBuilder();
        int w = Vocab.PREFIXES.keySet().stream().mapToInt(String::length).max().orElse(0);
        Vocab.PREFIXES.forEach((p, ns) -> sb.append("PREFIX ").append(p).append(':').append(" ".repeat(w - p.length() + 1))
                .append('<').append(ns).append(">\n"));
        return sb.toString();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        respond(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        respond(request, response);
    }

    private void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        Optional<NamedQuery> named = Optional.ofNullable(request.getParameter("name")).filter(n -> !n.isBlank()).flatMap(catalogue::find);
        String text = request.getParameter("query");
        boolean run = text != null && !text.isBlank() || named.isPresent() && request.getParameter("run") != null;
        if (text == null || text.isBlank()) text = named.map(NamedQuery::text).orElse(prefixLines() + "\n" + EXAMPLE);
        List<String> params = new ArrayList<>();
        Map<String, String> given = new java.util.LinkedHashMap<>();
        for (String p : named.map(q -> q.params().keySet()).orElse(java.util.Set.of())) {
            String v = request.getParameter("param." + p);
            if (v != null && !v.isBlank()) {
                given.put(p, v.strip());
                params.add(p + "=" + v.strip());
            }
        }
        int status = 200;
        String results = "";
        if (run) {
            Outcome o = execute(text, params, named, given);
            status = o.status();
            results = o.html();
        }
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(page(text, named, given, results));
    }

    private record Outcome(int status, String html) {}

    private Outcome execute(String text, List<String> params, Optional<NamedQuery> named, Map<String, String> given) {
        if (named.isPresent()) {
            for (var p : named.get().params().entrySet()) {
                if (p.getValue().contains("(required)") && !given.containsKey(p.getKey()))
                    return problem(400, "This query needs a value for " + p.getKey() + ": " + p.getValue());
            }
        }
        Query query;
        try {
            query = prepare(text, params);
        } catch (QueryException | IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            int cut = m.indexOf("Was expecting");
            return problem(400, "The query does not parse: " + (cut > 0 ? m.substring(0, cut) : m).strip());
        }
        Optional<String> service = SparqlChecks.service(query);
        if (service.isPresent()) return problem(400, SparqlChecks.serviceRefused(service.get()));
        DataAccessPoint dap = DataAccessPointRegistry.get(getServletContext()).get(datasetName);
        if (dap == null) return problem(503, "The dataset " + datasetName + " is not available.");
        DatasetGraph dsg = dap.getDataService().getDataset();
        PrefixMapping pm = Prefixes.prefixMapping();
        pm.setNsPrefixes(query.getPrefixMapping());
        try {
            return new Outcome(200, Txn.calculateRead(dsg, () -> {
                try (QueryExec exec = QueryExec.dataset(dsg).query(query).set(TDB2.symUnionDefaultGraph, true)
                        .timeout(TIMEOUT_MS, TimeUnit.MILLISECONDS).build()) {
                    if (query.isSelectType()) return table(exec.select(), pm);
                    if (query.isAskType()) return "<p class=\"answer\">" + (exec.ask() ? "yes" : "no") + "</p>";
                    Graph g = query.isConstructType() ? exec.construct() : exec.describe();
                    return triples(g, pm);
                }
            }));
        } catch (QueryCancelledException e) {
            return problem(503, "The query took longer than " + TIMEOUT_MS / 1000 + " s and was stopped.");
        } catch (QueryException e) {
            return problem(400, "The query failed: " + e.getMessage());
        }
    }

    /** Parses with the project's prefixes predeclared (a query may use id: or skos: without PREFIX lines), then binds the parameters. */
    static Query prepare(String text, List<String> params) {
        Query query = new Query();
        query.setPrefixMapping(Prefixes.prefixMapping());
        QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
        PrefixMapping pm = Prefixes.prefixMapping();
        pm.setNsPrefixes(query.getPrefixMapping());
        return QueryParameters.bind(query, QueryParameters.parse(params, pm));
    }

    private static Outcome problem(int status, String message) {
        return new Outcome(status, "<p class=\"error\" role=\"alert\">" + Html.esc(message) + "</p>");
    }

    private static String table(RowSet rows, PrefixMapping pm) {
        List<Var> vars = rows.getResultVars();
        StringBuilder sb = new StringBuilder("<table class=\"results\"><thead><tr>");
        for (Var v : vars) sb.append("<th>").append(Html.esc(v.getVarName())).append("</th>");
        sb.append("</tr></thead><tbody>");
        int n = 0;
        boolean more = false;
        while (rows.hasNext()) {
            Binding b = rows.next();
            if (n == MAX_ROWS) {
                more = true;
                break;
            }
            sb.append("<tr>");
            for (Var v : vars) sb.append("<td>").append(cell(b.get(v), pm)).append("</td>");
            sb.append("</tr>");
            n++;
        }
        sb.append("</tbody></table>");
        String count = more ? "the first " + MAX_ROWS + " rows (there are more: add LIMIT/OFFSET, or use /kg/query)" : n + (n == 1 ? " row" : " rows");
        return "<p class=\"count\">" + count + "</p>" + sb;
    }

    private static String triples(Graph g, PrefixMapping pm) {
        StringBuilder sb = new StringBuilder("<table class=\"results\"><thead><tr><th>subject</th><th>predicate</th><th>object</th></tr></thead><tbody>");
        int n = 0;
        for (var it = g.find(); it.hasNext() && n < MAX_ROWS; n++) {
            Triple t = it.next();
            sb.append("<tr><td>").append(cell(t.getSubject(), pm)).append("</td><td>").append(cell(t.getPredicate(), pm))
                    .append("</td><td>").append(cell(t.getObject(), pm)).append("</td></tr>");
        }
        sb.append("</tbody></table>");
        return "<p class=\"count\">" + g.size() + (g.size() == 1 ? " triple" : " triples") + (g.size() > MAX_ROWS ? ", the first " + MAX_ROWS + " shown" : "")
                + "</p>" + sb;
    }

    /** One value: an IRI in its short form, linked to its local page when it is one of ours; a literal with its language or type. */
    static String cell(Node node, PrefixMapping pm) {
        if (node == null) return "";
        if (node.isURI()) {
            String iri = node.getURI();
            String shown = readable(iri, pm);
            Optional<String> local = localPath(iri);
            if (local.isPresent())
                return "<a class=\"iri\" href=\"" + Html.esc(local.get()) + "\" title=\"" + Html.esc(iri) + "\">" + Html.esc(shown) + "</a>";
            return "<span class=\"iri\" title=\"" + Html.esc(iri) + "\">" + Html.esc(shown) + "</span>";
        }
        if (node.isLiteral()) {
            // the language beside the text (simplified or traditional matters to a reader); a datatype on hover only
            String lang = node.getLiteralLanguage();
            String text = Html.esc(node.getLiteralLexicalForm());
            if (!lang.isEmpty()) return text + " <span class=\"lang\">@" + Html.esc(lang) + "</span>";
            String dt = node.getLiteralDatatypeURI();
            if (dt == null || dt.endsWith("#string")) return text;
            return "<span class=\"typed\" title=\"^^" + Html.esc(pm.shortForm(dt)) + "\">" + text + "</span>";
        }
        if (node.isBlank()) return "<span class=\"bnode\">_:" + Html.esc(node.getBlankNodeLabel()) + "</span>";
        return Html.esc(node.toString());
    }

    /**
     * The page of one of the project's IRIs on this server: {@code https://w3id.org/diplokg/id/…} → {@code /id/…},
     * {@code …/doc/…} → {@code /doc/…}. Characters a URL may not carry are percent-encoded as UTF-8; escapes already in
     * the IRI (keys minted from Chinese names are stored encoded) are kept as they are, not encoded twice.
     */
    static Optional<String> localPath(String iri) {
        String rest;
        if (iri.startsWith(Vocab.ID)) rest = "/id/" + iri.substring(Vocab.ID.length());
        else if (iri.startsWith(Vocab.DOC)) rest = "/doc/" + iri.substring(Vocab.DOC.length());
        else return Optional.empty();
        StringBuilder sb = new StringBuilder(rest.length() * 2);
        for (byte b : rest.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/%!$&'()*+,;=:@#?".indexOf(c) >= 0);
            if (keep) sb.append((char) c);
            else sb.append('%').append(String.format("%02X", c));
        }
        return Optional.of(sb.toString());
    }

    /** An IRI as a reader wants to see it: its prefixed form with percent-escapes decoded ({@code id:person/习近平}). */
    static String readable(String iri, PrefixMapping pm) {
        String shown = pm.shortForm(iri);
        if (shown.indexOf('%') < 0) return shown;
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < shown.length(); ) {
                int c = shown.codePointAt(i);
                if (c == '%' && isHex(shown, i + 1) && isHex(shown, i + 2)) {
                    bytes.write(Integer.parseInt(shown.substring(i + 1, i + 3), 16));
                    i += 3;
                } else {
                    bytes.write(new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    i += Character.charCount(c);
                }
            }
            java.nio.charset.CharsetDecoder d = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
            return d.decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.io.IOException | RuntimeException e) {
            return shown; // not UTF-8 escapes: show as stored
        }
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }

    private String page(String text, Optional<NamedQuery> named, Map<String, String> given, String results) {
        StringBuilder sb = new StringBuilder(8192 + text.length() + results.length());
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(named.map(q -> q.title() + " — ").orElse(""))).append("SPARQL query — diplokg</title>")
                .append("<style>").append(STYLE).append("</style></head><body>")
                .append("<nav><a href=\"/\">diplokg</a> <a href=\"/search\">Search</a> <a href=\"/query\" aria-current=\"page\">Query</a>")
                .append(" <a href=\"").append(Html.esc(datasetName)).append("/query\">SPARQL endpoint</a></nav>")
                .append("<main><h1>SPARQL query</h1>");
        sb.append("<form id=\"named\" method=\"get\" action=\"/query\"><label>Named query ")
                .append("<select name=\"name\" onchange=\"this.form.submit()\"><option value=\"\">— write your own —</option>");
        for (NamedQuery q : catalogue.all()) {
            sb.append("<option value=\"").append(Html.esc(q.name())).append('"')
                    .append(named.filter(n -> n.name().equals(q.name())).isPresent() ? " selected" : "").append('>')
                    .append(Html.esc(q.name() + " — " + q.title())).append("</option>");
        }
        sb.append("</select></label> <noscript><button type=\"submit\">Load</button></noscript></form>");
        named.ifPresent(q -> sb.append("<p class=\"description\"><strong>").append(Html.esc(q.title())).append("</strong> ")
                .append(Html.esc(q.description())).append("</p>"));
        sb.append("<form id=\"run\" method=\"post\" action=\"/query\">");
        named.ifPresent(q -> sb.append("<input type=\"hidden\" name=\"name\" value=\"").append(Html.esc(q.name())).append("\">"));
        sb.append("<textarea name=\"query\" rows=\"16\" spellcheck=\"false\" aria-label=\"SPARQL query\">").append(Html.esc(text))
                .append("</textarea>");
        named.ifPresent(q -> q.params().forEach((p, meaning) -> sb.append("<p class=\"param\"><label>").append(Html.esc(p))
                .append(" <input name=\"param.").append(Html.esc(p)).append("\" value=\"").append(Html.esc(given.getOrDefault(p, "")))
                .append("\"></label> <small>").append(Html.esc(meaning)).append("</small></p>")));
        sb.append("<p><button type=\"submit\">Run</button> <small>Prefixes ")
                .append(Html.esc(String.join(", ", Vocab.PREFIXES.keySet())))
                .append(" are known even when not written. Read-only; queries stop after ").append(TIMEOUT_MS / 1000).append(" s.</small></p></form>");
        sb.append("<section id=\"results\">").append(results).append("</section></main></body></html>\n");
        return sb.toString();
    }

    private static final String STYLE = """
            body{font-family:'Noto Sans','Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;margin:0;color:#222}
            nav{background:#233;padding:.6em 1em}nav a{color:#fff;margin-right:1.2em;text-decoration:none}
            main{padding:0 1em 2em;max-width:1200px}
            textarea{width:100%;box-sizing:border-box;font:13px/1.4 'Noto Sans Mono','DejaVu Sans Mono',monospace}
            table.results{border-collapse:collapse;font-size:14px}table.results td,table.results th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;text-align:left}
            table.results th{background:#eef}table.results td{max-width:40em;overflow-wrap:anywhere}.dt,.count{color:#666}.error{color:#a00;white-space:pre-wrap}
            .param input{width:40em}a.iri{color:#05a}
            """;
}
