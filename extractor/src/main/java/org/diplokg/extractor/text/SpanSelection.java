package org.diplokg.extractor.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The one function that settles overlapping spans (like spaCy's span filter): longer spans win, then the given
 * tie-break, then the earlier one; a span that overlaps one already chosen is dropped. The result is in text order.
 */
public final class SpanSelection {
    private SpanSelection() {}

    /** The longest non-overlapping items, ties settled by {@code preference} (first is better), then by position. */
    public static <T> List<T> longest(List<T> items, Function<T, Span> span, Comparator<T> preference) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt((T t) -> span.apply(t).length()).reversed()
                .thenComparing(preference)
                .thenComparingInt(t -> span.apply(t).begin()));
        List<T> chosen = new ArrayList<>();
        BitSet taken = new BitSet(); // offsets already covered by a chosen span
        for (T item : sorted) {
            Span s = span.apply(item);
            int next = taken.nextSetBit(s.begin());
            if (next >= 0 && next < s.end()) continue;
            chosen.add(item);
            taken.set(s.begin(), s.end());
        }
        chosen.sort(Comparator.comparingInt(t -> span.apply(t).begin()));
        return chosen;
    }

    /** The longest non-overlapping items; among equally long ones the earlier wins. */
    public static <T> List<T> longest(List<T> items, Function<T, Span> span) {
        return longest(items, span, (a, b) -> 0);
    }
}
