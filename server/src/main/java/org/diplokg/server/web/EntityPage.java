package org.diplokg.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.server.rdf.Prefixes;
import org.diplokg.server.web.PageGraph.Row;
import org.diplokg.server.web.svg.NeighbourhoodSvg;
import org.diplokg.server.web.svg.TimelineSvg;

/**
 * The page of one entity: its name in the reader's script, the IRI once, then what its kind calls for
 * (an agreement's parties and status timeline, a meeting's date, place, people and agreements, a person's
 * offices and meetings …), the documents that mention it and the words around each mention. Each section is
 * one query with the entity bound.
 */
final class EntityPage {

    static final int ROWS = 200;
    private static final org.apache.jena.shared.PrefixMapping SHORT = Prefixes.prefixMapping();

    private final PageGraph g;
    private final String iri;
    private final Kind kind;
    private final StringBuilder body = new StringBuilder();
    private final List<TimelineSvg.Event> timeline = new ArrayList<>();
    private final List<NeighbourhoodSvg.Edge> edges = new ArrayList<>();

    EntityPage(PageGraph g, String iri) {
        this.g = g;
        this.iri = iri;
        this.kind = Kind.of(iri);
    }

    String render() {
        String name = g.name(iri);
        StringBuilder sections = new StringBuilder();
        switch (kind) {
            case AGREEMENT -> agreement(sections);
            case MEETING -> meeting(sections);
            case PERSON -> person(sections);
            case ORGANISATION, ECONOMY -> organisation(sections);
            case SERIES -> series(sections);
            default -> { }
        }
        body.append("<h1>").append(Html.esc(name)).append("</h1>\n");
        body.append("<p><span class=\"kind\">").append(kind.cssName()).append("</span> ")
                .append(names()).append("</p>\n");
        body.append("<code class=\"iri\">").append(Html.esc(iri)).append("</code>\n");
        body.append(alternates(iri));
        if (!timeline.isEmpty()) body.append("<h2>Timeline</h2>\n").append(TimelineSvg.render(timeline)).append('\n');
        body.append(sections);
        if (!edges.isEmpty()) {
            NeighbourhoodSvg.Node centre = new NeighbourhoodSvg.Node(name, LocalPaths.href(iri), kind.pictureKind());
            List<NeighbourhoodSvg.Edge> drawn = new ArrayList<>();
            for (NeighbourhoodSvg.Edge e : edges) {
                drawn.add(new NeighbourhoodSvg.Edge(centre, e.to(), e.label()));
                if (drawn.size() == 24) break; // a readable picture; the tables list them all
            }
            body.append("<h2>Neighbourhood</h2>\n").append(NeighbourhoodSvg.render(centre, drawn)).append('\n');
        }
        documents();
        mentions();
        allStatements();
        return Html.page(name, g.script(), body.toString());
    }

    /** Links to the same IRI in the linked-data forms. */
    static String alternates(String iri) {
        String href = LocalPaths.href(iri);
        String sep = href.contains("?") ? "&" : "?";
        return "<p class=\"muted\">as " + Html.link(href + sep + "format=turtle", "Turtle", "alt")
                + " · " + Html.link(href + sep + "format=jsonld", "JSON-LD", "alt")
                + " · " + Html.link(href + sep + "format=ntriples", "N-Triples", "alt") + "</p>\n";
    }

    /** Other names: every preferred label, acronym and alias, once each. */
    private String names() {
        Set<String> seen = new LinkedHashSet<>();
        for (Row r : g.select("SELECT ?l WHERE { <$iri> skos:prefLabel|dkg:acronym|skos:altLabel ?l } LIMIT 40", iri)) {
            if (Labels.otherScript(r.lang("l"), g.script())) continue; // 區域全面經濟夥伴關係協定 only for a traditional reader
            seen.add(Labels.tidy(r.text("l")));
        }
        seen.remove(g.name(iri));
        return seen.isEmpty() ? "" : "<span class=\"aliases\">" + Html.esc(String.join(" · ", seen)) + "</span>";
    }

    private void edge(String other, String label) {
        if (other == null) return;
        edges.add(new NeighbourhoodSvg.Edge(null, new NeighbourhoodSvg.Node(g.name(other), LocalPaths.href(other),
                Kind.of(other).pictureKind()), label));
    }

    private void event(org.apache.jena.graph.Node date, String label, String href, String eventKind) {
        Dates.of(date).map(p -> new TimelineSvg.Event(p.date(), p.precision(), label, href, eventKind))
                // two documents stating the same signing: one mark (linked to the first)
                .filter(e -> timeline.stream().noneMatch(t -> t.date().equals(e.date()) && t.datePrecision().equals(e.datePrecision())
                        && t.label().equals(e.label()) && t.kind().equals(e.kind())))
                .ifPresent(timeline::add);
    }

    // ---- agreements

    private void agreement(StringBuilder out) {
        List<Row> facts = g.select("""
                SELECT ?p ?o WHERE { <$iri> ?p ?o VALUES ?p { dkg:party dkg:signedOn dkg:inForceOn dkg:version dkg:upgradeOf } }
                """, iri);
        List<Row> upgrades = g.select("SELECT ?u WHERE { ?u dkg:upgradeOf <$iri> } LIMIT 50", iri);
        g.loadNames(iris(facts, "o"));
        out.append("<h2>About</h2>\n<table class=\"facts\">");
        row(out, "parties", join(facts, "party"));
        row(out, "version", textOf(facts, "version"));
        row(out, "upgrade of", join(facts, "upgradeOf"));
        row(out, "upgraded by", links(upgrades, "u", null));
        for (Row r : facts) {
            String p = local(r.iri("p"));
            if (p.equals("signedOn")) { row(out, "signed", Html.esc(Dates.text(r.node("o")))); event(r.node("o"), "signed", null, "signed"); }
            if (p.equals("inForceOn")) { row(out, "in force", Html.esc(Dates.text(r.node("o")))); event(r.node("o"), "entered into force", null, "in-force"); }
            if (p.equals("party")) edge(r.iri("o"), "party");
            if (p.equals("upgradeOf")) edge(r.iri("o"), "upgrade of");
        }
        out.append("</table>\n");

        List<Row> statements = g.select("""
                SELECT ?st ?action ?actor ?date ?doc WHERE {
                  { SELECT ?st WHERE { ?st dkg:agreement <$iri> } LIMIT 300 }
                  ?st dkg:action ?action .
                  OPTIONAL { ?st dkg:actor ?actor } OPTIONAL { ?st dkg:date ?date } OPTIONAL { ?st prov:wasDerivedFrom ?doc }
                } ORDER BY DESC(STR(?date))
                """, iri);
        List<String> named = new ArrayList<>(iris(statements, "actor"));
        named.addAll(iris(statements, "doc"));
        g.loadNames(named);
        if (!statements.isEmpty()) {
            out.append("<h2>Status statements</h2>\n<table class=\"statements\"><tr><th>date</th><th>who</th><th>what</th><th>stated by</th></tr>\n");
            for (Row r : statements) {
                String action = actionText(r.iri("action"));
                out.append("<tr><td>").append(Html.esc(Dates.text(r.node("date")))).append("</td><td>").append(g.link(r.iri("actor")))
                        .append("</td><td>").append(Html.esc(action)).append("</td><td>")
                        .append(r.iri("doc") == null ? "" : g.link(r.iri("doc"), "doc")).append("</td></tr>\n");
                String who = r.iri("actor") == null ? "" : g.name(r.iri("actor")) + " ";
                event(r.node("date"), who + action, r.iri("doc") == null ? null : LocalPaths.href(r.iri("doc")), actionKind(r.iri("action")));
            }
            out.append("</table>\n");
        }
        meetingsTable(out, "Meetings that mentioned it", "?m dkg:mentionsAgreement <$iri>", "mentioned it", true);
    }

    static String actionText(String action) {
        if (action == null) return "";
        return switch (local(action)) {
            case "LaunchedNegotiations" -> "launched negotiations";
            case "ConcludedNegotiations" -> "concluded negotiations";
            case "Signed" -> "signed";
            case "Ratified" -> "ratified";
            case "EnteredIntoForce" -> "entered into force";
            case "AppliedToJoin" -> "applied to join";
            case "Acceded" -> "acceded";
            case "Upgraded" -> "upgraded";
            case "Withdrew" -> "withdrew";
            default -> local(action);
        };
    }

    private static String actionKind(String action) {
        return switch (action == null ? "" : local(action)) {
            case "AppliedToJoin" -> "applied";
            case "EnteredIntoForce" -> "in-force";
            case "Signed" -> "signed";
            case "Upgraded" -> "upgraded";
            default -> "statement";
        };
    }

    /** Meetings found by {@code pattern} (binding ?m), with their dates, newest first; on the timeline too. */
    private void meetingsTable(StringBuilder out, String heading, String pattern, String edgeLabel, boolean onTimeline) {
        List<Row> meetings = g.select("SELECT ?m (SAMPLE(?d) AS ?date) WHERE { { SELECT DISTINCT ?m WHERE { " + pattern
                + " } LIMIT " + ROWS + " } OPTIONAL { ?m schema:startDate ?d } } GROUP BY ?m ORDER BY DESC(STR(?date))", iri);
        if (meetings.isEmpty()) return;
        g.loadNames(iris(meetings, "m"));
        out.append("<h2>").append(Html.esc(heading)).append("</h2>\n<table class=\"meetings\">");
        for (Row r : meetings) {
            out.append("<tr><td>").append(Html.esc(Dates.text(r.node("date")))).append("</td><td>").append(g.link(r.iri("m"), "meeting"))
                    .append("</td></tr>\n");
            if (onTimeline) event(r.node("date"), g.name(r.iri("m")), LocalPaths.href(r.iri("m")), "meeting");
            if (edges.size() < 40) edge(r.iri("m"), edgeLabel);
        }
        out.append("</table>\n");
    }

    // ---- meetings

    private void meeting(StringBuilder out) {
        List<Row> facts = g.select("""
                SELECT ?p ?o WHERE { <$iri> ?p ?o VALUES ?p { schema:name schema:startDate schema:endDate schema:location dkg:hostEconomy
                  schema:superEvent dkg:ordinal dkg:chair schema:attendee dkg:mentionsAgreement dkg:adopted dkg:theme
                  schema:eventAttendanceMode schema:eventStatus } } LIMIT 1000
                """, iri);
        g.loadNames(iris(facts, "o"));
        out.append("<h2>About</h2>\n<table class=\"facts\">");
        row(out, "names", textOf(facts, "name"));
        String start = datesOf(facts, "startDate"), end = datesOf(facts, "endDate");
        row(out, "date", start + (end.isEmpty() || end.equals(start) ? "" : " – " + end));
        row(out, "place", join(facts, "location"));
        row(out, "host", join(facts, "hostEconomy"));
        row(out, "series", join(facts, "superEvent"));
        row(out, "ordinal", textOf(facts, "ordinal"));
        row(out, "chair", join(facts, "chair"));
        row(out, "participants", join(facts, "attendee"));
        row(out, "agreements", join(facts, "mentionsAgreement"));
        row(out, "adopted", join(facts, "adopted"));
        row(out, "theme", textOf(facts, "theme"));
        for (Row r : facts) {
            String p = local(r.iri("p")), o = r.iri("o");
            if (p.equals("eventAttendanceMode") && o != null && o.endsWith("OnlineEventAttendanceMode")) row(out, "attendance", "by video");
            if (p.equals("eventStatus") && o != null && o.endsWith("EventScheduled")) row(out, "status", "announced (scheduled)");
            switch (p) {
                case "chair" -> edge(o, "chair");
                case "attendee" -> edge(o, "attended");
                case "mentionsAgreement" -> edge(o, "agreement");
                case "location" -> edge(o, "place");
                case "superEvent" -> edge(o, "series");
                default -> { }
            }
        }
        out.append("</table>\n");
        List<Row> reporting = g.select("""
                SELECT DISTINCT ?doc ?how WHERE { { SELECT ?doc ?how WHERE {
                  { GRAPH ?doc { ?doc schema:about <$iri> } BIND("reports it" AS ?how) }
                  UNION { GRAPH ?doc { ?doc dkg:inferredAbout <$iri> } BIND("inferred from its date and series" AS ?how) }
                } LIMIT 200 } }
                """, iri);
        if (!reporting.isEmpty()) {
            g.loadNames(iris(reporting, "doc"));
            out.append("<h2>Documents reporting it</h2>\n<ul>");
            for (Row r : reporting) {
                out.append("<li>").append(g.link(r.iri("doc"), "doc")).append(" <span class=\"muted\">").append(Html.esc(r.text("how")))
                        .append("</span></li>\n");
            }
            out.append("</ul>\n");
        }
        for (Row r : facts) {
            if (local(r.iri("p")).equals("superEvent") && r.iri("o") != null) {
                String series = r.iri("o");
                List<Row> others = g.select("SELECT ?m (SAMPLE(?d) AS ?date) WHERE { { SELECT DISTINCT ?m WHERE { ?m schema:superEvent <$iri> } LIMIT "
                        + ROWS + " } OPTIONAL { ?m schema:startDate ?d } } GROUP BY ?m ORDER BY (!BOUND(?date)) STR(?date)", series);
                g.loadNames(iris(others, "m"));
                out.append("<h2>Other meetings of ").append(g.link(series)).append("</h2>\n<table class=\"series\">");
                for (Row o : others) {
                    if (iri.equals(o.iri("m"))) continue;
                    out.append("<tr><td>").append(Html.esc(Dates.text(o.node("date")))).append("</td><td>")
                            .append(g.link(o.iri("m"), "meeting")).append("</td></tr>\n");
                }
                out.append("</table>\n");
            }
        }
    }

    // ---- people

    private void person(StringBuilder out) {
        List<Row> titles = g.select("SELECT DISTINCT ?t WHERE { <$iri> schema:jobTitle ?t } LIMIT 40", iri);
        List<Row> offices = g.select("""
                SELECT ?ms ?role ?org ?title ?start ?end ?doc WHERE {
                  { SELECT ?ms WHERE { ?ms org:member <$iri> } LIMIT 300 }
                  OPTIONAL { ?ms org:role ?role } OPTIONAL { ?ms org:organization ?org } OPTIONAL { ?ms schema:jobTitle ?title }
                  OPTIONAL { ?ms schema:startDate ?start } OPTIONAL { ?ms schema:endDate ?end } OPTIONAL { ?ms prov:wasDerivedFrom ?doc }
                } ORDER BY STR(?start)
                """, iri);
        List<String> named = new ArrayList<>(iris(offices, "role"));
        named.addAll(iris(offices, "org"));
        g.loadNames(named);
        if (!titles.isEmpty()) {
            List<String> ts = new ArrayList<>();
            for (Row r : titles) ts.add(Html.esc(r.text("t")));
            out.append("<p>Titles as written: ").append(String.join(" · ", ts)).append("</p>\n");
        }
        List<Row> held = offices.stream().filter(r -> r.iri("doc") == null).toList();
        if (!held.isEmpty()) {
            out.append("<h2>Offices</h2>\n<table class=\"offices\"><tr><th>from</th><th>to</th><th>office</th><th>of</th></tr>\n");
            for (Row r : held) {
                String office = r.iri("role") != null ? g.link(r.iri("role")) : Html.esc(r.text("title"));
                out.append("<tr><td>").append(Html.esc(Dates.text(r.node("start")))).append("</td><td>").append(Html.esc(Dates.text(r.node("end"))))
                        .append("</td><td>").append(office).append("</td><td>").append(g.link(r.iri("org"))).append("</td></tr>\n");
                String label = (r.iri("role") != null ? g.name(r.iri("role")) : r.text("title") == null ? "office" : r.text("title"))
                        + (r.iri("org") != null ? " · " + g.name(r.iri("org")) : "");
                event(r.node("start"), label, null, "office");
                if (r.iri("org") != null) edge(r.iri("org"), "office");
            }
            out.append("</table>\n");
        }
        Map<String, Integer> stated = new LinkedHashMap<>();
        for (Row r : offices) {
            if (r.iri("doc") == null) continue;
            String t = (r.iri("org") != null ? g.name(r.iri("org")) + " " : "") + (r.text("title") == null ? "" : r.text("title"));
            stated.merge(t.strip(), 1, Integer::sum);
        }
        if (!stated.isEmpty()) {
            out.append("<h2>Offices as documents state them</h2>\n<ul>");
            stated.forEach((t, n) -> out.append("<li>").append(Html.esc(t)).append(" <span class=\"muted\">(")
                    .append(n).append(n == 1 ? " document" : " documents").append(")</span></li>\n"));
            out.append("</ul>\n");
        }
        meetingsTable(out, "Meetings chaired", "?m dkg:chair <$iri>", "chaired", true);
        meetingsTable(out, "Meetings attended", "?m schema:attendee <$iri>", "attended", true);
    }

    // ---- organisations and economies

    private void organisation(StringBuilder out) {
        List<Row> facts = g.select("""
                SELECT ?p ?o WHERE { <$iri> ?p ?o VALUES ?p { org:subOrganizationOf org:memberOf dkg:isoCode } } LIMIT 200
                """, iri);
        g.loadNames(iris(facts, "o"));
        out.append("<h2>About</h2>\n<table class=\"facts\">");
        row(out, "part of", join(facts, "subOrganizationOf"));
        row(out, "member of", join(facts, "memberOf"));
        row(out, "code", textOf(facts, "isoCode"));
        for (Row r : facts) if (r.iri("o") != null) edge(r.iri("o"), local(r.iri("p")));
        List<Row> parts = g.select("SELECT ?s WHERE { ?s org:subOrganizationOf <$iri> } LIMIT 100", iri);
        row(out, "parts", links(parts, "s", null));
        List<Row> agreements = g.select("SELECT ?a WHERE { ?a dkg:party <$iri> } LIMIT 200", iri);
        row(out, "party to", links(agreements, "a", "party to"));
        List<Row> series = g.select("SELECT ?s WHERE { ?s dkg:organisedBy <$iri> } LIMIT 100", iri);
        row(out, "organises", links(series, "s", null));
        out.append("</table>\n");

        List<Row> people = g.select("""
                SELECT ?p ?role ?title ?start ?end WHERE { { SELECT ?ms WHERE { ?ms org:organization <$iri> } LIMIT 300 }
                  ?ms org:member ?p . OPTIONAL { ?ms org:role ?role } OPTIONAL { ?ms schema:jobTitle ?title }
                  OPTIONAL { ?ms schema:startDate ?start } OPTIONAL { ?ms schema:endDate ?end } } ORDER BY DESC(STR(?start))
                """, iri);
        if (!people.isEmpty()) {
            List<String> named = new ArrayList<>(iris(people, "p"));
            named.addAll(iris(people, "role"));
            g.loadNames(named);
            Set<String> seen = new LinkedHashSet<>();
            out.append("<h2>People in office</h2>\n<table class=\"people\">");
            for (Row r : people) {
                String office = r.iri("role") != null ? g.name(r.iri("role")) : r.text("title") == null ? "" : r.text("title");
                String dates = Dates.text(r.node("start")) + (r.has("end") ? " – " + Dates.text(r.node("end")) : r.has("start") ? " –" : "");
                if (!seen.add(r.iri("p") + "|" + office + "|" + dates)) continue;
                out.append("<tr><td>").append(g.link(r.iri("p"), "person")).append("</td><td>").append(Html.esc(office)).append("</td><td>")
                        .append(Html.esc(dates)).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        List<Row> statements = g.select("""
                SELECT ?agreement ?action ?date ?doc WHERE { { SELECT ?st WHERE { ?st dkg:actor <$iri> } LIMIT 200 }
                  ?st dkg:agreement ?agreement ; dkg:action ?action . OPTIONAL { ?st dkg:date ?date } OPTIONAL { ?st prov:wasDerivedFrom ?doc }
                } ORDER BY DESC(STR(?date))
                """, iri);
        if (!statements.isEmpty()) {
            List<String> named = new ArrayList<>(iris(statements, "agreement"));
            named.addAll(iris(statements, "doc"));
            g.loadNames(named);
            out.append("<h2>Agreement statements</h2>\n<table class=\"statements\">");
            for (Row r : statements) {
                out.append("<tr><td>").append(Html.esc(Dates.text(r.node("date")))).append("</td><td>").append(Html.esc(actionText(r.iri("action"))))
                        .append("</td><td>").append(g.link(r.iri("agreement"))).append("</td><td>")
                        .append(r.iri("doc") == null ? "" : g.link(r.iri("doc"), "doc")).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        meetingsTable(out, "Meetings hosted", "?m dkg:hostEconomy <$iri>", "host", false);
    }

    // ---- series

    private void series(StringBuilder out) {
        List<Row> by = g.select("SELECT ?o WHERE { <$iri> dkg:organisedBy ?o }", iri);
        String organisers = links(by, "o", "organised by");
        if (!organisers.isEmpty()) out.append("<p>Organised by ").append(organisers).append("</p>\n");
        meetingsTable(out, "Meetings of the series", "?m schema:superEvent <$iri>", "meeting", true);
    }

    // ---- every entity

    private void documents() {
        long count = g.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?doc { ?doc schema:mentions <$iri> } }", iri).get(0).number("n");
        if (count == 0) return;
        List<Row> docs = g.select("""
                SELECT ?doc ?date WHERE { { SELECT ?doc WHERE { GRAPH ?doc { ?doc schema:mentions <$iri> } } LIMIT 100 }
                  OPTIONAL { ?doc schema:datePublished ?date } } ORDER BY DESC(STR(?date))
                """, iri);
        g.loadNames(iris(docs, "doc"));
        body.append("<h2>Documents mentioning it <span class=\"muted\">(").append(count).append(")</span></h2>\n<table class=\"documents\">");
        for (Row r : docs) {
            body.append("<tr><td>").append(Html.esc(Dates.text(r.node("date")))).append("</td><td>").append(g.link(r.iri("doc"), "doc"))
                    .append("</td></tr>\n");
        }
        body.append("</table>\n");
        if (count > docs.size()) body.append("<p class=\"muted\">The first ").append(docs.size()).append(" are listed.</p>\n");
    }

    private void mentions() {
        List<Row> rows = g.select("""
                SELECT ?doc ?m ?text ?whole WHERE { GRAPH ?doc { ?m itsrdf:taIdentRef <$iri> ; nif:anchorOf ?text .
                  ?ctx nif:sourceUrl ?doc ; nif:isString ?whole } } LIMIT 40
                """, iri);
        if (rows.isEmpty()) return;
        g.loadNames(iris(rows, "doc"));
        body.append("<h2>Where documents mention it</h2>\n<table class=\"mentions\"><tr><th>document</th><th>as written</th><th>offsets</th><th>words around</th></tr>\n");
        for (Row r : rows) {
            CharOffsets at = CharOffsets.ofIri(r.iri("m")).orElse(null); // the offsets are the phrase IRI's
            if (at == null) continue;
            int b = at.begin(), e = at.end();
            body.append("<tr><td>").append(g.link(r.iri("doc"), "doc")).append("</td><td>").append(Html.esc(r.text("text")))
                    .append("</td><td>").append(b).append("–").append(e).append("</td><td>")
                    .append(Html.esc(MentionText.snippet(r.text("whole"), b, e))).append("</td></tr>\n");
        }
        body.append("</table>\n");
    }

    /** Everything said about it, for completeness (folded). */
    private void allStatements() {
        List<Row> rows = g.select("SELECT DISTINCT ?p ?o WHERE { <$iri> ?p ?o } ORDER BY ?p ?o LIMIT 300", iri);
        if (rows.isEmpty()) return;
        g.loadNames(iris(rows, "o"));
        body.append("<details><summary>All statements about it</summary><table class=\"all\">");
        for (Row r : rows) {
            String o = r.iri("o") != null ? g.link(r.iri("o")) : Html.esc(shorten(r.text("o")))
                    + (r.lang("o").isEmpty() ? "" : " <span class=\"muted\">@" + Html.esc(r.lang("o")) + "</span>");
            body.append("<tr><th>").append(Html.esc(SHORT.shortForm(r.iri("p")))).append("</th><td>").append(o).append("</td></tr>\n");
        }
        body.append("</table></details>\n");
    }

    // ---- helpers

    /** The entities in {@code var} as linked names joined by " · ", each also an edge of the picture when labelled. */
    private String links(List<Row> rows, String var, String edgeLabel) {
        g.loadNames(iris(rows, var));
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(g.link(r.iri(var)));
            if (edgeLabel != null) edge(r.iri(var), edgeLabel);
        }
        return String.join(" · ", out);
    }

    static List<String> iris(List<Row> rows, String var) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) if (r.iri(var) != null) out.add(r.iri(var));
        return out;
    }

    static String local(String iri) {
        if (iri == null) return "";
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    private String join(List<Row> facts, String predicateLocal) {
        List<String> out = new ArrayList<>();
        for (Row r : facts) if (local(r.iri("p")).equals(predicateLocal) && r.iri("o") != null) out.add(g.link(r.iri("o"), Kind.of(r.iri("o")).cssName()));
        return String.join(" · ", out);
    }

    private static String textOf(List<Row> facts, String predicateLocal) {
        Set<String> out = new LinkedHashSet<>();
        for (Row r : facts) if (local(r.iri("p")).equals(predicateLocal) && r.iri("o") == null) out.add(r.text("o"));
        return Html.esc(String.join(" · ", out));
    }

    private static String datesOf(List<Row> facts, String predicateLocal) {
        Set<String> out = new LinkedHashSet<>();
        facts.stream().filter(r -> local(r.iri("p")).equals(predicateLocal)).map(r -> Dates.text(r.node("o")))
                .sorted(Comparator.naturalOrder()).forEach(out::add);
        return Html.esc(String.join(" / ", out));
    }

    private static boolean has(List<Row> facts, String predicateLocal) {
        return facts.stream().anyMatch(r -> local(r.iri("p")).equals(predicateLocal));
    }

    private static void row(StringBuilder out, String label, String html) {
        if (html == null || html.isBlank()) return;
        out.append("<tr><th>").append(Html.esc(label)).append("</th><td>").append(html).append("</td></tr>\n");
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    static boolean isOwn(String iri) {
        return iri.startsWith(Vocab.BASE);
    }
}
