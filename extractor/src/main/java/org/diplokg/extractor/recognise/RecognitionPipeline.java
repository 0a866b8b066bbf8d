package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.text.AnalysedText;

/**
 * Recognition of one document, in two declared phases: the dates and the gazetteer's matches; every
 * {@link Stage.Phase#CANDIDATES} recogniser's candidates; one selection that settles overlaps
 * ({@link MentionSelector}); linking of the selected mentions; then the {@link Stage.Phase#AFTER_SELECTION}
 * recognisers, which read the selected mentions. Build one per extractor; {@link #recognise} keeps no state.
 */
public final class RecognitionPipeline {

    private final Gazetteer gazetteer;
    private final List<Recogniser> candidates;
    private final List<Recogniser> afterSelection;

    /** Checks every recogniser's declaration: it may only need what its phase has ready. */
    public RecognitionPipeline(Gazetteer gazetteer, List<Recogniser> recognisers) {
        this.gazetteer = gazetteer;
        for (Recogniser r : recognisers) {
            Stage s = r.stage();
            Set<Stage.Input> missing = new java.util.HashSet<>(s.needs());
            missing.removeAll(Stage.Input.availableIn(s.phase()));
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("recogniser '" + s.name() + "' needs " + missing + ", which the "
                        + s.phase() + " phase does not have");
            }
        }
        this.candidates = recognisers.stream().filter(r -> r.stage().phase() == Stage.Phase.CANDIDATES).toList();
        this.afterSelection = recognisers.stream().filter(r -> r.stage().phase() == Stage.Phase.AFTER_SELECTION).toList();
    }

    /** The standard recognisers ({@link Recognisers#standard()}). */
    public RecognitionPipeline(Gazetteer gazetteer) {
        this(gazetteer, Recognisers.standard());
    }

    /**
     * What recognition found in one document.
     *
     * @param context    what the recognisers saw (text, gazetteer matches, dates, the selected mentions)
     * @param candidates every candidates-phase recogniser's mentions before selection
     * @param selected   the selected, linked mentions plus those of the after-selection recognisers, in text order
     */
    public record Recognition(RecognitionContext context, List<Mention> candidates, List<Mention> selected) {
        public List<DateMention> dates() { return context.dates(); }
    }

    /** Recognises the mentions of {@code text}; {@code link} attaches reference entities to selected mentions. */
    public Recognition recognise(AnalysedText text, PartialDate published, UnaryOperator<Mention> link) {
        List<DateMention> dates = DateRecogniser.find(text, published);
        RecognitionContext ctx = new RecognitionContext(text, gazetteer.findAll(text.text()), dates);
        List<Mention> found = new ArrayList<>();
        for (Recogniser r : candidates) found.addAll(checked(r, r.find(ctx)));
        List<Mention> selected = new ArrayList<>();
        for (Mention m : MentionSelector.select(found)) selected.add(withTitle(link.apply(m), found));
        RecognitionContext after = ctx.withSelected(selected);
        for (Recogniser r : afterSelection) selected.addAll(checked(r, r.find(after)));
        selected.sort(Comparator.comparingInt(Mention::begin));
        return new Recognition(after, List.copyOf(found), List.copyOf(selected));
    }

    /** A recogniser's mentions, after checking they are of the types it declares. */
    private static List<Mention> checked(Recogniser r, List<Mention> mentions) {
        Set<EntityType> declared = r.stage().produces();
        for (Mention m : mentions) {
            if (!declared.contains(m.type())) {
                throw new IllegalStateException("recogniser '" + r.stage().name() + "' produced a " + m.type()
                        + " mention (" + m.name() + ") but declares " + declared);
            }
        }
        return mentions;
    }

    /** A title written next to a reference person's name is found by the title recogniser; keep it. */
    private static Mention withTitle(Mention m, List<Mention> candidates) {
        if (m.type() != EntityType.PERSON || m.title() != null) return m;
        for (Mention c : candidates) {
            if (c.type() == EntityType.PERSON && c.span().equals(m.span()) && c.title() != null) return m.withTitle(c.title());
        }
        return m;
    }
}
