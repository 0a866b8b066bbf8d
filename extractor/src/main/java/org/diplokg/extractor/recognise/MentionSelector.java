package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.text.SpanSelection;
import org.diplokg.extractor.text.TextNormaliser;

/**
 * Settles overlapping candidates from all recognisers: longer spans win, then higher confidence; a mention
 * wholly inside a chosen one is dropped, and so is one that crosses a chosen one's boundary. Meeting names are
 * and document titles are settled apart from the other kinds, because they are made of them: 二十国集团（G20）罗马峰会
 * names a meeting and an organisation.
 */
public final class MentionSelector {
    private MentionSelector() {}

    public static List<Mention> select(List<Mention> candidates) {
        List<Mention> meetings = candidates.stream().filter(MentionSelector::composite).toList();
        List<Mention> others = candidates.stream().filter(m -> !composite(m)).toList();
        List<Mention> chosen = new ArrayList<>(settle(meetings));
        List<Mention> settled = settle(others);
        chosen.addAll(settled);
        chosen.addAll(organisationsInsideAgreements(settled, others));
        chosen.sort(Comparator.comparingInt(Mention::begin));
        return chosen;
    }

    /** Names made of other names: meetings and the documents they adopt (《2021年亚太经合组织领导人宣言》). */
    private static boolean composite(Mention m) {
        return m.type() == EntityType.MEETING || m.type() == EntityType.SERIES || m.type() == EntityType.DOCUMENT;
    }

    /**
     * Organisations named inside a chosen agreement's title (…商务部与…经济部关于…的谅解备忘录): the gold lists them, as
     * ANNOTATION.md lists bodies named inside an office title or a meeting name (D 017/023/024, F 028: six bodies,
     * and no gold on the four sets leaves out a body written in an agreement's name). Persons and places inside
     * stay dropped, and so does a grouping joined to its partner by a dash (中国－东盟自由贸易区): it names a party
     * as an economy, and the gold does not list it for that (seed 002, F 016).
     */
    private static List<Mention> organisationsInsideAgreements(List<Mention> settled, List<Mention> candidates) {
        List<Mention> agreements = settled.stream().filter(m -> m.type() == EntityType.AGREEMENT).toList();
        if (agreements.isEmpty()) return List.of();
        List<Mention> inside = candidates.stream()
                .filter(c -> c.type() == EntityType.ORGANIZATION)
                .filter(c -> agreements.stream().anyMatch(a -> within(c, a) && !dashJoined(c.name(), a.name())))
                .toList();
        return settle(inside);
    }

    /** Whether {@code part}, written in {@code whole}, has a dash right before or after it (甲－乙自贸协定). */
    private static boolean dashJoined(String part, String whole) {
        for (int at = whole.indexOf(part); at >= 0; at = whole.indexOf(part, at + 1)) {
            int end = at + part.length();
            if (at > 0 && TextNormaliser.isDash(whole.charAt(at - 1))) return true;
            if (end < whole.length() && TextNormaliser.isDash(whole.charAt(end))) return true;
        }
        return false;
    }

    private static boolean within(Mention inner, Mention outer) {
        return inner.begin() >= outer.begin() && inner.end() <= outer.end() && !inner.span().equals(outer.span());
    }

    private static List<Mention> settle(List<Mention> candidates) {
        return SpanSelection.longest(candidates, Mention::span, Comparator.comparingDouble(Mention::confidence).reversed());
    }
}
