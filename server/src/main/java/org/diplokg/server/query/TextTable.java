package org.diplokg.server.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal even with Chinese text: width is counted
 * in terminal cells (CJK and full-width characters take two).
 */
public final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public void add(List<String> row) {
        rows.add(List.copyOf(row));
    }

    public String render() {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(header.get(c));
            for (List<String> r : rows) widths[c] = Math.max(widths[c], width(r.get(c)));
        }
        StringBuilder sb = new StringBuilder();
        line(sb, widths);
        row(sb, header, widths);
        line(sb, widths);
        for (List<String> r : rows) row(sb, r, widths);
        line(sb, widths);
        return sb.toString();
    }

    private static void line(StringBuilder sb, int[] widths) {
        sb.append('+');
        for (int w : widths) sb.append("-".repeat(w + 2)).append('+');
        sb.append('\n');
    }

    private static void row(StringBuilder sb, List<String> cells, int[] widths) {
        sb.append('|');
        for (int c = 0; c < widths.length; c++) {
            String v = cells.get(c);
            sb.append(' ').append(v).append(" ".repeat(widths[c] - width(v) + 1)).append('|');
        }
        sb.append('\n');
    }

    /** Terminal cells needed to show {@code s}. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : Character.getType(cp) == Character.NON_SPACING_MARK ? 0 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
