package org.diplokg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import static org.diplokg.eval.PythonValues.get;
import static org.diplokg.eval.PythonValues.iterate;
import static org.diplokg.eval.PythonValues.truthy;

/** score.py's name rules: which strings name a person, an agreement or an event, and when two match. */
final class NameRules {

    private final Normaliser normaliser;

    NameRules(Normaliser normaliser) {
        this.normaliser = normaliser;
    }

    Normaliser normaliser() {
        return normaliser;
    }

    /** {@code person_names}: the name, its simplified form and the forms it is also written in. */
    Set<String> personNames(JsonNode p) {
        if (p.isTextual()) return new HashSet<>(Set.of(normaliser.norm(p)));
        Set<String> names = new HashSet<>();
        names.add(normaliser.norm(get(p, "name")));
        JsonNode simplified = get(p, "simplified");
        if (truthy(simplified)) names.add(normaliser.norm(simplified));
        for (String k : List.of("as_written", "also_written")) {
            JsonNode v = get(p, k);
            if (v.isTextual()) {
                names.add(normaliser.norm(v));
            } else if (v.isArray()) {
                v.forEach(x -> names.add(normaliser.norm(x)));
            }
        }
        names.remove("");
        return names;
    }

    /** {@code person_names({"name": value})}. */
    Set<String> personNamesOf(JsonNode name) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.set("name", name);
        return personNames(p);
    }

    /** {@code agreement_names}: key and written forms, bare, plus any parenthesised acronym. */
    Set<String> agreementNames(JsonNode a) {
        if (a.isTextual()) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.set("key", a);
            a = o;
        }
        List<JsonNode> forms = new ArrayList<>();
        forms.add(get(a, "key"));
        forms.addAll(iterate(get(a, "as_written")));
        forms.addAll(iterate(get(a, "also_written")));
        Set<String> names = new HashSet<>();
        for (JsonNode s : forms) {
            if (!truthy(s)) continue;
            names.add(normaliser.bare(s));
            Matcher m = Normaliser.PAREN.matcher(normaliser.norm(s));
            while (m.find()) names.add(normaliser.bare(m.group(1)));
        }
        names.remove("");
        return names;
    }

    /** {@code same_agreement}: a shared name, or one name inside the other when both have 4+ characters. */
    static boolean sameAgreement(Set<String> pn, Set<String> gn) {
        for (String x : pn) {
            if (gn.contains(x)) return true;
        }
        for (String x : pn) {
            for (String y : gn) {
                if (Math.min(length(x), length(y)) >= 4 && (y.contains(x) || x.contains(y))) return true;
            }
        }
        return false;
    }

    /** {@code event_names}: the name and the forms it is also written in, the falsy ones left out. */
    static List<JsonNode> eventNames(JsonNode e) {
        List<JsonNode> names = new ArrayList<>();
        names.add(get(e, "name"));
        names.addAll(iterate(get(e, "also_written")));
        names.removeIf(n -> !truthy(n));
        return names;
    }

    /** {@code name_sim} on two names already made bare. */
    static double nameSimilarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return 0.0;
        int[] ca = a.codePoints().toArray();
        int[] cb = b.codePoints().toArray();
        int shorter = Math.min(ca.length, cb.length);
        if (shorter >= 2) return (double) longestCommonSubstring(ca, cb) / shorter;
        return a.equals(b) ? 1.0 : 0.0;
    }

    static int longestCommonSubstring(int[] a, int[] b) {
        int best = 0;
        int[] prev = new int[b.length + 1];
        for (int ca : a) {
            int[] cur = new int[b.length + 1];
            for (int j = 1; j <= b.length; j++) {
                if (ca == b[j - 1]) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }

    /** Python's {@code len(s)}: code points, not UTF-16 units. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Bare forms of names, in order, for repeated similarity comparisons. */
    List<String> bareAll(List<JsonNode> names) {
        List<String> out = new ArrayList<>(names.size());
        for (JsonNode n : names) out.add(normaliser.bare(n));
        return out;
    }
}
