package org.diplokg.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * score.py's {@code norm} and {@code bare}: the string every comparison is made on. NFKC, whitespace
 * removed, middle dots unified, traditional→simplified (through the given converter), lower case.
 */
final class Normaliser {

    /** Exactly the characters Python's {@code \s} matches in a str pattern (str.isspace). */
    private static final Pattern SPACE = Pattern.compile(
            "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");
    private static final Pattern DOTS = Pattern.compile("[·・•‧･‐]");
    private static final Pattern BRACKETS = Pattern.compile("[《》〈〉「」『』“”\"'‘’【】]");
    static final Pattern PAREN = Pattern.compile("[（(]([^（）()]*)[）)]");

    private final Function<String, String> toSimplified;
    private final Map<String, String> converted = new ConcurrentHashMap<>();

    Normaliser(Function<String, String> toSimplified) {
        this.toSimplified = toSimplified;
    }

    /** {@code norm(x)}: None gives "", anything else goes through {@code str(x)} first. */
    String norm(JsonNode value) {
        return PythonValues.isNone(value) ? "" : norm(PythonValues.str(value));
    }

    String norm(String s) {
        if (s == null) return "";
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = SPACE.matcher(s).replaceAll("");
        s = DOTS.matcher(s).replaceAll("·");
        return simplified(s).toLowerCase(Locale.ROOT);
    }

    /** {@code bare(x)}: a name without quotes, book-title marks and parenthesised parts. */
    String bare(JsonNode value) {
        return bareOfNormalised(norm(value));
    }

    String bare(String s) {
        return bareOfNormalised(norm(s));
    }

    private String bareOfNormalised(String normalised) {
        String noBrackets = BRACKETS.matcher(normalised).replaceAll("");
        return norm(PAREN.matcher(noBrackets).replaceAll(""));
    }

    private String simplified(String s) {
        if (s.isEmpty()) return s;
        return converted.computeIfAbsent(s, toSimplified);
    }
}
