package org.diplokg.extractor.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of words asked "which is the first, in list order, that starts (or ends) at this offset": the same answer as
 * trying every word in order with {@code startsWith}, but only the words with the character found there are tried.
 * Person cues (titles, person verbs, stop words) were tried word by word at every candidate name.
 */
public final class WordIndex {
    private final List<String> words;
    private final boolean hasEmpty;
    private final Map<Character, String[]> byFirst = new HashMap<>();
    private final Map<Character, String[]> byLast = new HashMap<>();

    private WordIndex(List<String> words) {
        this.words = List.copyOf(words);
        this.hasEmpty = words.stream().anyMatch(String::isEmpty);
        Map<Character, List<String>> first = new HashMap<>(), last = new HashMap<>();
        for (String w : words) {
            if (w.isEmpty()) continue;
            first.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            last.computeIfAbsent(w.charAt(w.length() - 1), c -> new ArrayList<>()).add(w);
        }
        first.forEach((c, l) -> byFirst.put(c, l.toArray(String[]::new)));
        last.forEach((c, l) -> byLast.put(c, l.toArray(String[]::new)));
    }

    /** The index of {@code words}, their order kept. */
    public static WordIndex of(List<String> words) {
        return new WordIndex(words);
    }

    /** The first word of the list that {@code t} has at {@code p} (as {@code t.startsWith(w, p)}), or null. */
    public String firstStartingAt(String t, int p) {
        if (hasEmpty) return linearStartingAt(t, p);
        if (p < 0 || p >= t.length()) return null;
        String[] candidates = byFirst.get(t.charAt(p));
        if (candidates == null) return null;
        for (String w : candidates) if (t.startsWith(w, p)) return w;
        return null;
    }

    /** The first word of the list that ends at {@code end} in {@code t}, or null. */
    public String firstEndingAt(String t, int end) {
        if (hasEmpty) {
            for (String w : words) if (end >= w.length() && t.startsWith(w, end - w.length())) return w;
            return null;
        }
        if (end <= 0 || end > t.length()) return null;
        String[] candidates = byLast.get(t.charAt(end - 1));
        if (candidates == null) return null;
        for (String w : candidates) if (end >= w.length() && t.startsWith(w, end - w.length())) return w;
        return null;
    }

    /** Whether some word of at least {@code minLength} characters occurs in {@code t} (as {@code t.contains(w)}). */
    public boolean anyIn(String t, int minLength) {
        if (hasEmpty && minLength <= 0) return true;
        for (int p = 0; p < t.length(); p++) {
            String[] candidates = byFirst.get(t.charAt(p));
            if (candidates == null) continue;
            for (String w : candidates) if (w.length() >= minLength && t.startsWith(w, p)) return true;
        }
        return false;
    }

    private String linearStartingAt(String t, int p) {
        for (String w : words) if (t.startsWith(w, p)) return w;
        return null;
    }
}
