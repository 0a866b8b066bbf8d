package org.diplokg.server.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.server.rdf.Prefixes;

/**
 * A readable page for each entity: {@code /page?iri=IRI} (or {@code /page/id/agreement/rcep} for the project's own
 * IRIs) lists what the graph says about it, what points to it, and where documents mention it, with links to the
 * pages of the entities named. {@code &format=turtle} gives the same facts as Turtle.
 */
public final class EntityPageServlet extends HttpServlet {

    private static final int LIMIT = 300;
    private static final org.apache.jena.shared.PrefixMapping SHORT = Prefixes.prefixMapping();

    private final String datasetName;

    public EntityPageServlet(String datasetName) {
        this.datasetName = datasetName.startsWith("/") ? datasetName : "/" + datasetName;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String iri = requestedIri(request);
        if (iri == null || !iri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+")) {
            response.sendError(400, "give the entity as ?iri=IRI, e.g. /page?iri=" + Vocab.ID + "agreement/rcep");
            return;
        }
        DataAccessPoint dap = DataAccessPointRegistry.get(getServletContext()).get(datasetName);
        if (dap == null) {
            response.sendError(503, "dataset " + datasetName + " is not available");
            return;
        }
        DatasetGraph dsg = dap.getDataService().getDataset();
        if ("turtle".equalsIgnoreCase(request.getParameter("format"))) {
            Model m = Txn.calculateRead(dsg, () -> describe(dsg, iri));
            response.setContentType("text/turtle; charset=utf-8");
            RDFDataMgr.write(response.getOutputStream(), m, Lang.TURTLE);
            return;
        }
        String html = Txn.calculateRead(dsg, () -> page(dsg, iri, request.getContextPath()));
        response.setContentType("text/html; charset=utf-8");
        response.getWriter().write(html);
    }

    private static String requestedIri(HttpServletRequest request) {
        String iri = request.getParameter("iri");
        if (iri != null) return iri.strip();
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) return null;
        return Vocab.BASE + path.substring(1);
    }

    private static Model describe(DatasetGraph dsg, String iri) {
        String q = "CONSTRUCT { <" + iri + "> ?p ?o . ?s ?q <" + iri + "> } WHERE { { GRAPH ?g { <" + iri + "> ?p ?o } } UNION "
                + "{ GRAPH ?h { ?s ?q <" + iri + "> } FILTER(!isBlank(?s)) } } LIMIT " + LIMIT;
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(q).build()) {
            Model m = qe.execConstruct();
            m.setNsPrefixes(Prefixes.map());
            return m;
        }
    }

    private static String page(DatasetGraph dsg, String iri, String context) {
        org.apache.jena.query.Dataset ds = org.apache.jena.query.DatasetFactory.wrap(dsg);
        Map<String, List<String>> facts = new LinkedHashMap<>();
        List<String> incoming = new ArrayList<>();
        List<String[]> mentions = new ArrayList<>();
        String label = null;
        boolean labelIsHans = false;
        try (QueryExecution qe = QueryExecution.dataset(ds).query(
                "SELECT DISTINCT ?p ?o WHERE { GRAPH ?g { <" + iri + "> ?p ?o } } ORDER BY ?p ?o LIMIT " + LIMIT).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String p = s.getResource("p").getURI();
                RDFNode o = s.get("o");
                facts.computeIfAbsent(p, k -> new ArrayList<>()).add(render(o, context));
                if (o.isLiteral() && (p.endsWith("prefLabel") || p.endsWith("#label") || p.endsWith("/name"))) {
                    // the simplified Chinese name first, else any name
                    boolean hans = o.asLiteral().getLanguage().equalsIgnoreCase("zh-Hans");
                    if (label == null || hans && !labelIsHans) {
                        label = o.asLiteral().getLexicalForm();
                        labelIsHans = hans;
                    }
                }
            }
        }
        try (QueryExecution qe = QueryExecution.dataset(ds).query(
                "SELECT DISTINCT ?s ?p WHERE { GRAPH ?g { ?s ?p <" + iri + "> } FILTER(!isBlank(?s)) "
                        + "FILTER(?p != <" + Vocab.ITSRDF + "taIdentRef>) } LIMIT " + LIMIT).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                incoming.add(render(s.get("s"), context) + " <span class=p>" + esc(SHORT.shortForm(s.getResource("p").getURI())) + "</span>");
            }
        }
        try (QueryExecution qe = QueryExecution.dataset(ds).query(
                "PREFIX nif: <" + Vocab.NIF + "> PREFIX itsrdf: <" + Vocab.ITSRDF + "> "
                        + "SELECT ?g ?text ?b ?e ?sentence ?whole WHERE { GRAPH ?g { ?m itsrdf:taIdentRef <" + iri + "> ; nif:anchorOf ?text ; "
                        + "nif:beginIndex ?b ; nif:endIndex ?e . OPTIONAL { ?m nif:sentence/nif:anchorOf ?sentence } "
                        + "OPTIONAL { ?m nif:referenceContext/nif:isString ?whole } } } "
                        + "ORDER BY ?g ?b LIMIT " + LIMIT).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                mentions.add(new String[] {s.getResource("g").getURI(), s.getLiteral("text").getString(),
                        s.getLiteral("b").getLexicalForm() + "–" + s.getLiteral("e").getLexicalForm(),
                        s.contains("sentence") ? s.getLiteral("sentence").getString()
                                : s.contains("whole") ? snippet(s.getLiteral("whole").getString(), s.getLiteral("b").getInt(), s.getLiteral("e").getInt())
                                : ""});
            }
        }
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        String title = label != null ? label : SHORT.shortForm(iri);
        w.println("<!DOCTYPE html><html lang=zh><head><meta charset=utf-8><title>" + esc(title) + " — diplokg</title>");
        w.println("<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em}td{vertical-align:top;padding:.2em .6em}"
                + "th{text-align:left;padding:.2em .6em;color:#555}.p{color:#555}code{font-size:90%}</style></head><body>");
        w.println("<p><a href='" + context + "/'>console</a> · <a href='?iri=" + enc(iri) + "&amp;format=turtle'>Turtle</a></p>");
        w.println("<h1>" + esc(title) + "</h1><p><code>" + esc(iri) + "</code></p>");
        if (facts.isEmpty() && incoming.isEmpty() && mentions.isEmpty()) w.println("<p>The graph says nothing about this IRI.</p>");
        if (!facts.isEmpty()) {
            w.println("<h2>Facts</h2><table>");
            facts.forEach((p, os) -> w.println("<tr><th>" + esc(SHORT.shortForm(p)) + "</th><td>" + String.join("<br>", os) + "</td></tr>"));
            w.println("</table>");
        }
        if (!incoming.isEmpty()) {
            w.println("<h2>Referred to by</h2><ul>");
            for (String i : incoming) w.println("<li>" + i + "</li>");
            w.println("</ul>");
        }
        if (!mentions.isEmpty()) {
            w.println("<h2>Mentions</h2><table><tr><th>document</th><th>as written</th><th>offsets</th><th>sentence</th></tr>");
            for (String[] m : mentions) {
                w.println("<tr><td>" + link(m[0], decode(m[0].substring(m[0].lastIndexOf('/') + 1)), context) + "</td><td>" + esc(m[1])
                        + "</td><td>" + esc(m[2]) + "</td><td>" + esc(m[3]) + "</td></tr>");
            }
            w.println("</table>");
        }
        w.println("</body></html>");
        w.flush();
        return out.toString();
    }

    private static String render(RDFNode o, String context) {
        if (o.isURIResource()) return link(o.asResource().getURI(), SHORT.shortForm(o.asResource().getURI()), context);
        if (o.isLiteral()) {
            String lang = o.asLiteral().getLanguage();
            String text = o.asLiteral().getLexicalForm();
            if (text.length() > 400) text = text.substring(0, 400) + "…";
            return esc(text) + (lang.isEmpty() ? "" : " <span class=p>@" + esc(lang) + "</span>");
        }
        return "<span class=p>(blank node)</span>";
    }

    private static String link(String iri, String text, String context) {
        return "<a href='" + context + "/page?iri=" + enc(iri) + "'>" + esc(decode(text)) + "</a>";
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }

    /** The words around a mention when the graph keeps no sentence for it (the default mention detail). */
    static String snippet(String text, int begin, int end) {
        if (begin < 0 || end > text.length() || begin > end) return "";
        int from = Math.max(0, begin - 40), to = Math.min(text.length(), end + 40);
        for (int i = begin - 1; i >= from; i--) if (text.charAt(i) == '\n') { from = i + 1; break; }
        for (int i = end; i < to; i++) if (text.charAt(i) == '\n') { to = i; break; }
        return (from > 0 && text.charAt(from - 1) != '\n' ? "…" : "") + text.substring(from, to)
                + (to < text.length() && text.charAt(to) != '\n' ? "…" : "");
    }
}
