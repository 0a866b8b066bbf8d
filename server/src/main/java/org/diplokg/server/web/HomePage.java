package org.diplokg.server.web;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplokg.server.query.NamedQuery;
import org.diplokg.server.query.QueryCatalogue;
import org.diplokg.server.web.PageGraph.Row;

/**
 * The home page: a search box, what the graph holds, the latest meetings, the agreements most mentioned and the
 * named queries. The figures cost scans of the type and mention indexes (the whole store's meetings and
 * agreement mentions: 1.7 s and 0.2 s at 5,000 documents; a FILTER EXISTS with a path inside GRAPH ?doc timed out
 * at 30 s), so they are computed once per change of the store: the key is TDB2's count of write
 * transactions, taken only while no writer is active.
 */
final class HomePage {

    /** What the home page shows, computed together. */
    record Summary(long documents, long meetings, long agreements, long people, long organisations,
                   List<Row> latestMeetings, List<Row> topAgreements) {}

    private record Cached(long writes, Summary summary) {}

    private final QueryCatalogue catalogue;
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    HomePage(QueryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    String render(PageGraph g) {
        Summary s = summary(g);
        StringBuilder b = new StringBuilder();
        b.append("<h1>diplokg</h1>\n<p>Meetings, agreements, people and organisations in Chinese diplomatic and trade news.</p>\n");
        b.append("<form id=\"search\" action=\"/search\"><input name=\"q\" size=\"40\" placeholder=\"RCEP, 区域全面经济伙伴关系协定, 習近平 …\" autofocus>"
                + " <button>Search</button></form>\n");
        b.append("<div class=\"counts\">");
        count(b, s.documents(), "documents");
        count(b, s.meetings(), "meetings");
        count(b, s.agreements(), "agreements");
        count(b, s.people(), "people");
        count(b, s.organisations(), "organisations");
        b.append("</div>\n<p class=\"muted\">Things of each type in the graph, the reference data included.</p>\n");
        List<String> named = new java.util.ArrayList<>(EntityPage.iris(s.latestMeetings(), "m"));
        named.addAll(EntityPage.iris(s.topAgreements(), "a"));
        g.loadNames(named);
        b.append("<h2>Latest meetings</h2>\n<table class=\"latest\">");
        for (Row r : s.latestMeetings()) {
            b.append("<tr><td>").append(Html.esc(Dates.text(r.node("date")))).append("</td><td>").append(g.link(r.iri("m"), "meeting"))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Agreements most mentioned</h2>\n<table class=\"top-agreements\">");
        for (Row r : s.topAgreements()) {
            b.append("<tr><td>").append(g.link(r.iri("a"), "agreement")).append("</td><td class=\"muted\">").append(r.number("n"))
                    .append(r.number("n") == 1 ? " document" : " documents").append("</td></tr>\n");
        }
        b.append("</table>\n");
        b.append("<h2>Named queries</h2>\n").append(QueryPages.list(catalogue.all()));
        b.append("<p>Ask anything else in SPARQL in the <a href=\"").append(Html.CONSOLE).append("\">console</a> (endpoint <code>/kg/query</code>).</p>\n");
        return Html.page("diplokg", g.script(), b.toString());
    }

    private static void count(StringBuilder b, long n, String what) {
        b.append("<div class=\"count ").append(what).append("\">").append(String.format("%,d", n)).append("<span>").append(what).append("</span></div>");
    }

    private Summary summary(PageGraph g) {
        long writes = writes(g.dataset());
        Cached c = cache.get();
        if (writes >= 0 && c != null && c.writes() == writes) return c.summary();
        Summary s = compute(g);
        if (writes >= 0 && writes(g.dataset()) == writes) cache.set(new Cached(writes, s));
        return s;
    }

    /** Write transactions begun so far, or -1 (no cache) when a writer is active or the store is not TDB2. */
    private static long writes(DatasetGraph dsg) {
        try {
            var coordinator = TDBInternal.getTransactionCoordinator(dsg);
            return coordinator.countActiveWriter() > 0 ? -1 : coordinator.countBeginWrite();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static Summary compute(PageGraph g) {
        String today = LocalDate.now().toString();
        List<Row> latest = g.select("""
                SELECT ?m (MAX(STR(?d)) AS ?date) WHERE {
                  { SELECT DISTINCT ?m WHERE { GRAPH ?doc { ?doc schema:about ?m } } }
                  ?m schema:startDate ?d . FILTER(STR(?d) <= "$today")
                } GROUP BY ?m ORDER BY DESC(?date) LIMIT 12
                """.replace("$today", today), null);
        List<Row> top = g.select("""
                SELECT ?a (COUNT(?doc) AS ?n) WHERE { ?a a dkg:Agreement . GRAPH ?doc { ?doc schema:mentions ?a } }
                GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 12
                """, null);
        return new Summary(count(g, "schema:NewsArticle"), count(g, "dkg:Meeting"), count(g, "dkg:Agreement"),
                count(g, "schema:Person"), count(g, "org:FormalOrganization"), latest, top);
    }

    private static long count(PageGraph g, String type) {
        return g.select("SELECT (COUNT(*) AS ?n) WHERE { ?s a " + type + " }", null).get(0).number("n");
    }

    static String queryLink(NamedQuery q) {
        return Html.link("/queries/" + q.name(), q.title(), "query");
    }
}
