package org.diplokg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The few pieces of Python semantics score.py relies on, applied to Jackson trees: truthiness,
 * {@code x or []} iteration, {@code str()} / {@code repr()}, float {@code round} and {@code format}.
 * They decide results on odd input (an ordinal written as 28 or "28", a string where a list was
 * expected), so they are emulated rather than approximated.
 */
final class PythonValues {

    private PythonValues() {}

    /** Python's {@code bool(x)} for a decoded JSON value; absent counts as None. */
    static boolean truthy(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return false;
        if (n.isBoolean()) return n.booleanValue();
        if (n.isIntegralNumber()) return n.bigIntegerValue().signum() != 0;
        if (n.isNumber()) return n.doubleValue() != 0.0;
        if (n.isTextual()) return !n.textValue().isEmpty();
        return n.size() > 0;
    }

    static boolean isNone(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    /** {@code d.get(key)}: the value, or JSON null when absent; fails like Python when {@code d} is no dict. */
    static JsonNode get(JsonNode dict, String key) {
        if (dict == null || !dict.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, found " + describe(dict));
        }
        JsonNode v = dict.get(key);
        return v == null ? NullNode.getInstance() : v;
    }

    /** Iterates {@code x or []}: a list's items, a string's characters, a dict's keys. */
    static List<JsonNode> iterate(JsonNode n) {
        if (!truthy(n)) return List.of();
        List<JsonNode> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(out::add);
        } else if (n.isTextual()) {
            n.textValue().codePoints().forEach(c -> out.add(TextNode.valueOf(Character.toString(c))));
        } else if (n.isObject()) {
            n.fieldNames().forEachRemaining(k -> out.add(TextNode.valueOf(k)));
        } else {
            throw new IllegalArgumentException("expected a list, found " + describe(n));
        }
        return out;
    }

    /** Python's {@code s.strip()}: leading and trailing characters that {@code str.isspace} accepts removed. */
    static String strip(String s) {
        return s.replaceAll("^" + WHITESPACE + "+|" + WHITESPACE + "+$", "");
    }

    /** Exactly the characters Python's {@code str.isspace} accepts. */
    static final String WHITESPACE =
            "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";

    /** Python's {@code str(x)}; None gives "None" as in Python (callers that mean norm(None) check first). */
    static String str(JsonNode n) {
        if (n != null && n.isTextual()) return n.textValue();
        return repr(n);
    }

    /** Python's {@code repr(x)} of a decoded JSON value. */
    static String repr(JsonNode n) {
        StringBuilder sb = new StringBuilder();
        appendRepr(n, sb);
        return sb.toString();
    }

    private static void appendRepr(JsonNode n, StringBuilder sb) {
        if (isNone(n)) {
            sb.append("None");
        } else if (n.isBoolean()) {
            sb.append(n.booleanValue() ? "True" : "False");
        } else if (n.isIntegralNumber()) {
            sb.append(n.bigIntegerValue());
        } else if (n.isNumber()) {
            sb.append(floatRepr(n.doubleValue()));
        } else if (n.isTextual()) {
            appendStringRepr(n.textValue(), sb);
        } else if (n.isArray()) {
            sb.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) sb.append(", ");
                appendRepr(n.get(i), sb);
            }
            sb.append(']');
        } else if (n.isObject()) {
            sb.append('{');
            var it = n.fields();
            boolean first = true;
            while (it.hasNext()) {
                var e = it.next();
                if (!first) sb.append(", ");
                first = false;
                appendStringRepr(e.getKey(), sb);
                sb.append(": ");
                appendRepr(e.getValue(), sb);
            }
            sb.append('}');
        } else {
            throw new IllegalArgumentException("unexpected JSON value " + n.getNodeType());
        }
    }

    private static void appendStringRepr(String s, StringBuilder sb) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        sb.append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || printable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        sb.append(quote);
    }

    /** Python's str.isprintable for one non-ASCII character. */
    private static boolean printable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Python's {@code repr(float)}: the shortest digits that read back to the same double. */
    static String floatRepr(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0.0) return Double.doubleToRawLongBits(x) < 0 ? "-0.0" : "0.0";
        BigDecimal shortest = shortestDecimal(x).stripTrailingZeros();
        String sign = shortest.signum() < 0 ? "-" : "";
        String digits = shortest.unscaledValue().abs().toString();
        int decpt = digits.length() - shortest.scale();
        if (decpt <= -4 || decpt > 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int exp = decpt - 1;
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        if (decpt <= 0) return sign + "0." + "0".repeat(-decpt) + digits;
        if (decpt >= digits.length()) return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    private static BigDecimal shortestDecimal(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal c = exact.round(new MathContext(precision, mode));
                if (c.doubleValue() == x && (best == null
                        || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = c;
                }
            }
            if (best != null) return best;
        }
        return exact;
    }

    /** Python's {@code round(x, digits)} on a float: the exact binary value rounded half-to-even. */
    static double round(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's {@code format(x, '.Nf')}: the exact binary value rounded half-to-even. */
    static String fixed(double x, int digits) {
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String describe(JsonNode n) {
        return isNone(n) ? "None" : n.getNodeType().toString().toLowerCase() + " " + abbreviate(n.toString());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
