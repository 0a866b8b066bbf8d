package org.diplokg.extractor.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scraper header lines: {@code key: value} lines with ASCII keys (seed_url, title, date, via …) at the top
 * of a text file, ended by a blank line. Two or more such lines with a key a scraper would write, or
 * three or more of any keys, make a header; Chinese "字数: 1638" lines never do.
 *
 * @param fields the header, keys lower-cased, in file order
 * @param body   the text after the blank line
 */
record HeaderLines(Map<String, String> fields, String body) {

    private static final Pattern LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]{0,30})[ \\t]*:(?:[ \\t]+(.*)|[ \\t]*)");
    private static final Set<String> KNOWN = Set.of(
            "seed_url", "final_url", "url", "link", "source", "source_url", "canonical", "title", "date", "published",
            "updated", "author", "via", "http_status", "status", "content_type", "note", "fetched", "fetched_at",
            "crawled", "crawled_at", "lang", "language", "site", "publisher", "encoding", "charset");

    HeaderLines {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The header at the top of {@code lines}, if there is one. */
    static Optional<HeaderLines> find(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        Map<String, String> fields = new LinkedHashMap<>();
        boolean known = false;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) break;
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) return Optional.empty();
            String key = m.group(1).toLowerCase(Locale.ROOT);
            fields.putIfAbsent(key, m.group(2) == null ? "" : m.group(2).strip());
            known |= KNOWN.contains(key);
        }
        if (i >= lines.size() || fields.size() < 2 || !(known || fields.size() >= 3)) return Optional.empty();
        return Optional.of(new HeaderLines(fields, String.join("\n", lines.subList(i + 1, lines.size()))));
    }

    Optional<String> text(String key) {
        String v = fields.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }
}
