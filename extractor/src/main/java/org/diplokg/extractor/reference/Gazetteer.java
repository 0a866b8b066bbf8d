package org.diplokg.extractor.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplokg.extractor.text.HanLp;
import org.diplokg.extractor.text.NormalisedText;
import org.diplokg.extractor.text.PhraseTrie;
import org.diplokg.extractor.text.Span;
import org.diplokg.extractor.text.SpanSelection;
import org.diplokg.extractor.text.TextNormaliser;

/**
 * Finds every label of the reference data in a normalised text in one pass (Aho-Corasick over the
 * normalised labels), then keeps the longest leftmost non-overlapping matches. Built once; thread-safe.
 */
public final class Gazetteer {

    /** One place a label matched: normalised offsets and the entities that carry that label. */
    public record Match(int begin, int end, List<ReferenceEntity> entities) {
        public int length() { return end - begin; }
    }

    private final PhraseTrie<List<ReferenceEntity>> trie;
    private final Map<String, List<ReferenceEntity>> byKey;

    private Gazetteer(Map<String, List<ReferenceEntity>> labels) {
        this.trie = HanLp.trie(labels);
        this.byKey = Map.copyOf(labels);
    }

    /** The entities of the given type with exactly this normalised label. */
    public List<ReferenceEntity> lookup(String key, EntityType type) {
        return byKey.getOrDefault(key, List.of()).stream().filter(e -> e.type() == type).toList();
    }

    public static Gazetteer of(ReferenceData reference) {
        Map<String, List<ReferenceEntity>> byKey = new HashMap<>();
        // 亚太经合组织工商咨询理事会 is also written APEC工商咨询理事会: a label that starts with an organisation's
        // Chinese name gets a variant with its acronym
        Map<String, String> acronymOf = new HashMap<>();
        for (ReferenceEntity e : reference.entities()) {
            if (e.type() == EntityType.ORGANIZATION && e.acronym() != null && e.nameZh() != null) {
                acronymOf.put(TextNormaliser.key(e.nameZh()), TextNormaliser.key(e.acronym()));
            }
        }
        for (ReferenceEntity e : reference.entities()) {
            if (e.type() == EntityType.ROLE) continue;
            for (String label : e.labels()) {
                String key = TextNormaliser.key(label);
                add(byKey, key, e);
                for (Map.Entry<String, String> a : acronymOf.entrySet()) {
                    if (key.length() > a.getKey().length() + 1 && key.startsWith(a.getKey())) {
                        add(byKey, a.getValue() + key.substring(a.getKey().length()), e);
                    }
                }
            }
        }
        return new Gazetteer(byKey);
    }

    private static void add(Map<String, List<ReferenceEntity>> byKey, String key, ReferenceEntity e) {
        if (!usable(key)) return;
        List<ReferenceEntity> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(e)) list.add(e);
    }

    /** Single characters (美, 中) and one-letter acronyms are too ambiguous to look up anywhere. */
    private static boolean usable(String key) {
        if (key.length() < 2) return false;
        // ASCII keys need a letter (G7, G20, EU); digits alone (2021) are not names
        return !(key.chars().allMatch(c -> c < 0x80) && key.replaceAll("[^a-z]", "").isEmpty());
    }

    /** Every match, overlapping ones included, in text order. */
    public List<Match> findAll(NormalisedText text) {
        List<Match> out = new ArrayList<>();
        String t = text.text();
        trie.find(t, (begin, end, value) -> {
            if (asciiBoundaryOk(text, begin, end)) out.add(new Match(begin, end, value));
        });
        out.sort(Comparator.comparingInt(Match::begin).thenComparing(Comparator.comparingInt(Match::length).reversed()));
        return out;
    }

    /** Longest leftmost non-overlapping matches. */
    public List<Match> findLongest(NormalisedText text) {
        return longest(findAll(text));
    }

    public static List<Match> longest(List<Match> all) {
        return SpanSelection.longest(all, m -> new Span(m.begin(), m.end()));
    }

    /** An ASCII label (APEC, EU) must not sit inside a longer ASCII word (european). */
    private static boolean asciiBoundaryOk(NormalisedText text, int begin, int end) {
        String t = text.text();
        boolean startsAscii = isAsciiAlnum(t.charAt(begin)), endsAscii = isAsciiAlnum(t.charAt(end - 1));
        if (startsAscii && begin > 0 && isAsciiAlnum(t.charAt(begin - 1)) && !text.spaceBefore(begin)) return false;
        return !(endsAscii && end < t.length() && isAsciiAlnum(t.charAt(end)) && !text.spaceBefore(end));
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
