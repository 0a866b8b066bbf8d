package org.diplokg.extractor.resolve;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.recognise.RecognitionContext;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.text.Span;

/**
 * The words a person is reported saying in a sentence (主席在主持讲话中表示，省委全会把…): a meeting named there is what
 * the speaker talks about, not where the sentence's people are, so the sentence is not about it: its chair and
 * participants go to the meeting being reported (dev odd half: 1 chair and 2 participants off a meeting only spoken
 * of, 1 participant to the meeting reported). Whether the meeting spoken of took place is still read from the whole
 * sentence: reading it from the reported words alone lost 9 true events (dev, both halves).
 */
final class ReportedSpeech {

    /** A speech verb and the comma or colon that opens what is said. */
    private static final Pattern OPENS = Pattern.compile(Lexicons.of("meeting-speech-verbs").group() + "[，,：:]");
    /** He or she as the speaker, where the name was in an earlier sentence. */
    private static final Pattern PRONOUN = Pattern.compile("[他她]");
    /** What ends the clause of the speaker. */
    private static final String CLAUSE_MARKS = "，,；;。";

    private ReportedSpeech() {}

    /** The meeting names that lie in a person's reported words within their sentence. */
    static Set<Mention> quoted(RecognitionContext ctx, List<Mention> named) {
        Set<Mention> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Mention m : named) if (m.begin() >= contentBegin(ctx, m.begin())) out.add(m);
        return out;
    }

    /**
     * Where the words reported in the sentence at {@code at} begin: after the first 表示，/指出： whose clause has a
     * person (or 他, 她) before the verb; the sentence's end when there is none.
     */
    static int contentBegin(RecognitionContext ctx, int at) {
        int s = ctx.text().sentenceAt(at);
        if (s < 0) return Integer.MAX_VALUE;
        Span sentence = ctx.text().sentences().get(s);
        String t = ctx.normalised();
        Matcher opens = OPENS.matcher(t).region(sentence.begin(), sentence.end());
        while (opens.find()) {
            int clause = opens.start();
            while (clause > sentence.begin() && CLAUSE_MARKS.indexOf(t.charAt(clause - 1)) < 0) clause--;
            if (speakerIn(ctx, t, clause, opens.start())) return opens.end();
        }
        return Integer.MAX_VALUE;
    }

    private static boolean speakerIn(RecognitionContext ctx, String t, int begin, int end) {
        if (PRONOUN.matcher(t).region(begin, end).find()) return true;
        for (Mention p : ctx.selected()) {
            if (p.type() == EntityType.PERSON && p.begin() >= begin && p.end() <= end) return true;
        }
        return false;
    }
}
