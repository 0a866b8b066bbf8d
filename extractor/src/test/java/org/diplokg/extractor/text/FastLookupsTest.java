package org.diplokg.extractor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast lookups give the answers of the straightforward scans they replace. */
class FastLookupsTest {

    private static final String ALPHABET = "会议峰论坛长总理部外交国中美";

    private static String random(Random r, int min, int max) {
        StringBuilder b = new StringBuilder();
        int n = min + r.nextInt(max - min + 1);
        for (int i = 0; i < n; i++) b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        return b.toString();
    }

    private static List<String> hits(PhraseTrie<String> trie, String text) {
        List<String> out = new ArrayList<>();
        trie.find(text, (b, e, v) -> out.add(b + "-" + e + ":" + v));
        return out;
    }

    @Test
    void endCharPhrasesFindWhatAhoCorasickFinds() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            Map<String, String> phrases = new LinkedHashMap<>();
            for (int i = 0; i < 1 + r.nextInt(30); i++) {
                String p = random(r, 1, 4);
                phrases.put(p, "v" + p);
            }
            PhraseTrie<String> small = new EndCharPhrases<>(phrases), ac = HanLp.ahoCorasick(phrases);
            assertEquals(ac.size(), small.size());
            for (int t = 0; t < 20; t++) {
                String text = random(r, 0, 60);
                List<String> a = hits(ac, text), b = hits(small, text);
                // the same occurrences, both in order of their end offsets (the order at one end is not promised)
                assertEquals(a.stream().sorted().toList(), b.stream().sorted().toList(), text + " " + phrases.keySet());
                assertEquals(ends(a), ends(b));
            }
        }
    }

    private static List<Integer> ends(List<String> hits) {
        return hits.stream().map(h -> Integer.parseInt(h.substring(h.indexOf('-') + 1, h.indexOf(':')))).toList();
    }

    @Test
    void wordIndexAnswersAsTheScansInListOrder() {
        Random r = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 1 + r.nextInt(20); i++) words.add(random(r, round % 50 == 0 ? 0 : 1, 4));
            WordIndex index = WordIndex.of(words);
            String t = random(r, 0, 30);
            for (int p = -1; p <= t.length() + 1; p++) {
                String first = null, last = null;
                for (String w : words) if (first == null && t.startsWith(w, p)) first = w;
                for (String w : words) if (last == null && p >= w.length() && t.startsWith(w, p - w.length())) last = w;
                assertEquals(first, index.firstStartingAt(t, p), t + "@" + p + " " + words);
                assertEquals(last, index.firstEndingAt(t, p), t + "@" + p + " " + words);
            }
            for (int min = 0; min <= 3; min++) {
                final int m = min;
                boolean any = words.stream().anyMatch(w -> w.length() >= m && t.contains(w));
                assertEquals(any, index.anyIn(t, min), t + " " + words + " " + min);
            }
        }
    }

    @Test
    void charSetHoldsItsCharacters() {
        CharSet s = CharSet.of("王李张");
        assertTrue(s.contains('李'));
        assertEquals(false, s.contains('的'));
    }
}
