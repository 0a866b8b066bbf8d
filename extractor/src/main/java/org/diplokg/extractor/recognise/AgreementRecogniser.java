package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.recognise.Stage.Input;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.reference.ReferenceEntity;
import org.diplokg.extractor.text.Span;

/**
 * Agreements written as book titles (《…协定》), as free-trade-area names between two economies
 * (中国-秘鲁自由贸易协定升级议定书, 中国-东盟自由贸易区3.0版), and reference agreements followed by their acronym in
 * brackets (区域全面经济伙伴关系协定（RCEP）). Declarations, visions, roadmaps, plans and initiatives in book-title
 * marks are documents, not agreements: they come out as DOCUMENT mentions. Dashes are already unified by the normaliser.
 */
public final class AgreementRecogniser implements Recogniser {

    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]{2,60})》");
    /** A kind of agreement ending the title (an acronym in brackets may follow), or a title that is an acronym. */
    private static final Pattern AGREEMENT_END = Pattern.compile(
            Lexicons.of("agreement-kind-words").group() + "(\\([^()]{1,12}\\))?$|^[a-z][a-z0-9-]{2,9}$");
    private static final Pattern NOT_AGREEMENT = Pattern.compile(Lexicons.of("agreement-document-kind-words").alternation());
    /** 《合作协议》, 《自贸协定》: a title that names no particular agreement. */
    private static final Pattern GENERIC = Pattern.compile(
            "^" + Lexicons.of("agreement-generic-modifiers").group() + "?" + Lexicons.of("agreement-generic-heads").group() + "$");
    /** -秘鲁自由贸易协定升级议定书: the second party (group 1), the head (2), a version, upgrade or protocol after it (3). */
    private static final Pattern FTA = Pattern.compile("-([\\p{IsHan}]{1,6}?)(" + Lexicons.of("agreement-free-trade-heads").alternation()
            + ")((?:[0-9](?:\\.[0-9])?版)?(?:升级)?(?:议定书)?)");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\(([a-z][a-z0-9-]{1,9})\\)");

    @Override
    public List<Mention> find(RecognitionContext ctx) {
        List<Mention> out = new ArrayList<>();
        bookTitles(ctx, out);
        freeTradeAreas(ctx, out);
        withAcronym(ctx, out);
        return out;
    }

    private void bookTitles(RecognitionContext ctx, List<Mention> out) {
        Matcher m = BOOK_TITLE.matcher(ctx.normalised());
        while (m.find()) {
            String inner = m.group(1);
            if (NOT_AGREEMENT.matcher(inner).find()) {
                // a declaration, vision, plan or roadmap: a document, not an agreement
                out.add(new Mention(new Span(m.start(), m.end()), EntityType.DOCUMENT, ctx.original(m.start(), m.end()),
                        inner.replaceAll("[“”\"]", ""), null, null, RecogniserId.BOOK_TITLE, 0.8));
                continue;
            }
            ReferenceEntity ref = covering(ctx, m.start(1), m.end(1));
            if (ref == null && (!AGREEMENT_END.matcher(inner).find() || GENERIC.matcher(inner).matches())) continue;
            out.add(new Mention(new Span(m.start(), m.end()), EntityType.AGREEMENT, ctx.original(m.start(), m.end()),
                    inner, ref, null, RecogniserId.BOOK_TITLE, ref != null ? 0.97 : 0.85));
        }
    }

    /** E1-E2自由贸易协定…: the economy before the dash must be a known economy (or its one-character short form). */
    private void freeTradeAreas(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        Matcher m = FTA.matcher(t);
        while (m.find()) {
            int dash = m.start();
            Gazetteer.Match left = ctx.matchEndingAt(dash, EntityType.ECONOMY);
            if (left == null) left = ctx.matchEndingAt(dash, EntityType.ORGANIZATION);
            int begin = left != null ? left.begin() : -1;
            if (begin < 0) continue;
            String right = m.group(1);
            boolean rightKnown = ctx.matchStartingAt(dash + 1, EntityType.ECONOMY) != null
                    || ctx.matchStartingAt(dash + 1, EntityType.ORGANIZATION) != null;
            if (!rightKnown || right.isEmpty()) continue;
            int end = m.end();
            ReferenceEntity ref = covering(ctx, begin, end);
            String key = t.substring(begin, m.end(2));
            out.add(new Mention(new Span(begin, end), EntityType.AGREEMENT, ctx.original(begin, end), key, ref, null,
                    RecogniserId.FTA, ref != null ? 0.95 : 0.85));
        }
    }

    /** 区域全面经济伙伴关系协定（RCEP）: one mention over name and acronym. */
    private void withAcronym(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        for (Gazetteer.Match g : ctx.gazetteerMatches()) {
            ReferenceEntity e = RecognitionContext.entityOf(g, EntityType.AGREEMENT);
            if (e == null) continue;
            Matcher m = ACRONYM_AFTER.matcher(t);
            m.region(g.end(), t.length());
            if (m.lookingAt()) {
                out.add(new Mention(new Span(g.begin(), m.end()), EntityType.AGREEMENT, ctx.original(g.begin(), m.end()),
                        t.substring(g.begin(), g.end()), e, null, RecogniserId.GAZETTEER_ACRONYM, 0.97));
            }
        }
    }

    /** The reference agreement whose label covers most of [begin, end), or null. */
    private static ReferenceEntity covering(RecognitionContext ctx, int begin, int end) {
        Gazetteer.Match best = null;
        for (Gazetteer.Match g : ctx.gazetteerMatches()) {
            if (g.begin() >= begin && g.end() <= end && RecognitionContext.entityOf(g, EntityType.AGREEMENT) != null
                    && (best == null || g.length() > best.length())) best = g;
        }
        if (best == null || best.length() * 2 < end - begin) return null;
        return RecognitionContext.entityOf(best, EntityType.AGREEMENT);
    }

    private static final Stage STAGE = Stage.candidates("agreements",
            Set.of(Input.TEXT, Input.GAZETTEER),
            Set.of(EntityType.AGREEMENT, EntityType.DOCUMENT));

    @Override
    public Stage stage() { return STAGE; }
}
