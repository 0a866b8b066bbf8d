package org.diplokg.extractor.recognise;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import org.diplokg.extractor.reference.Gazetteer;

/**
 * A document's gazetteer matches, unmodifiable, with the matches starting and ending at each offset: the person and
 * organisation recognisers ask for the match at one offset many times per document, and each question scanned all
 * the matches.
 */
final class GazetteerMatches extends AbstractList<Gazetteer.Match> implements RandomAccess {

    private final Gazetteer.Match[] all;
    private final Map<Integer, List<Gazetteer.Match>> byBegin = new HashMap<>(), byEnd = new HashMap<>();

    private GazetteerMatches(List<Gazetteer.Match> matches) {
        this.all = matches.toArray(Gazetteer.Match[]::new);
        for (Gazetteer.Match m : all) {
            Objects.requireNonNull(m);
            byBegin.computeIfAbsent(m.begin(), k -> new ArrayList<>(2)).add(m);
            byEnd.computeIfAbsent(m.end(), k -> new ArrayList<>(2)).add(m);
        }
    }

    static GazetteerMatches of(List<Gazetteer.Match> matches) {
        return matches instanceof GazetteerMatches g ? g : new GazetteerMatches(matches);
    }

    /** The matches beginning at {@code begin}, in list order. */
    List<Gazetteer.Match> startingAt(int begin) {
        return byBegin.getOrDefault(begin, List.of());
    }

    /** The matches ending at {@code end}, in list order. */
    List<Gazetteer.Match> endingAt(int end) {
        return byEnd.getOrDefault(end, List.of());
    }

    @Override
    public Gazetteer.Match get(int index) { return all[index]; }

    @Override
    public int size() { return all.length; }
}
