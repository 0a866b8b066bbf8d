package org.diplokg.extractor.recognise;

import java.util.List;
import org.diplokg.extractor.text.WordIndex;

/**
 * The {@link WordIndex} of a constant word list, found by the list's identity: the cue lists are a handful of
 * static lists, so a short copy-on-write table asked by identity costs less than hashing a list per question.
 */
final class WordIndexes {
    private WordIndexes() {}

    private record Entry(List<String> words, WordIndex index) {}

    private static volatile Entry[] entries = new Entry[0];
    private static final int MAX_LISTS = 64;

    static WordIndex of(List<String> words) {
        Entry[] known = entries;
        for (Entry e : known) if (e.words() == words) return e.index();
        if (known.length >= MAX_LISTS) return WordIndex.of(words); // not a constant list: do not keep it
        synchronized (WordIndexes.class) {
            for (Entry e : entries) if (e.words() == words) return e.index();
            WordIndex index = WordIndex.of(words);
            Entry[] grown = java.util.Arrays.copyOf(entries, entries.length + 1);
            grown[grown.length - 1] = new Entry(words, index);
            entries = grown;
            return index;
        }
    }
}
