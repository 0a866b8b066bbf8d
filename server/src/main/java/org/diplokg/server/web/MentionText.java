package org.diplokg.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A document's text as HTML with each mention a link. Mentions nest (a meeting phrase 王毅在北京会见…蒙卡达
 * holds the people and the place in it), and links cannot: the text is cut at every mention boundary and each
 * piece links to the shortest mention covering it, so the people inside a meeting phrase keep their own links.
 */
final class MentionText {
    private MentionText() {}

    /** A phrase: offsets in UTF-16 code units of the text, end exclusive, and the entity it names. */
    record Mention(int begin, int end, String entity, String href, String kind, String title) {}

    static String html(String text, List<Mention> mentions) {
        List<Mention> valid = new ArrayList<>();
        for (Mention m : mentions) if (m.begin() >= 0 && m.end() <= text.length() && m.begin() < m.end()) valid.add(m);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mention m : valid) {
            cuts.add(m.begin());
            cuts.add(m.end());
        }
        StringBuilder out = new StringBuilder(text.length() * 2);
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            Mention inner = null;
            for (Mention m : valid) {
                if (m.begin() <= from && m.end() >= to && (inner == null || m.end() - m.begin() < inner.end() - inner.begin())) inner = m;
            }
            String piece = Html.esc(text.substring(from, to));
            if (inner == null) {
                out.append(piece);
            } else {
                out.append("<a class=\"mention ").append(inner.kind()).append("\" href=\"").append(Html.esc(inner.href()))
                        .append("\" title=\"").append(Html.esc(inner.title())).append("\" data-begin=\"").append(inner.begin())
                        .append("\">").append(piece).append("</a>");
            }
        }
        return out.toString();
    }

    /** The words around a mention, within its paragraph, for the tables of mentions on entity pages. */
    static String snippet(String text, int begin, int end) {
        if (begin < 0 || end > text.length() || begin > end) return "";
        int from = Math.max(0, begin - 40), to = Math.min(text.length(), end + 40);
        for (int i = begin - 1; i >= from; i--) if (text.charAt(i) == '\n') { from = i + 1; break; }
        for (int i = end; i < to; i++) if (text.charAt(i) == '\n') { to = i; break; }
        return (from > 0 && text.charAt(from - 1) != '\n' ? "…" : "") + text.substring(from, to)
                + (to < text.length() && text.charAt(to) != '\n' ? "…" : "");
    }
}
