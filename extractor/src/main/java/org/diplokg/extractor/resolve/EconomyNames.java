package org.diplokg.extractor.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.recognise.RecogniserId;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.reference.ReferenceEntity;
import org.diplokg.extractor.text.NormalisedText;
import org.diplokg.extractor.text.Span;

/**
 * The economy names the gazetteer found at each offset of a document, nested ones included (中国 in 中国商务部部长,
 * 秘鲁 in 秘鲁外贸和旅游部): the mention selection keeps only the longest name, and a minister acts for the economy
 * that begins his title or ministry.
 */
final class EconomyNames {

    static final EconomyNames NONE = new EconomyNames(Map.of(), List.of());

    /** Groupings that are parties to agreements (东盟, 欧盟): 中欧双方 and 日歐雙方 name one of them by a character. */
    private static final java.util.Set<String> GROUPINGS = Lexicons.of("agreement-party-groupings").set();

    private final Map<Integer, Gazetteer.Match> longestAt;
    private final List<Gazetteer.Match> groupings;

    private EconomyNames(Map<Integer, Gazetteer.Match> longestAt, List<Gazetteer.Match> groupings) {
        this.longestAt = longestAt;
        this.groupings = groupings;
    }

    static EconomyNames of(List<Gazetteer.Match> matches) {
        Map<Integer, Gazetteer.Match> at = new HashMap<>();
        List<Gazetteer.Match> groupings = new java.util.ArrayList<>();
        for (Gazetteer.Match m : matches) {
            if (groupingOf(m) != null) groupings.add(m);
            if (m.entities().stream().noneMatch(e -> e.type() == EntityType.ECONOMY)) continue;
            at.merge(m.begin(), m, (x, y) -> y.length() > x.length() ? y : x);
        }
        return new EconomyNames(at, List.copyOf(groupings));
    }

    private static ReferenceEntity groupingOf(Gazetteer.Match m) {
        return m.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION && e.labels().stream().anyMatch(GROUPINGS::contains))
                .findFirst().orElse(null);
    }

    /**
     * The only grouping named anywhere (nested names included: 歐盟 in 日本與歐盟的…協定) whose simplified name begins
     * with {@code c}, as a mention at its first naming, or null when none or several do.
     */
    Mention groupingStartingWith(NormalisedText text, char c) {
        Gazetteer.Match first = null;
        ReferenceEntity found = null;
        for (Gazetteer.Match m : groupings) {
            ReferenceEntity e = groupingOf(m);
            if (e.nameZh() == null || e.nameZh().isEmpty() || e.nameZh().charAt(0) != c) continue;
            if (found != null && !found.iri().equals(e.iri())) return null;
            found = e;
            if (first == null || m.begin() < first.begin()) first = m;
        }
        if (first == null) return null;
        String name = text.originalText(first.begin(), first.end());
        return new Mention(new Span(first.begin(), first.end()), EntityType.ORGANIZATION, name, name, found, null,
                RecogniserId.GAZETTEER, 1.0);
    }

    /**
     * The only economy named anywhere (nested names included: 智利 in 智利外交部长) whose simplified name begins with
     * {@code c}, as a mention at its first naming, or null when none or several do.
     */
    Mention startingWith(NormalisedText text, char c) {
        Gazetteer.Match first = null;
        ReferenceEntity found = null;
        for (Gazetteer.Match m : longestAt.values()) {
            ReferenceEntity e = economyOf(m);
            if (e.nameZh() == null || e.nameZh().isEmpty() || e.nameZh().charAt(0) != c) continue;
            if (found != null && !found.iri().equals(e.iri())) return null;
            found = e;
            if (first == null || m.begin() < first.begin()) first = m;
        }
        return first == null ? null : at(text, first.begin(), first.end());
    }

    /** The distinct economies named anywhere, nested names included, in order: one mention each. */
    List<Mention> named(NormalisedText text) {
        int end = longestAt.values().stream().mapToInt(Gazetteer.Match::end).max().orElse(0);
        return within(text, 0, end);
    }

    /** The distinct economies named in [begin, end), nested names included, in order: one mention each. */
    List<Mention> within(NormalisedText text, int begin, int end) {
        Map<String, Mention> out = new java.util.LinkedHashMap<>();
        for (int i = begin; i < end; i++) {
            Gazetteer.Match m = longestAt.get(i);
            if (m == null || m.end() > end) continue;
            out.putIfAbsent(economyOf(m).iri(), at(text, m.begin(), m.end()));
            i = m.end() - 1;
        }
        return List.copyOf(out.values());
    }

    private static ReferenceEntity economyOf(Gazetteer.Match m) {
        return m.entities().stream().filter(e -> e.type() == EntityType.ECONOMY).findFirst().orElseThrow();
    }

    /** The economy named at {@code begin} and ending by {@code end}, as a mention with its name as written, or null. */
    Mention at(NormalisedText text, int begin, int end) {
        Gazetteer.Match m = longestAt.get(begin);
        if (m == null || m.end() > end) return null;
        ReferenceEntity economy = m.entities().stream().filter(e -> e.type() == EntityType.ECONOMY).findFirst().orElseThrow();
        String name = text.originalText(m.begin(), m.end());
        return new Mention(new Span(m.begin(), m.end()), EntityType.ECONOMY, name, name, economy, null,
                RecogniserId.GAZETTEER, 1.0);
    }
}
