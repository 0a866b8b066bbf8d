package org.diplokg.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON tree byte for byte as Python's {@code json.dumps(x, ensure_ascii=False, indent=1)}
 * does, so that {@code --json} output can be diffed against score.py's.
 */
final class PythonJson {

    private PythonJson() {}

    static String write(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(node, 0, sb);
        return sb.toString();
    }

    private static void write(JsonNode node, int level, StringBuilder sb) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            sb.append("null");
        } else if (node.isBoolean()) {
            sb.append(node.booleanValue());
        } else if (node.isIntegralNumber()) {
            sb.append(node.bigIntegerValue());
        } else if (node.isNumber()) {
            double d = node.doubleValue();
            sb.append(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity")
                    : PythonValues.floatRepr(d));
        } else if (node.isTextual()) {
            string(node.textValue(), sb);
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) sb.append(',');
                newline(level + 1, sb);
                write(node.get(i), level + 1, sb);
            }
            newline(level, sb);
            sb.append(']');
        } else if (node.isObject()) {
            if (node.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            boolean first = true;
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!first) sb.append(',');
                first = false;
                newline(level + 1, sb);
                string(e.getKey(), sb);
                sb.append(": ");
                write(e.getValue(), level + 1, sb);
            }
            newline(level, sb);
            sb.append('}');
        } else {
            throw new IllegalArgumentException("unexpected JSON value " + node.getNodeType());
        }
    }

    private static void newline(int level, StringBuilder sb) {
        sb.append('\n').append(" ".repeat(level));
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
