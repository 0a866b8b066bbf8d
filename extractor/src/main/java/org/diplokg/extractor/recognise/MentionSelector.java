package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.text.SpanSelection;

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
        chosen.addAll(settle(others));
        chosen.sort(Comparator.comparingInt(Mention::begin));
        return chosen;
    }

    /** Names made of other names: meetings and the documents they adopt (《2021年亚太经合组织领导人宣言》). */
    private static boolean composite(Mention m) {
        return m.type() == EntityType.MEETING || m.type() == EntityType.SERIES || m.type() == EntityType.DOCUMENT;
    }

    private static List<Mention> settle(List<Mention> candidates) {
        return SpanSelection.longest(candidates, Mention::span, Comparator.comparingDouble(Mention::confidence).reversed());
    }
}
