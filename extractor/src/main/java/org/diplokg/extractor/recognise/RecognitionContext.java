package org.diplokg.extractor.recognise;

import java.util.List;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.reference.ReferenceEntity;
import org.diplokg.extractor.text.AnalysedText;

/**
 * What every recogniser sees of one document: the analysed text, the gazetteer's matches, the dates in it and,
 * after selection, the selected mentions (empty before; see {@link Stage.Input}).
 */
public record RecognitionContext(AnalysedText text, List<Gazetteer.Match> gazetteerMatches, List<DateMention> dates,
                                 List<Mention> selected) {

    public RecognitionContext {
        gazetteerMatches = GazetteerMatches.of(gazetteerMatches);
        dates = List.copyOf(dates);
        selected = List.copyOf(selected);
    }

    /** The context of the candidates phase: nothing selected yet. */
    public RecognitionContext(AnalysedText text, List<Gazetteer.Match> gazetteerMatches, List<DateMention> dates) {
        this(text, gazetteerMatches, dates, List.of());
    }

    /** The same document with the selected mentions, for the stages after selection. */
    public RecognitionContext withSelected(List<Mention> mentions) {
        return new RecognitionContext(text, gazetteerMatches, dates, mentions);
    }

    public String normalised() { return text.normalised(); }

    /** The original text of normalised [begin, end). */
    public String original(int begin, int end) { return text.text().originalText(begin, end); }

    /** The entity of the given type a match names, or null. */
    public static ReferenceEntity entityOf(Gazetteer.Match m, EntityType type) {
        for (ReferenceEntity e : m.entities()) if (e.type() == type) return e;
        return null;
    }

    /** The longest gazetteer match of {@code type} ending exactly at {@code end}, or null. */
    public Gazetteer.Match matchEndingAt(int end, EntityType type) {
        Gazetteer.Match best = null;
        for (Gazetteer.Match m : ((GazetteerMatches) gazetteerMatches).endingAt(end)) {
            if (entityOf(m, type) != null && (best == null || m.length() > best.length())) best = m;
        }
        return best;
    }

    /** The longest gazetteer match of {@code type} starting exactly at {@code begin}, or null. */
    public Gazetteer.Match matchStartingAt(int begin, EntityType type) {
        Gazetteer.Match best = null;
        for (Gazetteer.Match m : ((GazetteerMatches) gazetteerMatches).startingAt(begin)) {
            if (entityOf(m, type) != null && (best == null || m.length() > best.length())) best = m;
        }
        return best;
    }
}
