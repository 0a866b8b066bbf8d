package org.diplokg.server.web.svg;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A dated timeline as an SVG string, drawn on the server. Stub for the web pages until the renderer of the
 * web-kit branch is merged; the contract ({@link #render}, {@link Event}) is the one both sides use.
 */
public final class TimelineSvg {
    private TimelineSvg() {}

    /**
     * @param datePrecision day, month or year: how much of {@code date} the source states
     * @param href          a local page, or null
     * @param kind          what happened (meeting, applied, signed, in-force, office …), used as a CSS class
     */
    public record Event(LocalDate date, String datePrecision, String label, String href, String kind) {}

    public static String render(List<Event> events) {
        List<Event> sorted = events.stream().filter(e -> e.date() != null).sorted(Comparator.comparing(Event::date)).toList();
        int rowHeight = 22, height = Math.max(1, sorted.size()) * rowHeight + 10;
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' class='timeline' width='640' height='"
                + height + "' role='img' aria-label='timeline'>");
        svg.append("<line x1='96' y1='4' x2='96' y2='").append(height - 4).append("' stroke='#888'/>");
        int y = 18;
        for (Event e : sorted) {
            String date = switch (e.datePrecision() == null ? "day" : e.datePrecision()) {
                case "year" -> String.valueOf(e.date().getYear());
                case "month" -> e.date().toString().substring(0, 7);
                default -> e.date().toString();
            };
            svg.append("<g class='event ").append(esc(e.kind())).append("'>");
            svg.append("<text x='88' y='").append(y).append("' text-anchor='end' font-size='12'>").append(date).append("</text>");
            svg.append("<circle cx='96' cy='").append(y - 4).append("' r='4' fill='#36c'/>");
            String text = "<text x='106' y='" + y + "' font-size='13'>" + esc(e.label()) + "</text>";
            svg.append(e.href() == null ? text : "<a href='" + esc(e.href()) + "'>" + text + "</a>").append("</g>");
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }
}
