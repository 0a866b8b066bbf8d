package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.extractor.reference.ReferenceEntity;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.HanLp;

/**
 * Recognition of one document: dates, then every recogniser's candidates, one selection that settles overlaps,
 * linking of the selected mentions, then the recognisers that read the selected mentions (meeting acts).
 * Build one per extractor; {@link #recognise} keeps no state between calls.
 */
public final class RecognitionPipeline {

    private final Gazetteer gazetteer;
    private final List<Recogniser> recognisers;

    public RecognitionPipeline(ReferenceData reference, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        List<String> personNames = new ArrayList<>();
        for (ReferenceEntity e : reference.entities()) {
            if (e.type() == EntityType.PERSON) personNames.addAll(e.labels());
        }
        HanLp.initialise(personNames);
        this.recognisers = List.of(new GazetteerRecogniser(), new PersonRecogniser(), new OrganisationRecogniser(),
                new AgreementRecogniser(), new MeetingNameRecogniser());
    }

    /**
     * What recognition found in one document.
     *
     * @param context    what the recognisers saw (text, gazetteer matches, dates)
     * @param candidates every recogniser's candidates before selection
     * @param selected   the selected, linked mentions plus the meeting acts, in text order
     */
    public record Recognition(RecognitionContext context, List<Mention> candidates, List<Mention> selected) {
        public List<DateMention> dates() { return context.dates(); }
    }

    /** Recognises the mentions of {@code text}; {@code link} attaches reference entities to selected mentions. */
    public Recognition recognise(AnalysedText text, PartialDate published, UnaryOperator<Mention> link) {
        List<DateMention> dates = DateRecogniser.find(text.text(), published);
        RecognitionContext ctx = new RecognitionContext(text, gazetteer.findAll(text.text()), dates);
        List<Mention> candidates = new ArrayList<>();
        for (Recogniser r : recognisers) candidates.addAll(r.find(ctx));
        List<Mention> selected = new ArrayList<>();
        for (Mention m : MentionSelector.select(candidates)) selected.add(withTitle(link.apply(m), candidates));
        selected.addAll(MeetingActRecogniser.find(ctx, selected));
        selected.sort(Comparator.comparingInt(Mention::begin));
        return new Recognition(ctx, List.copyOf(candidates), List.copyOf(selected));
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
