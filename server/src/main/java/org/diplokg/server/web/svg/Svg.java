package org.diplokg.server.web.svg;

import java.util.Locale;
import java.util.Map;

/** What both pictures share: escaping, the font stack, colours by kind, and an estimate of how wide a label is. */
final class Svg {
    private Svg() {}

    /** Latin text first, then CJK faces (Debian's fonts-noto-cjk is "Noto Sans CJK SC"), so Chinese never shows as boxes. */
    static final String FONT_FAMILY = "'Noto Sans', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', "
            + "'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Zen Hei', sans-serif";

    static final String NS = "http://www.w3.org/2000/svg";

    /** Entity kinds (the neighbourhood) and what happened (an agreement's timeline: applied, signed, in force, upgraded). */
    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("meeting", "#d95f02"), Map.entry("agreement", "#1b9e77"), Map.entry("person", "#7570b3"),
            Map.entry("organisation", "#e7298a"), Map.entry("place", "#66a61e"), Map.entry("document", "#6b6b6b"),
            Map.entry("applied", "#b8860b"), Map.entry("signed", "#1b9e77"), Map.entry("in-force", "#1f78b4"),
            Map.entry("upgraded", "#6a3d9a"), Map.entry("office", "#7570b3"));

    static String colour(String kind) {
        return COLOURS.getOrDefault(kind(kind), "#8a8a8a");
    }

    /** A kind safe to put in a class name: lower-case letters, digits and hyphens. */
    static String kind(String kind) {
        if (kind == null) return "other";
        String k = kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        return k.isEmpty() ? "other" : k;
    }

    /** Text for element content and attribute values; characters XML 1.0 forbids are dropped. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    if (allowed) sb.appendCodePoint(c);
                }
            }
        });
        return sb.toString();
    }

    /** Estimated advance of the text in pixels: CJK and full-width characters one em, others 0.6 em. */
    static double width(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            em += isWide(c) ? 1.0 : Character.isUpperCase(c) ? 0.68 : 0.58;
            i += Character.charCount(c);
        }
        return em * fontSize;
    }

    private static boolean isWide(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || c == 0x2014 || c == 0x2026 || c == 0x00B7;
    }

    /** The text cut to at most {@code maxWidth} pixels, with an ellipsis when cut. */
    static String fit(String text, double fontSize, double maxWidth) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (width(t, fontSize) <= maxWidth) return t;
        StringBuilder sb = new StringBuilder();
        double budget = maxWidth - width("…", fontSize);
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            String ch = new String(Character.toChars(c));
            if (width(sb + ch, fontSize) > budget) break;
            sb.append(ch);
            i += Character.charCount(c);
        }
        return sb.toString().stripTrailing() + "…";
    }

    static String num(double v) {
        long r = Math.round(v * 10);
        return r % 10 == 0 ? Long.toString(r / 10) : Double.toString(r / 10.0);
    }

    /** Opens a link around what follows, when there is somewhere to go. */
    static void openLink(StringBuilder sb, String href) {
        if (href != null && !href.isBlank()) sb.append("<a href=\"").append(esc(href.strip())).append("\">");
    }

    static void closeLink(StringBuilder sb, String href) {
        if (href != null && !href.isBlank()) sb.append("</a>");
    }

    /** An axis-aligned box, for keeping labels apart. */
    record Box(double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }
}
