package org.diplokg.server.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A SPARQL query kept in a {@code .rq} file whose leading comment lines describe it:
 * <pre>
 * # title: Agreements mentioned at each meeting
 * # description: For every meeting, the agreements stated in connection with it
 * #   (continuation lines are indented).
 * # param: entity — IRI of the entity (required)
 * </pre>
 *
 * @param name        file name without {@code .rq}
 * @param title       one line, or the name when the header has none
 * @param description may be empty
 * @param params      one entry per {@code # param:} line: variable name → what it means
 * @param text        the whole file, comments included
 */
public record NamedQuery(String name, String title, String description, Map<String, String> params, String text) {

    public NamedQuery {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params)); // in the header's order
    }

    /** Reads the header; a file without one is still a query, titled by its name. */
    public static NamedQuery parse(String name, String text) {
        Map<String, StringBuilder> fields = new LinkedHashMap<>();
        List<String[]> paramLines = new ArrayList<>();
        StringBuilder last = null;
        for (String raw : text.split("\r?\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                last = null;
                continue;
            }
            if (!line.startsWith("#")) break;
            String body = line.replaceFirst("^#+", "");
            int colon = body.indexOf(':');
            String key = colon > 0 ? body.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
            boolean indented = body.startsWith("  ") || body.startsWith("\t");
            if (!indented && colon > 0 && key.matches("[a-z][a-z-]*")) {
                String value = body.substring(colon + 1).strip();
                if (key.equals("param")) {
                    String[] p = value.split("\\s+", 2);
                    paramLines.add(new String[] {p[0].replaceFirst("^[?$]", ""), p.length > 1 ? p[1].replaceFirst("^[—–-]\\s*", "") : ""});
                    last = null;
                } else {
                    last = new StringBuilder(value);
                    fields.put(key, last);
                }
            } else if (last != null && !body.isBlank()) {
                last.append(' ').append(body.strip());
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String[] p : paramLines) params.put(p[0], p[1]);
        String title = Optional.ofNullable(fields.get("title")).map(StringBuilder::toString).filter(s -> !s.isEmpty()).orElse(name);
        String description = Optional.ofNullable(fields.get("description")).map(StringBuilder::toString).orElse("");
        return new NamedQuery(name, title, description, params, text);
    }
}
