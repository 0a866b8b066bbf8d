package org.diplokg.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * score.py's {@code totals} dict for one document or a corpus: counts per item type, in the order
 * they were first added (which is the order of score.py's per-document lines), and attribute accuracies.
 */
final class Tally {

    static final List<String> PRF_KEYS = List.of("persons", "organizations", "agreements", "dates", "events",
            "event_participants", "agreements_per_meeting", "agreement_actions");
    static final List<String> ACCURACY_KEYS = List.of("published", "event_date", "event_ordinal", "event_chair",
            "action_date");

    private final Map<String, Prf> counts = new LinkedHashMap<>();
    private final Map<String, Accuracy> accuracies = new LinkedHashMap<>();

    Tally() {
        ACCURACY_KEYS.forEach(k -> accuracies.put(k, Accuracy.ZERO));
    }

    void add(String key, Prf prf) {
        counts.merge(key, prf, Prf::plus);
    }

    void count(String key, boolean right) {
        accuracies.merge(key, Accuracy.ZERO, (a, zero) -> a.plus(right));
    }

    void addAll(Tally other) {
        other.counts.forEach(this::add);
        other.accuracies.forEach((k, a) -> accuracies.merge(k, a, Accuracy::plus));
    }

    /** Counts per type in first-added order; a type never added is absent (score.py's per-document view). */
    Map<String, Prf> counts() {
        return counts;
    }

    Map<String, Accuracy> accuracies() {
        return accuracies;
    }
}
