package org.diplokg.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** score.py's {@code score_set}: predicted names against gold items, each a set of acceptable names. */
final class SetScoring {

    private SetScoring() {}

    /**
     * Each distinct prediction takes the first unused gold item that accepts it. A prediction that only
     * repeats a matched item, or names an optional item, is neither right nor wrong.
     */
    static Prf score(List<Set<String>> gold, List<String> predicted, List<Set<String>> optional) {
        boolean[] used = new boolean[gold.size()];
        int tp = 0;
        int fp = 0;
        for (String n : new LinkedHashSet<>(predicted)) {
            int hit = -1;
            for (int i = 0; i < gold.size(); i++) {
                if (!used[i] && gold.get(i).contains(n)) {
                    hit = i;
                    break;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                tp++;
            } else if (gold.stream().noneMatch(g -> g.contains(n)) && optional.stream().noneMatch(o -> o.contains(n))) {
                fp++;
            }
        }
        int fn = 0;
        for (boolean u : used) {
            if (!u) fn++;
        }
        return new Prf(tp, fp, fn);
    }

    static Prf score(List<Set<String>> gold, List<String> predicted) {
        return score(gold, predicted, List.of());
    }
}
