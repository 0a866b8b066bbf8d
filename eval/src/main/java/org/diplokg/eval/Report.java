package org.diplokg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What score.py reports: P/R/F1 counts per item type, attribute accuracies, and the same per gold
 * document. {@link #toText} and {@link #toJson} print exactly what {@code score.py} and
 * {@code score.py --json} print (with {@code perDocument} as {@code --per-doc}).
 */
public final class Report {

    private final Map<String, Prf> counts;
    private final Map<String, Accuracy> accuracies;
    private final Map<String, Map<String, Prf>> perDocument;

    Report(Map<String, Prf> counts, Map<String, Accuracy> accuracies, Map<String, Map<String, Prf>> perDocument) {
        this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        this.accuracies = Collections.unmodifiableMap(new LinkedHashMap<>(accuracies));
        Map<String, Map<String, Prf>> docs = new LinkedHashMap<>();
        perDocument.forEach((k, v) -> docs.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.perDocument = Collections.unmodifiableMap(docs);
    }

    /**
     * Counts per item type, in score.py's order: persons, organizations, agreements, dates, events,
     * event_participants, agreements_per_meeting, agreement_actions.
     */
    public Map<String, Prf> counts() {
        return counts;
    }

    /** Accuracies in score.py's order: published, event_date, event_ordinal, event_chair, action_date. */
    public Map<String, Accuracy> accuracies() {
        return accuracies;
    }

    /**
     * Counts per gold file name (sorted like score.py), each holding only the types that document
     * scored — event_participants only when some event was matched, as in score.py.
     */
    public Map<String, Map<String, Prf>> perDocument() {
        return perDocument;
    }

    /** score.py's text output without per-document lines. */
    public String toText() {
        return toText(false);
    }

    /** score.py's text output; with {@code perDocument}, the lines of {@code --per-doc} too. */
    public String toText(boolean perDocument) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> {
            sb.append(pad(k));
            if (!v.scored()) {
                sb.append(" n/a (nothing to score)");
            } else {
                sb.append(" P=").append(fixed3(v.precision()))
                        .append(" R=").append(fixed3(v.recall()))
                        .append(" F1=").append(fixed3(v.f1()))
                        .append("  (tp=").append(v.tp()).append(" fp=").append(v.fp())
                        .append(" fn=").append(v.fn()).append(')');
            }
            sb.append('\n');
        });
        accuracies.forEach((k, v) -> {
            OptionalDouble a = v.accuracy();
            sb.append(pad(k)).append(" accuracy=").append(a.isPresent() ? fixed3(a) : "n/a")
                    .append("  (").append(v.right()).append('/').append(v.of()).append(")\n");
        });
        if (perDocument) {
            this.perDocument.forEach((file, types) -> {
                sb.append(file);
                types.forEach((k, v) -> {
                    OptionalDouble f1 = v.f1();
                    sb.append(' ').append(k).append('=')
                            .append(f1.isPresent() ? PythonValues.fixed(f1.getAsDouble(), 2) : "n/a");
                });
                sb.append('\n');
            });
        }
        return sb.toString();
    }

    /** score.py's {@code --json} output without per-document figures. */
    public String toJson() {
        return toJson(false);
    }

    /** score.py's {@code --json} output (indent 1, trailing newline); with {@code perDocument}, as {@code --per-doc}. */
    public String toJson(boolean perDocument) {
        return PythonJson.write(toJsonNode(perDocument)) + "\n";
    }

    /** The report as a JSON tree with score.py's structure and key order. */
    public ObjectNode toJsonNode(boolean perDocument) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        counts.forEach((k, v) -> root.set(k, prfNode(v)));
        accuracies.forEach((k, v) -> {
            ObjectNode o = root.putObject(k);
            o.put("right", v.right());
            o.put("of", v.of());
            o.set("accuracy", number(v.accuracy()));
        });
        if (perDocument && !this.perDocument.isEmpty()) {
            ObjectNode docs = root.putObject("per_doc");
            this.perDocument.forEach((file, types) -> {
                ObjectNode d = docs.putObject(file);
                types.forEach((k, v) -> d.set(k, prfNode(v)));
            });
        }
        return root;
    }

    @Override
    public String toString() {
        return toText();
    }

    private static ObjectNode prfNode(Prf v) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("tp", v.tp());
        o.put("fp", v.fp());
        o.put("fn", v.fn());
        o.set("p", number(v.precision()));
        o.set("r", number(v.recall()));
        o.set("f1", number(v.f1()));
        return o;
    }

    private static JsonNode number(OptionalDouble d) {
        return d.isPresent() ? JsonNodeFactory.instance.numberNode(d.getAsDouble()) : JsonNodeFactory.instance.nullNode();
    }

    private static String fixed3(OptionalDouble d) {
        return PythonValues.fixed(d.getAsDouble(), 3);
    }

    /** Python's {@code f"{k:24s}"}. */
    private static String pad(String k) {
        int len = NameRules.length(k);
        return len >= 24 ? k : k + " ".repeat(24 - len);
    }
}
