package org.diplokg.server.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Search results: entities and documents whose names match, grouped by kind ({@code section.type-<kind>}), each
 * with its name in the reader's script, the name that matched, and how many documents mention it.
 */
final class SearchPage {
    private SearchPage() {}

    static final int LIMIT = 200;

    static String render(PageGraph g, SearchSource source, String q) {
        String query = q == null ? "" : q.strip();
        StringBuilder b = new StringBuilder();
        b.append("<h1>Search</h1>\n<form id=\"search\" action=\"/search\"><input name=\"q\" size=\"40\" value=\"").append(Html.esc(query))
                .append("\"> <button>Search</button></form>\n");
        if (query.isEmpty()) return Html.page("Search", g.script(), b.toString());
        List<SearchSource.Hit> hits = source.search(g.dataset(), query, LIMIT);
        g.loadNames(hits.stream().map(SearchSource.Hit::iri).toList());
        Map<Kind, List<SearchSource.Hit>> byKind = new EnumMap<>(Kind.class);
        for (SearchSource.Hit h : hits) byKind.computeIfAbsent(Kind.of(h.iri()), k -> new ArrayList<>()).add(h);
        b.append("<p class=\"muted\">").append(hits.size()).append(hits.size() == 1 ? " match" : " matches")
                .append(hits.size() >= LIMIT ? " (the first " + LIMIT + ")" : "").append(" for “").append(Html.esc(query)).append("”.</p>\n");
        // The kinds in order of their most mentioned match (APEC: the organisation before its meetings).
        List<Kind> order = new ArrayList<>(byKind.keySet());
        order.sort(java.util.Comparator.comparingLong((Kind k) -> -byKind.get(k).stream().mapToLong(SearchSource.Hit::documents).max().orElse(0))
                .thenComparing(k -> k));
        for (Kind kind : order) {
            List<SearchSource.Hit> list = byKind.get(kind);
            b.append("<section class=\"type-").append(kind.cssName()).append("\"><h2>").append(heading(kind)).append("</h2>\n<ul class=\"plain\">");
            for (SearchSource.Hit h : list) {
                String name = g.name(h.iri());
                String matched = Labels.tidy(h.matched() == null ? "" : h.matched());
                b.append("<li>").append(Html.link(LocalPaths.href(h.iri()), name, "result"));
                if (!matched.isEmpty() && !matched.equals(name)) b.append(" <span class=\"muted\">(").append(Html.esc(matched)).append(")</span>");
                b.append(" <span class=\"kind\">").append(kind.cssName()).append("</span>");
                if (kind != Kind.DOCUMENT) {
                    b.append(" <span class=\"muted\">").append(h.documents()).append(h.documents() == 1 ? " document" : " documents").append("</span>");
                }
                b.append("</li>\n");
            }
            b.append("</ul></section>\n");
        }
        return Html.page(query + " — search", g.script(), b.toString());
    }

    static String heading(Kind k) {
        return switch (k) {
            case DOCUMENT -> "Documents";
            case MEETING -> "Meetings";
            case SERIES -> "Meeting series";
            case AGREEMENT -> "Agreements";
            case PERSON -> "People";
            case ORGANISATION -> "Organisations";
            case ECONOMY -> "Economies";
            case PLACE -> "Places";
            case WORK -> "Declarations and plans";
            case OFFICE, ROLE -> "Offices";
            case OTHER -> "Other";
        };
    }
}
