package org.diplokg.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.diplokg.server.query.NamedQuery;
import org.diplokg.server.query.QueryCatalogue;
import org.diplokg.server.query.QueryRunner;
import org.diplokg.server.rdf.Prefixes;
import org.diplokg.server.web.PageGraph.Row;

/**
 * The named queries ({@code queries/*.rq}) as pages: {@code /queries} lists them, {@code /queries/NAME} shows
 * one with a field per parameter, and runs it when asked ({@code ?run=1&var=value}, values read as
 * {@code query --param} reads them), answering with a table whose IRIs are names linked to their pages.
 */
final class QueryPages {

    static final int MAX_ROWS = 500;

    private final QueryCatalogue catalogue;

    QueryPages(QueryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    static String list(List<NamedQuery> queries) {
        StringBuilder b = new StringBuilder("<ul class=\"queries\">");
        for (NamedQuery q : queries) {
            b.append("<li>").append(HomePage.queryLink(q)).append(q.params().isEmpty() ? "" : " <span class=\"muted\">(" + String.join(", ", q.params().keySet()) + ")</span>")
                    .append("</li>\n");
        }
        return b.append("</ul>\n").toString();
    }

    String index(Script script) {
        return Html.page("Named queries", script, "<h1>Named queries</h1>\n" + list(catalogue.all()));
    }

    /** The query's page, or null when there is no such query. */
    String page(PageGraph g, String name, HttpServletRequest request) {
        NamedQuery q = catalogue.find(name).orElse(null);
        if (q == null) return null;
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(q.title())).append("</h1>\n<p>").append(Html.esc(q.description())).append("</p>\n");
        b.append("<form class=\"run\" action=\"/queries/").append(Html.esc(q.name())).append("\"><input type=\"hidden\" name=\"run\" value=\"1\">");
        List<String> params = new ArrayList<>();
        boolean missing = false;
        for (Map.Entry<String, String> p : q.params().entrySet()) {
            String value = request.getParameter(p.getKey());
            b.append("<label>").append(Html.esc(p.getKey())).append(" <input name=\"").append(Html.esc(p.getKey())).append("\" value=\"")
                    .append(Html.esc(value == null ? "" : value)).append("\" size=\"40\"></label> <span class=\"muted\">")
                    .append(Html.esc(p.getValue())).append("</span><br>\n");
            if (value == null || value.isBlank()) missing |= p.getValue().contains("required");
            else params.add(p.getKey() + "=" + value.strip());
        }
        b.append("<button>Run</button></form>\n");
        b.append("<details><summary>SPARQL</summary><pre>").append(Html.esc(q.text())).append("</pre></details>\n");
        if (request.getParameter("run") != null) {
            if (missing) b.append("<p class=\"error\">Give the required values first.</p>\n");
            else b.append(results(g, q, params));
        }
        return Html.page(q.title(), g.script(), b.toString());
    }

    private static String results(PageGraph g, NamedQuery q, List<String> params) {
        Query query;
        try {
            query = QueryRunner.prepare(q.text(), params);
        } catch (RuntimeException e) {
            return "<p class=\"error\">" + Html.esc(e.getMessage()) + "</p>\n";
        }
        if (!query.isSelectType()) return "<p>This query is not a SELECT; run it in the <a href=\"" + Html.CONSOLE + "\">console</a>.</p>\n";
        List<Row> rows = g.select(query, MAX_ROWS + 1);
        List<String> vars = query.getResultVars();
        List<String> named = new ArrayList<>();
        for (Row r : rows) for (String v : vars) if (r.iri(v) != null) named.add(r.iri(v));
        g.loadNames(named);
        StringBuilder b = new StringBuilder("<h2>Results</h2>\n<table class=\"results\"><tr>");
        for (String v : vars) b.append("<th>").append(Html.esc(v)).append("</th>");
        b.append("</tr>\n");
        int shown = 0;
        for (Row r : rows) {
            if (shown++ == MAX_ROWS) break;
            b.append("<tr>");
            for (String v : vars) b.append("<td>").append(cell(g, r.node(v))).append("</td>");
            b.append("</tr>\n");
        }
        b.append("</table>\n<p class=\"muted\">").append(rows.size() > MAX_ROWS ? "The first " + MAX_ROWS + " rows." : rows.size() + " rows.")
                .append("</p>\n");
        return b.toString();
    }

    private static String cell(PageGraph g, Node n) {
        if (n == null) return "";
        if (n.isURI()) {
            String iri = n.getURI();
            if (PageGraph.isProjectIri(iri) && !iri.contains("/ns#")) return g.link(iri, Kind.of(iri).cssName());
            return Html.esc(Prefixes.prefixMapping().shortForm(iri));
        }
        if (n.isLiteral()) return Html.esc(n.getLiteralLexicalForm());
        return Html.esc(n.toString());
    }
}
