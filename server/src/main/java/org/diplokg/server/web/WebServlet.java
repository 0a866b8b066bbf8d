package org.diplokg.server.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.server.query.QueryCatalogue;

/**
 * The web front end on the embedded Fuseki: {@code /} home, {@code /search}, {@code /queries[/NAME]}, and the
 * project's IRIs at their own paths ({@code /id/…}, {@code /doc/…}) with content negotiation; {@code /page?iri=}
 * for other IRIs (and the old {@code /page/id/…} links, redirected).
 */
final class WebServlet extends HttpServlet {

    private final String datasetName;
    private final SearchSource search;
    private final HomePage home;
    private final QueryPages queries;

    WebServlet(String datasetName, QueryCatalogue catalogue, SearchSource search) {
        this.datasetName = datasetName.startsWith("/") ? datasetName : "/" + datasetName;
        this.search = search;
        this.home = new HomePage(catalogue);
        this.queries = new QueryPages(catalogue);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = rawPath(request);
        Script script = Script.of(request, response);
        DatasetGraph dsg = dataset();
        if (dsg == null) {
            response.sendError(503, "dataset " + datasetName + " is not available");
            return;
        }
        try {
            if (path.equals("/") || path.isEmpty()) {
                html(request, response, 200, Txn.calculateRead(dsg, () -> home.render(new PageGraph(dsg, script))));
            } else if (path.equals("/search")) {
                String q = request.getParameter("q");
                html(request, response, 200, Txn.calculateRead(dsg, () -> SearchPage.render(new PageGraph(dsg, script), search, q)));
            } else if (path.equals("/queries") || path.equals("/queries/")) {
                html(request, response, 200, queries.index(script));
            } else if (path.startsWith("/queries/")) {
                String name = LocalPaths.decode(path.substring("/queries/".length()));
                String page = Txn.calculateRead(dsg, () -> queries.page(new PageGraph(dsg, script), name, request));
                if (page == null) notFound(request, response, script, "There is no named query “" + name + "”.");
                else html(request, response, 200, page);
            } else if (path.equals("/page") || path.startsWith("/page/")) {
                oldPage(request, response, dsg, script, path);
            } else if (path.startsWith("/id/") || path.startsWith("/doc/")) {
                resource(request, response, dsg, script, path);
            } else {
                notFound(request, response, script, "Nothing is served at this address.");
            }
        } catch (IllegalArgumentException e) {
            response.sendError(400, e.getMessage());
        } catch (QueryCancelledException e) {
            html(request, response, 503, Html.page("Too slow", script, "<h1>The store took too long</h1>\n<p>A query of this page ran out of time"
                    + " (30 s). Try again, or ask in the <a href=\"" + Html.CONSOLE + "\">console</a>.</p>\n"));
        }
    }

    /** The path as sent, without the query string, percent-escapes kept (they are part of the IRI). */
    private static String rawPath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private DatasetGraph dataset() {
        DataAccessPoint dap = DataAccessPointRegistry.get(getServletContext()).get(datasetName);
        return dap == null ? null : dap.getDataService().getDataset();
    }

    /** {@code /page?iri=IRI}: the project's IRIs move to their own paths; others are served here. */
    private void oldPage(HttpServletRequest request, HttpServletResponse response, DatasetGraph dsg, Script script, String path)
            throws IOException {
        String iri = request.getParameter("iri");
        if (iri == null && path.startsWith("/page/")) iri = Vocab.BASE + path.substring("/page/".length());
        if (iri == null || !iri.strip().matches("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+")) {
            response.sendError(400, "give the thing as ?iri=IRI, e.g. /page?iri=" + Vocab.ID + "agreement/rcep");
            return;
        }
        iri = iri.strip();
        if (LocalPaths.hasOwnPath(iri)) {
            String format = request.getParameter("format");
            response.setStatus(303);
            response.setHeader("Location", LocalPaths.href(iri) + (format == null ? "" : "?format=" + Html.enc(format)));
            return;
        }
        serve(request, response, dsg, script, iri);
    }

    private void resource(HttpServletRequest request, HttpServletResponse response, DatasetGraph dsg, Script script, String path)
            throws IOException {
        response.setHeader("Vary", "Accept");
        Optional<String> known = Txn.calculateRead(dsg, () -> {
            PageGraph g = new PageGraph(dsg, script);
            return LocalPaths.candidates(path).stream().filter(g::knows).findFirst();
        });
        if (known.isEmpty()) {
            Optional<Representation> r = representation(request);
            if (r.isPresent() && r.get() != Representation.HTML) {
                response.setStatus(404);
                response.setContentType("text/plain; charset=utf-8");
                response.getWriter().write("The graph does not know " + LocalPaths.candidates(path).get(0) + "\n");
            } else {
                notFound(request, response, script, "The graph knows nothing of " + LocalPaths.readable(LocalPaths.candidates(path).get(0)) + ".");
            }
            return;
        }
        serve(request, response, dsg, script, known.get());
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, DatasetGraph dsg, Script script, String iri)
            throws IOException {
        response.setHeader("Vary", "Accept");
        Optional<Representation> chosen = representation(request);
        if (chosen.isEmpty()) {
            response.setStatus(406);
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().write("Available as text/html, text/turtle, application/ld+json, application/n-triples\n");
            return;
        }
        Representation r = chosen.get();
        if (r == Representation.HTML) {
            String page = Txn.calculateRead(dsg, () -> {
                PageGraph g = new PageGraph(dsg, script);
                if (!g.knows(iri)) return null;
                return Kind.of(iri) == Kind.DOCUMENT && !iri.contains("#") ? new DocumentPage(g, iri).render() : new EntityPage(g, iri).render();
            });
            if (page == null) notFound(request, response, script, "The graph knows nothing of " + LocalPaths.readable(iri) + ".");
            else html(request, response, 200, page);
            return;
        }
        Graph graph = Txn.calculateRead(dsg, () -> LinkedData.describe(new PageGraph(dsg, script), iri));
        if (graph.isEmpty()) {
            response.setStatus(404);
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().write("The graph does not know " + iri + "\n");
            return;
        }
        response.setStatus(200);
        response.setContentType(r.mediaType() + (r == Representation.JSONLD ? "" : "; charset=utf-8"));
        if (r == Representation.JSONLD) org.diplokg.server.rdf.JsonLd.write(graph, response.getOutputStream()); // zh-Hans as written
        else RDFDataMgr.write(response.getOutputStream(), graph, r.lang());
    }

    private static Optional<Representation> representation(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null && !format.isBlank()) {
            return Optional.of(Representation.byName(format).orElseThrow(() ->
                    new IllegalArgumentException("unknown format " + format + " (html, turtle, jsonld, ntriples)")));
        }
        return Representation.negotiate(request.getHeader("Accept"));
    }

    private static void html(HttpServletRequest request, HttpServletResponse response, int status, String page) throws IOException {
        page = keepQueryInScriptSwitch(request, page);
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The 繁體/简体 link keeps the page's other parameters (a search's q, a query's values). */
    static String keepQueryInScriptSwitch(HttpServletRequest request, String page) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) return page;
        String rest = java.util.Arrays.stream(query.split("&")).filter(p -> !p.startsWith("script=")).collect(java.util.stream.Collectors.joining("&"));
        if (rest.isEmpty()) return page;
        return page.replace("href=\"?script=hant\"", "href=\"?" + Html.esc(rest) + "&amp;script=hant\"")
                .replace("href=\"?script=hans\"", "href=\"?" + Html.esc(rest) + "&amp;script=hans\"");
    }

    private static void notFound(HttpServletRequest request, HttpServletResponse response, Script script, String message) throws IOException {
        html(request, response, 404, Html.page("Not found", script, "<h1>Not found</h1>\n<p>" + Html.esc(message) + "</p>\n"
                + "<form id=\"search\" action=\"/search\"><input name=\"q\" size=\"40\"> <button>Search</button></form>\n"));
    }
}
