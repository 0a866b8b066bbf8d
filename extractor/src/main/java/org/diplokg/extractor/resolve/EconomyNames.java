package org.diplokg.extractor.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    static final EconomyNames NONE = new EconomyNames(Map.of());

    private final Map<Integer, Gazetteer.Match> longestAt;

    private EconomyNames(Map<Integer, Gazetteer.Match> longestAt) {
        this.longestAt = longestAt;
    }

    static EconomyNames of(List<Gazetteer.Match> matches) {
        Map<Integer, Gazetteer.Match> at = new HashMap<>();
        for (Gazetteer.Match m : matches) {
            if (m.entities().stream().noneMatch(e -> e.type() == EntityType.ECONOMY)) continue;
            at.merge(m.begin(), m, (x, y) -> y.length() > x.length() ? y : x);
        }
        return new EconomyNames(at);
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
