package org.diplokg.extractor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one overlap rule: longest first, then the preference, then the earlier span; result in text order. */
class SpanSelectionTest {

    record Item(String name, Span span, int score) {}

    private static Item item(String name, int begin, int end, int score) {
        return new Item(name, new Span(begin, end), score);
    }

    @Test
    void longerSpansWinAndOverlapsAreDropped() {
        List<Item> chosen = SpanSelection.longest(List.of(item("short", 0, 2, 0), item("long", 1, 6, 0),
                item("after", 6, 8, 0), item("crossing", 5, 7, 0)), Item::span);
        assertEquals(List.of("long", "after"), chosen.stream().map(Item::name).toList());
    }

    @Test
    void equalLengthsAreSettledByThePreferenceThenByPosition() {
        List<Item> items = List.of(item("first", 0, 3, 1), item("better", 2, 5, 9), item("third", 4, 7, 1));
        List<Item> byScore = SpanSelection.longest(items, Item::span, Comparator.comparingInt(Item::score).reversed());
        assertEquals(List.of("better"), byScore.stream().map(Item::name).toList());
        List<Item> byPosition = SpanSelection.longest(items, Item::span);
        assertEquals(List.of("first", "third"), byPosition.stream().map(Item::name).toList());
    }
}
