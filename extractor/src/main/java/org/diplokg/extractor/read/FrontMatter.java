package org.diplokg.extractor.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML front matter: a {@code ---} line first (blank lines before it allowed), YAML, a closing
 * {@code ---} or {@code ...} line, then the body. Timestamps stay strings (a YAML parser would turn
 * "2021-06-24T01:00:00+08:00" into a UTC instant on the previous day); {@link org.diplokg.extractor.dates.PublicationDates}
 * reads them as written.
 *
 * @param fields    the YAML mapping, in file order
 * @param body      the text after the closing line
 * @param bodyLine  the 1-based line of the file where the body starts
 */
record FrontMatter(Map<String, Object> fields, String body, int bodyLine) {

    private static final Pattern OPEN = Pattern.compile("---\\s*");
    private static final Pattern CLOSE = Pattern.compile("(?:---|\\.\\.\\.)\\s*");
    private static final Pattern KEY_LINE = Pattern.compile("[A-Za-z_][\\w.-]*\\s*:(?:\\s.*)?");

    FrontMatter {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * Whether the text starts with a front-matter block: an opening line followed by a key line (closed or
     * not: an unclosed block is broken front matter, not Markdown), or directly by the closing line.
     */
    static boolean startsText(List<String> lines) {
        int i = firstNonBlank(lines);
        if (i < 0 || !OPEN.matcher(lines.get(i)).matches() || i + 1 >= lines.size()) return false;
        return KEY_LINE.matcher(lines.get(i + 1)).matches() || CLOSE.matcher(lines.get(i + 1)).matches();
    }

    /** Splits and parses; the problem names the YAML error and its line in the file. */
    static FrontMatter parse(List<String> lines) throws ReadProblem {
        int open = firstNonBlank(lines);
        int close = closingLine(lines, open);
        if (open < 0 || close < 0) throw new ReadProblem("front matter is not closed by a --- line");
        String yaml = String.join("\n", lines.subList(open + 1, close));
        Object root;
        try {
            root = yaml().load(yaml);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = m == null ? "" : ", line " + (open + 2 + m.getLine());
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new ReadProblem("front matter is not valid YAML: " + oneLine(problem) + where, e);
        } catch (YAMLException e) {
            throw new ReadProblem("front matter is not valid YAML: " + oneLine(e.getMessage()), e);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        if (root instanceof Map<?, ?> map) {
            map.forEach((k, v) -> fields.put(String.valueOf(k), v));
        } else if (root != null) {
            throw new ReadProblem("front matter is not valid YAML: not a mapping of keys to values, line " + (open + 2));
        }
        String body = String.join("\n", lines.subList(close + 1, lines.size()));
        return new FrontMatter(fields, body, close + 2);
    }

    /** A field as text: a string, the first element of a list, or empty. */
    Optional<String> text(String key) {
        Object v = fields.get(key);
        if (v instanceof List<?> list) v = list.isEmpty() ? null : list.get(0);
        if (v == null || v instanceof Map<?, ?>) return Optional.empty();
        String s = String.valueOf(v).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    Object value(String key) {
        return fields.get(key);
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) return i;
        }
        return -1;
    }

    private static int closingLine(List<String> lines, int open) {
        for (int i = open + 1; i < lines.size(); i++) {
            if (CLOSE.matcher(lines.get(i)).matches()) return i;
        }
        return -1;
    }

    private static String oneLine(String s) {
        return s == null ? "unknown problem" : s.replaceAll("\\s+", " ").strip();
    }

    /** A safe loader whose resolver leaves timestamps as strings. Yaml is not thread-safe: one per call. */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(true);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new NoTimestamps());
    }

    private static final class NoTimestamps extends Resolver {
        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first) {
            if (!Tag.TIMESTAMP.equals(tag)) super.addImplicitResolver(tag, regexp, first);
        }

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) super.addImplicitResolver(tag, regexp, first, limit);
        }
    }
}
