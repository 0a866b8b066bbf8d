package org.diplokg.server.web.svg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A timeline as SVG, drawn on the server: a dated axis with year ticks and one mark per event, each a link. An event
 * known to the day is a dot; one known to the month or the year is a hollow span over that month or year. Labels
 * hang below the axis in as many rows as it takes for none to overlap another. At most {@link #MAX_SHOWN} events are
 * drawn (the latest); the rest are counted ("+N more"). Pure function of its input.
 */
public final class TimelineSvg {

    /** A dated thing to show. {@code datePrecision} is {@code day}, {@code month} or {@code year}; {@code href} may be null. */
    public record Event(LocalDate date, String datePrecision, String label, String href, String kind) {}

    /** 40 labelled events need about 12 rows when they crowd into two years: taller than that stops being a picture. */
    static final int MAX_SHOWN = 40;

    static final int WIDTH = 960;
    private static final int MARGIN = 24;
    private static final int AXIS_Y = 44;
    private static final int FIRST_ROW = AXIS_Y + 22;
    static final int ROW_HEIGHT = 34;
    static final double LABEL_SIZE = 12;
    static final double DATE_SIZE = 10;
    private static final double MAX_LABEL_WIDTH = 190;
    private static final double GAP = 8;

    private TimelineSvg() {}

    public static String render(List<Event> events) {
        List<Event> dated = events == null ? List.of()
                : events.stream().filter(Objects::nonNull).filter(e -> e.date() != null).toList();
        int undated = events == null ? 0 : (int) events.stream().filter(e -> e == null || e.date() == null).count();
        if (dated.isEmpty()) return empty(undated);
        List<Event> sorted = new ArrayList<>(dated);
        sorted.sort(Comparator.comparing(Event::date).thenComparing(e -> Objects.toString(e.label(), "")));
        int hidden = Math.max(0, sorted.size() - MAX_SHOWN);
        List<Event> shown = sorted.subList(hidden, sorted.size());
        Layout layout = layout(shown);

        int height = FIRST_ROW + layout.rows() * ROW_HEIGHT + 8;
        StringBuilder sb = new StringBuilder(4096 + shown.size() * 600);
        open(sb, height, shown.size() + hidden);
        axis(sb, layout);
        if (hidden > 0 || undated > 0) {
            String note = (hidden > 0 ? "+" + hidden + " more (earlier, not shown)" : "")
                    + (hidden > 0 && undated > 0 ? "; " : "") + (undated > 0 ? undated + " undated" : "");
            sb.append("<text class=\"more\" x=\"").append(WIDTH - MARGIN).append("\" y=\"14\" text-anchor=\"end\" font-size=\"11\" fill=\"#555\">")
                    .append(Svg.esc(note)).append("</text>");
        }
        sb.append("<g class=\"events\">");
        for (Placed p : layout.placed()) event(sb, p);
        sb.append("</g></svg>");
        return sb.toString();
    }

    /** Where one event and its label went. */
    record Placed(Event event, double x0, double x1, String date, String label, Svg.Box box, boolean anchorEnd, int row) {}

    record Layout(List<Placed> placed, int rows, int fromYear, int toYear) {
        double x(LocalDate d) {
            return TimelineSvg.x(d, fromYear, toYear);
        }
    }

    /** Positions marks on the axis and labels in rows; labels in one row never overlap (estimated widths). */
    static Layout layout(List<Event> shown) {
        int from = shown.stream().mapToInt(e -> e.date().getYear()).min().orElseThrow();
        int to = shown.stream().mapToInt(e -> end(e).getYear() + (end(e).getDayOfYear() == 1 ? 0 : 1)).max().orElseThrow();
        to = Math.max(to, from + 1);
        List<List<Svg.Box>> rows = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (Event e : shown) {
            LocalDate start = start(e);
            double x0 = x(start, from, to);
            double x1 = Math.max(x0, x(end(e), from, to));
            String date = dateText(e);
            String label = Svg.fit(Objects.toString(e.label(), ""), LABEL_SIZE, MAX_LABEL_WIDTH);
            double w = Math.max(Svg.width(date, DATE_SIZE), Svg.width(label, LABEL_SIZE)) + 4;
            boolean anchorEnd = x0 + 4 + w > WIDTH - MARGIN;
            double bx = anchorEnd ? x0 - 4 - w : x0 + 2;
            int row = 0;
            while (true) {
                if (row == rows.size()) rows.add(new ArrayList<>());
                Svg.Box candidate = new Svg.Box(bx, FIRST_ROW + row * ROW_HEIGHT, w, ROW_HEIGHT - 4);
                Svg.Box padded = new Svg.Box(bx - GAP / 2, candidate.y(), w + GAP, candidate.h());
                if (rows.get(row).stream().noneMatch(padded::overlaps)) {
                    rows.get(row).add(candidate);
                    placed.add(new Placed(e, x0, x1, date, label, candidate, anchorEnd, row));
                    break;
                }
                row++;
            }
        }
        return new Layout(placed, rows.size(), from, to);
    }

    private static String precision(Event e) {
        String p = e.datePrecision() == null ? "day" : e.datePrecision().toLowerCase(Locale.ROOT);
        return p.equals("month") || p.equals("year") ? p : "day";
    }

    private static LocalDate start(Event e) {
        return switch (precision(e)) {
            case "year" -> e.date().withDayOfYear(1);
            case "month" -> e.date().withDayOfMonth(1);
            default -> e.date();
        };
    }

    /** The first day after the period the event covers. */
    private static LocalDate end(Event e) {
        return switch (precision(e)) {
            case "year" -> e.date().withDayOfYear(1).plusYears(1);
            case "month" -> e.date().withDayOfMonth(1).plusMonths(1);
            default -> e.date().plusDays(1);
        };
    }

    private static String dateText(Event e) {
        LocalDate d = e.date();
        return switch (precision(e)) {
            case "year" -> String.format(Locale.ROOT, "%04d", d.getYear());
            case "month" -> String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
            default -> d.toString();
        };
    }

    private static double x(LocalDate d, int fromYear, int toYear) {
        long a = LocalDate.of(fromYear, 1, 1).toEpochDay();
        long b = LocalDate.of(toYear, 1, 1).toEpochDay();
        return MARGIN + (WIDTH - 2.0 * MARGIN) * (d.toEpochDay() - a) / (double) (b - a);
    }

    private static void open(StringBuilder sb, int height, int count) {
        sb.append("<svg xmlns=\"").append(Svg.NS).append("\" class=\"timeline\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" style=\"max-width:100%;height:auto\" font-family=\"").append(Svg.FONT_FAMILY).append("\">")
                .append("<title>").append(Svg.esc("Timeline: " + count + (count == 1 ? " event" : " events"))).append("</title>");
    }

    private static String empty(int undated) {
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"").append(Svg.NS).append("\" class=\"timeline empty\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(" 40\" width=\"").append(WIDTH).append("\" height=\"40\" style=\"max-width:100%;height:auto\" font-family=\"")
                .append(Svg.FONT_FAMILY).append("\"><title>Timeline: no dated events</title>")
                .append("<text x=\"").append(MARGIN).append("\" y=\"24\" font-size=\"12\" fill=\"#555\">")
                .append(undated > 0 ? "No dated events (" + undated + " undated)" : "No dated events").append("</text></svg>");
        return sb.toString();
    }

    private static void axis(StringBuilder sb, Layout l) {
        int span = l.toYear() - l.fromYear();
        int step = 1;
        for (int s : new int[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
            step = s;
            if (span / s <= 12) break;
        }
        sb.append("<g class=\"axis\" stroke=\"#444\">");
        sb.append("<line x1=\"").append(MARGIN).append("\" y1=\"").append(AXIS_Y).append("\" x2=\"").append(WIDTH - MARGIN)
                .append("\" y2=\"").append(AXIS_Y).append("\" stroke-width=\"1.5\"/>");
        if (span <= 3) { // months matter when the whole axis is a few years
            for (int y = l.fromYear(); y < l.toYear(); y++) {
                for (int m = 2; m <= 12; m++) {
                    double x = l.x(LocalDate.of(y, m, 1));
                    sb.append("<line x1=\"").append(Svg.num(x)).append("\" y1=\"").append(AXIS_Y - 3).append("\" x2=\"").append(Svg.num(x))
                            .append("\" y2=\"").append(AXIS_Y + 3).append("\" stroke=\"#999\"/>");
                }
            }
        }
        sb.append("</g><g class=\"years\" font-size=\"11\" fill=\"#333\" text-anchor=\"middle\">");
        for (int y = l.fromYear(); y <= l.toYear(); y++) {
            if (Math.floorMod(y, step) != 0 && y != l.fromYear()) continue;
            double x = l.x(LocalDate.of(y, 1, 1));
            sb.append("<line x1=\"").append(Svg.num(x)).append("\" y1=\"").append(AXIS_Y - 7).append("\" x2=\"").append(Svg.num(x))
                    .append("\" y2=\"").append(AXIS_Y + 7).append("\" stroke=\"#444\"/>");
            sb.append("<text class=\"year\" x=\"").append(Svg.num(x)).append("\" y=\"").append(AXIS_Y - 12).append("\">")
                    .append(y).append("</text>");
        }
        sb.append("</g>");
    }

    private static void event(StringBuilder sb, Placed p) {
        Event e = p.event();
        String colour = Svg.colour(e.kind());
        String precision = precision(e);
        sb.append("<g class=\"event kind-").append(Svg.kind(e.kind())).append(" precision-").append(precision).append("\">");
        Svg.openLink(sb, e.href());
        sb.append("<title>").append(Svg.esc(p.date() + "  " + Objects.toString(e.label(), ""))).append("</title>");
        double labelTop = p.box().y();
        sb.append("<line class=\"leader\" x1=\"").append(Svg.num(p.x0())).append("\" y1=\"").append(AXIS_Y + 6).append("\" x2=\"")
                .append(Svg.num(p.x0())).append("\" y2=\"").append(Svg.num(labelTop + 2)).append("\" stroke=\"").append(colour)
                .append("\" stroke-opacity=\"0.45\"/>");
        if (precision.equals("day")) {
            sb.append("<circle class=\"mark\" cx=\"").append(Svg.num(p.x0())).append("\" cy=\"").append(AXIS_Y).append("\" r=\"5\" fill=\"")
                    .append(colour).append("\"/>");
        } else {
            double w = Math.max(8, p.x1() - p.x0());
            double x = p.x1() - p.x0() < 8 ? p.x0() - 4 + (p.x1() - p.x0()) / 2 : p.x0();
            sb.append("<rect class=\"mark span\" x=\"").append(Svg.num(x)).append("\" y=\"").append(AXIS_Y - 5).append("\" width=\"")
                    .append(Svg.num(w)).append("\" height=\"10\" rx=\"3\" fill=\"").append(colour).append("\" fill-opacity=\"0.15\" stroke=\"")
                    .append(colour).append("\" stroke-width=\"1.5\"/>");
        }
        double tx = p.anchorEnd() ? p.box().x() + p.box().w() : p.box().x();
        String anchor = p.anchorEnd() ? " text-anchor=\"end\"" : "";
        sb.append("<text class=\"date\" x=\"").append(Svg.num(tx)).append("\" y=\"").append(Svg.num(labelTop + 11)).append("\"").append(anchor)
                .append(" font-size=\"").append(Svg.num(DATE_SIZE)).append("\" fill=\"#555\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">")
                .append(Svg.esc(p.date())).append("</text>");
        sb.append("<text class=\"label\" x=\"").append(Svg.num(tx)).append("\" y=\"").append(Svg.num(labelTop + 26)).append("\"").append(anchor)
                .append(" font-size=\"").append(Svg.num(LABEL_SIZE)).append("\" fill=\"").append(colour)
                .append("\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">").append(Svg.esc(p.label())).append("</text>");
        Svg.closeLink(sb, e.href());
        sb.append("</g>");
    }
}
