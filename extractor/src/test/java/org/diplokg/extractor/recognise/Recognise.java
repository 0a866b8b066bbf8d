package org.diplokg.extractor.recognise;

import java.util.List;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.HanLp;

/** One recogniser's candidates for a short text, with the small test reference data (for rule tests). */
final class Recognise {
    private static Gazetteer gazetteer;

    private Recognise() {}

    private static HanLp hanLp;

    static List<Mention> with(Recogniser recogniser, String body) {
        RecognitionContext ctx = context(body);
        return recogniser.find(ctx);
    }

    /** The candidates' keys (normalised text), in the recogniser's order. */
    static List<String> keys(Recogniser recogniser, String body) {
        return with(recogniser, body).stream().map(Mention::key).toList();
    }

    private static synchronized RecognitionContext context(String body) {
        Extractor extractor = MiniExtractor.get();
        if (gazetteer == null) {
            gazetteer = Gazetteer.of(extractor.reference());
            hanLp = HanLp.withPersonNames(extractor.reference().entities().stream()
                    .filter(e -> e.type() == EntityType.PERSON).flatMap(e -> e.labels().stream()).toList());
        }
        AnalysedText text = AnalysedText.of(body, hanLp);
        return new RecognitionContext(text, gazetteer.findAll(text.text()), DateRecogniser.find(text.text(), null));
    }
}
