package org.diplokg.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.diplokg.eval.PythonValues.get;
import static org.diplokg.eval.PythonValues.truthy;

/**
 * score.py's {@code match_events}: gold and predicted events paired one-to-one, best pairs first, by
 * name similarity (≥ 0.6, or ≥ 0.4 when the dates agree; agreeing dates also rank a pair higher).
 */
final class EventMatching {

    private record Candidate(double score, int gold, int predicted) {}

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparingDouble(Candidate::score)
            .thenComparingInt(Candidate::gold)
            .thenComparingInt(Candidate::predicted)
            .reversed();

    private final NameRules rules;

    EventMatching(NameRules rules) {
        this.rules = rules;
    }

    /** Gold event index → predicted event index, in the order the pairs were taken. */
    Map<Integer, Integer> match(List<JsonNode> goldEvents, List<JsonNode> predEvents) {
        Normaliser n = rules.normaliser();
        List<Candidate> candidates = new ArrayList<>();
        for (int gi = 0; gi < goldEvents.size(); gi++) {
            JsonNode g = goldEvents.get(gi);
            for (int pi = 0; pi < predEvents.size(); pi++) {
                JsonNode p = predEvents.get(pi);
                double sim = 0.0;
                List<String> predNames = rules.bareAll(NameRules.eventNames(p));
                for (String a : rules.bareAll(NameRules.eventNames(g))) {
                    for (String b : predNames) {
                        sim = Math.max(sim, NameRules.nameSimilarity(a, b));
                    }
                }
                JsonNode goldDate = get(g, "date");
                boolean sameDate = truthy(goldDate) && n.norm(goldDate).equals(n.norm(get(p, "date")));
                if (sim >= 0.6 || (sameDate && sim >= 0.4)) {
                    candidates.add(new Candidate(sim + (sameDate ? 0.5 : 0), gi, pi));
                }
            }
        }
        candidates.sort(BEST_FIRST);
        Map<Integer, Integer> pairs = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (Candidate c : candidates) {
            if (pairs.containsKey(c.gold()) || taken.contains(c.predicted())) continue;
            pairs.put(c.gold(), c.predicted());
            taken.add(c.predicted());
        }
        return pairs;
    }
}
