package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.recognise.Stage.Input;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.HanLp;
import org.diplokg.extractor.text.Span;
import org.junit.jupiter.api.Test;

/** The stage contract: declarations are checked when the pipeline is built and on every call. */
class RecognitionPipelineTest {

    private static final Gazetteer GAZETTEER = Gazetteer.of(Seeds.extractor().reference());
    private static final AnalysedText TEXT = AnalysedText.of("中国与东盟签署协定。", HanLp.withPersonNames(List.of()));

    /** A recogniser made of its declaration and a function. */
    private record Fake(Stage stage, java.util.function.Function<RecognitionContext, List<Mention>> body) implements Recogniser {
        @Override
        public List<Mention> find(RecognitionContext context) { return body.apply(context); }
    }

    private static Mention mention(EntityType type, int begin, int end) {
        String s = TEXT.normalised().substring(begin, end);
        return new Mention(new Span(begin, end), type, s, s, null, null, RecogniserId.MEETING_NAME, 0.5);
    }

    @Test
    void aCandidateStageCannotNeedTheSelectedMentions() {
        Recogniser wrong = new Fake(Stage.candidates("early reader", Set.of(Input.SELECTED_MENTIONS), Set.of(EntityType.MEETING)),
                ctx -> List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RecognitionPipeline(GAZETTEER, List.of(wrong)));
        assertTrue(e.getMessage().contains("early reader"), e.getMessage());
    }

    @Test
    void aStageThatProducesWhatItDidNotDeclareFails() {
        Recogniser liar = new Fake(Stage.candidates("liar", Set.of(Input.TEXT), Set.of(EntityType.PERSON)),
                ctx -> List.of(mention(EntityType.MEETING, 0, 2)));
        RecognitionPipeline pipeline = new RecognitionPipeline(GAZETTEER, List.of(liar));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> pipeline.recognise(TEXT, PartialDate.parseIso("2020-01-01"), m -> m));
        assertTrue(e.getMessage().contains("liar"), e.getMessage());
    }

    @Test
    void afterSelectionStagesSeeTheSelectedMentionsAndAddTheirOwn() {
        List<List<Mention>> seen = new ArrayList<>();
        Recogniser early = new Fake(Stage.candidates("early", Set.of(Input.TEXT), Set.of(EntityType.ECONOMY)),
                ctx -> List.of(mention(EntityType.ECONOMY, 0, 2), mention(EntityType.ECONOMY, 0, 1)));
        Recogniser late = new Fake(Stage.afterSelection("late", Set.of(Input.SELECTED_MENTIONS), Set.of(EntityType.MEETING)),
                ctx -> {
                    seen.add(ctx.selected());
                    return List.of(mention(EntityType.MEETING, 3, 9));
                });
        RecognitionPipeline.Recognition r = new RecognitionPipeline(GAZETTEER, List.of(late, early))
                .recognise(TEXT, PartialDate.parseIso("2020-01-01"), m -> m);
        assertEquals(2, r.candidates().size());
        assertEquals(List.of("中国"), seen.get(0).stream().map(Mention::name).toList(), "the overlap was settled first");
        assertEquals(List.of("中国", "东盟签署协定"), r.selected().stream().map(Mention::name).toList());
    }

    @Test
    void everyStandardRecogniserDeclaresAStageItsPhaseCanServe() {
        List<Recogniser> all = Recognisers.standard();
        assertTrue(all.stream().anyMatch(r -> r.stage().phase() == Stage.Phase.AFTER_SELECTION));
        new RecognitionPipeline(GAZETTEER, all); // throws on a bad declaration
        assertEquals(all.size(), all.stream().map(r -> r.stage().name()).distinct().count(), "stage names are unique");
    }
}
