package org.diplokg.server.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.diplokg.server.web.PageGraph.Row;

/**
 * A document's page: its provenance (files, format, published date and where it came from), the stored body
 * text with each mention highlighted and linked to its entity, and what was found in it. Every query names the
 * document's own graph.
 */
final class DocumentPage {

    private final PageGraph g;
    private final String iri;

    DocumentPage(PageGraph g, String iri) {
        this.g = g;
        this.iri = iri;
    }

    String render() {
        List<Row> facts = g.select("SELECT ?p ?o WHERE { GRAPH <$iri> { <$iri> ?p ?o } } LIMIT 2000", iri);
        List<Row> software = g.select("SELECT ?v WHERE { GRAPH <$iri> { <$iri> prov:wasGeneratedBy/dkg:softwareVersion ?v } }", iri);
        List<Row> copies = g.select("""
                SELECT DISTINCT ?other WHERE {
                  { <$iri> dkg:sameStoryAs ?other }
                  UNION { <$iri> dkg:sameStoryAs ?first . ?first dkg:sameStoryAs ?other FILTER(?other != <$iri>) }
                } LIMIT 50""", iri); // stored as links to the story's first document: its other copies are one step on
        String title = g.name(iri);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(title)).append("</h1>\n<p><span class=\"kind\">document</span></p>\n");
        b.append("<code class=\"iri\">").append(Html.esc(iri)).append("</code>\n").append(EntityPage.alternates(iri));

        b.append("<h2>Provenance</h2>\n<table class=\"provenance\">");
        row(b, "published", value(facts, "datePublished") + from(facts));
        row(b, "source", link(facts, "url"));
        row(b, "author", value(facts, "author"));
        row(b, "files", values(facts, "sourceFile", "<br>"));
        row(b, "format", value(facts, "format") + (has(facts, "charset") ? " · " + value(facts, "charset") : ""));
        row(b, "sha256", "<code>" + value(facts, "sha256") + "</code>");
        row(b, "extracted", value(facts, "generatedAtTime") + (software.isEmpty() ? "" : " by " + Html.esc(software.get(0).text("v"))));
        if (!copies.isEmpty()) {
            g.loadNames(EntityPage.iris(copies, "other"));
            List<String> cs = new ArrayList<>();
            for (Row r : copies) cs.add(g.link(r.iri("other"), "doc"));
            row(b, "same story as", String.join("<br>", cs));
        }
        b.append("</table>\n");

        text(b);
        found(b, facts);
        return Html.page(title, g.script(), b.toString());
    }

    private void text(StringBuilder b) {
        List<Row> text = g.select("SELECT ?t WHERE { GRAPH <$iri> { ?ctx nif:sourceUrl <$iri> ; nif:isString ?t } } LIMIT 1", iri);
        if (text.isEmpty()) return;
        List<Row> phrases = g.select("""
                SELECT ?ph ?entity WHERE { GRAPH <$iri> { ?ph itsrdf:taIdentRef ?entity } }
                """, iri);
        g.loadNames(EntityPage.iris(phrases, "entity"));
        List<MentionText.Mention> mentions = new ArrayList<>();
        for (Row r : phrases) {
            String entity = r.iri("entity");
            CharOffsets at = CharOffsets.ofIri(r.iri("ph")).orElse(null); // the offsets are the phrase IRI's
            if (entity == null || at == null) continue;
            mentions.add(new MentionText.Mention(at.begin(), at.end(), entity, LocalPaths.href(entity),
                    Kind.of(entity).cssName(), g.name(entity)));
        }
        b.append("<h2>Text</h2>\n<article class=\"text\">").append(MentionText.html(text.get(0).text("t"), mentions)).append("</article>\n");
    }

    /** Meetings reported, statements, offices and every entity mentioned, by kind. */
    private void found(StringBuilder b, List<Row> facts) {
        List<String> about = new ArrayList<>(), inferred = new ArrayList<>(), mentioned = new ArrayList<>();
        for (Row r : facts) {
            String p = EntityPage.local(r.iri("p"));
            if (r.iri("o") == null) continue;
            if (p.equals("about")) about.add(r.iri("o"));
            if (p.equals("inferredAbout")) inferred.add(r.iri("o"));
            if (p.equals("mentions")) mentioned.add(r.iri("o"));
        }
        g.loadNames(mentioned);
        g.loadNames(about);
        g.loadNames(inferred);
        b.append("<h2>Found in it</h2>\n<table class=\"found\">");
        row(b, "reports", links(about, "meeting"));
        row(b, "inferred to be about", links(inferred, "meeting"));
        Map<Kind, List<String>> byKind = new EnumMap<>(Kind.class);
        for (String m : mentioned) byKind.computeIfAbsent(Kind.of(m), k -> new ArrayList<>()).add(m);
        byKind.forEach((k, list) -> row(b, SearchPage.heading(k).toLowerCase(), links(list, k.cssName())));
        b.append("</table>\n");

        List<Row> statements = g.select("""
                SELECT ?st ?agreement ?action ?actor ?date WHERE { GRAPH <$iri> { ?st a dkg:AgreementStatement ; dkg:agreement ?agreement ;
                  dkg:action ?action . OPTIONAL { ?st dkg:actor ?actor } OPTIONAL { ?st dkg:date ?date } } } ORDER BY ?st
                """, iri);
        if (!statements.isEmpty()) {
            b.append("<h3>Agreement statements</h3>\n<ul class=\"statements\">");
            for (Row r : statements) {
                b.append("<li id=\"").append(Html.esc(EntityPage.local(r.iri("st")))).append("\">").append(g.link(r.iri("actor"))).append(' ')
                        .append(Html.esc(EntityPage.actionText(r.iri("action")))).append(' ').append(g.link(r.iri("agreement"), "agreement"))
                        .append(r.has("date") ? " <span class=\"muted\">" + Html.esc(Dates.text(r.node("date"))) + "</span>" : "").append("</li>\n");
            }
            b.append("</ul>\n");
        }
        List<Row> offices = g.select("""
                SELECT ?ms ?person ?label WHERE { GRAPH <$iri> { ?ms org:member ?person . OPTIONAL { ?ms rdfs:label ?label } } } ORDER BY ?ms
                """, iri);
        if (!offices.isEmpty()) {
            b.append("<h3>Titles stated</h3>\n<ul class=\"offices\">");
            for (Row r : offices) {
                b.append("<li id=\"").append(Html.esc(EntityPage.local(r.iri("ms")))).append("\">").append(Html.esc(r.text("label")))
                        .append(' ').append(g.link(r.iri("person"), "person")).append("</li>\n");
            }
            b.append("</ul>\n");
        }
    }

    private String links(List<String> iris, String cssClass) {
        List<String> out = new ArrayList<>();
        for (String i : iris) out.add(g.link(i, cssClass));
        return String.join(" · ", out);
    }

    private static String value(List<Row> facts, String local) {
        for (Row r : facts) {
            if (EntityPage.local(r.iri("p")).equals(local)) {
                return Html.esc(local.startsWith("date") ? Dates.text(r.node("o")) : r.text("o"));
            }
        }
        return "";
    }

    private static String values(List<Row> facts, String local, String separator) {
        List<String> out = new ArrayList<>();
        for (Row r : facts) if (EntityPage.local(r.iri("p")).equals(local)) out.add(Html.esc(r.text("o")));
        out.sort(null);
        return String.join(separator, out);
    }

    private static String from(List<Row> facts) {
        String f = value(facts, "publishedFrom");
        return f.isEmpty() ? "" : " <span class=\"muted\">(from the " + f + ")</span>";
    }

    /** The page the document came from: a link the reader may follow (the server never fetches it). */
    private static String link(List<Row> facts, String local) {
        for (Row r : facts) {
            if (EntityPage.local(r.iri("p")).equals(local)) {
                String u = r.text("o");
                if (u != null && u.matches("https?://\\S+")) return "<a rel=\"noreferrer nofollow\" href=\"" + Html.esc(u) + "\">" + Html.esc(u) + "</a>";
                return Html.esc(u);
            }
        }
        return "";
    }

    private static boolean has(List<Row> facts, String local) {
        return facts.stream().anyMatch(r -> EntityPage.local(r.iri("p")).equals(local));
    }

    private static void row(StringBuilder out, String label, String html) {
        if (html == null || html.isBlank()) return;
        out.append("<tr><th>").append(Html.esc(label)).append("</th><td>").append(html).append("</td></tr>\n");
    }
}
