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
import org.diplokg.extractor.text.MatchStarts;
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
    private static final String KINDS = Lexicons.of("agreement-kind-words").group();
    /** “投资促进及保障协议”（FIPA）: a quoted name ending in a kind of agreement, its acronym in brackets. */
    private static final Pattern QUOTED_WITH_ACRONYM = Pattern.compile(
            "[“‘\"']([^“”‘’\"'《》]{2,30}?" + KINDS + ")[”’\"']\\(([a-z][a-z0-9-]{1,9})\\)");
    /** 双边贸易协定（BTA）: the same unquoted; the name runs back over Han characters to a stop character. */
    private static final Pattern BARE_WITH_ACRONYM = Pattern.compile("([\\p{IsHan}]{2,20}?" + KINDS + ")\\(([a-z][a-z0-9-]{1,9})\\)");
    private static final String NAME_STOPS = Lexicons.of("agreement-name-stop-chars").chars();
    /**
     * 「台吐團結共榮條約」, “中美经贸协议”: a quoted name ending in a kind of agreement (traditional-script pages quote
     * titles so, where simplified ones use book-title marks). Group 1 is the name; no punctuation inside.
     */
    private static final Pattern QUOTED_NAME = Pattern.compile(
            "[“「『]([^“”「」『』《》\\s，,。、；;：:！？!?()]{2,30}?" + KINDS + ")[”」』]");
    /**
     * A verb of what parties did (签署, 启动, 结束…) inside a title makes it a headline, not a name
     * (《甲国与乙国签署自由贸易协定》), unless 关于 comes before it (《关于启动…谈判的谅解备忘录》 is a name).
     */
    /**
     * Where the whole-text scans can match: at a 《, a quote, a dash (find() tried each pattern at every character:
     * the quoted-name scan alone was a tenth of this recogniser's CPU on the probe's texts).
     */
    private static final MatchStarts BOOK_TITLE_STARTS = MatchStarts.of(BOOK_TITLE);
    private static final MatchStarts QUOTED_NAME_STARTS = MatchStarts.of(QUOTED_NAME);
    private static final MatchStarts FTA_STARTS = MatchStarts.of(FTA);
    private static final Pattern HEADLINE_ACT = Pattern.compile(Lexicons.of("agreement-pair-acts").alternation());
    private static final String ABOUT = Lexicons.of("agreement-title-about-words").entries().get(0);
    private static final Set<String> GENERIC_ACRONYMS = Lexicons.of("agreement-generic-acronyms").entries().stream()
            .map(e -> e.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());

    @Override
    public List<Mention> find(RecognitionContext ctx) {
        List<Mention> out = new ArrayList<>();
        PairedAgreements pairs = new PairedAgreements(ctx);
        bookTitles(ctx, pairs, out);
        quotedNames(ctx, out);
        freeTradeAreas(ctx, out);
        withAcronym(ctx, out);
        namedByAcronym(ctx, out);
        out.addAll(pairs.find());
        signedBetweenTwo(ctx, out);
        return out;
    }

    private void bookTitles(RecognitionContext ctx, PairedAgreements pairs, List<Mention> out) {
        String t = ctx.normalised();
        Matcher m = BOOK_TITLE.matcher(t);
        for (boolean found = BOOK_TITLE_STARTS.find(m, t, 0); found; found = BOOK_TITLE_STARTS.find(m, t, m.end())) {
            String inner = m.group(1);
            // a title ending in a kind of agreement is one (《…合作框架协议》); else a document kind makes it a document
            if (!AGREEMENT_END.matcher(inner).find() && NOT_AGREEMENT.matcher(inner).find()) {
                // a declaration, vision, plan or roadmap: a document, not an agreement
                out.add(new Mention(new Span(m.start(), m.end()), EntityType.DOCUMENT, ctx.original(m.start(), m.end()),
                        inner.replaceAll("[“”\"]", ""), null, null, RecogniserId.BOOK_TITLE, 0.8));
                continue;
            }
            ReferenceEntity ref = covering(ctx, m.start(1), m.end(1));
            if (ref == null && (!AGREEMENT_END.matcher(inner).find() || GENERIC.matcher(inner).matches() || isHeadline(inner))) continue;
            out.add(new Mention(new Span(m.start(), m.end()), EntityType.AGREEMENT, ctx.original(m.start(), m.end()),
                    ref == null ? pairKey(ctx, pairs, m.start(1), inner) : inner, ref, null, RecogniserId.BOOK_TITLE, ref != null ? 0.97 : 0.85));
        }
    }

    /** 《中国与毛里求斯签署自由贸易协定》: a report's headline in title marks, not an agreement's name. */
    static boolean isHeadline(String title) {
        Matcher act = HEADLINE_ACT.matcher(title);
        if (!act.find()) return false;
        int about = title.indexOf(ABOUT);
        return about < 0 || about > act.start();
    }

    /**
     * 「台吐團結共榮條約」: a quoted name ending in a kind of agreement, keyed by itself (or by the reference agreement
     * it names); a generic one (“合作协议”) and one already taken with its acronym (“…协议”（FIPA）) are left out.
     */
    private void quotedNames(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        Matcher m = QUOTED_NAME.matcher(t);
        for (boolean found = QUOTED_NAME_STARTS.find(m, t, 0); found; found = QUOTED_NAME_STARTS.find(m, t, m.end())) {
            String inner = m.group(1);
            if (GENERIC.matcher(inner).matches() || isHeadline(inner)) continue;
            if (ACRONYM_AFTER.matcher(t).region(m.end(), t.length()).lookingAt()) continue;
            ReferenceEntity ref = covering(ctx, m.start(1), m.end(1));
            // named without its quotes: the name is what the summary keys a new agreement by
            out.add(new Mention(new Span(m.start(), m.end()), EntityType.AGREEMENT, ctx.original(m.start(1), m.end(1)),
                    inner, ref, null, RecogniserId.BOOK_TITLE, ref != null ? 0.95 : 0.8));
        }
    }

    /** E1-E2自由贸易协定…: the economy before the dash must be a known economy (or its one-character short form). */
    private void freeTradeAreas(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        Matcher m = FTA.matcher(t);
        for (boolean found = FTA_STARTS.find(m, t, 0); found; found = FTA_STARTS.find(m, t, m.end())) {
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

    /**
     * 《中华人民共和国政府和尼加拉瓜共和国政府自由贸易协定》: a title naming both parties is keyed by the canonical pair form
     * (中国-尼加拉瓜自由贸易协定), so that the resolver finds the reference agreement; other titles by themselves.
     */
    private static String pairKey(RecognitionContext ctx, PairedAgreements pairs, int begin, String inner) {
        PairedAgreements.Pair p = pairs.writtenPairAt(begin);
        if (p == null) return inner;
        String rest = ctx.normalised().substring(p.end(), begin + inner.length());
        return PairedAgreements.key(p.first(), p.second(), rest);
    }

    /** “投资促进及保障协议”（FIPA）, 双边贸易协定（BTA）: a name the reference data lacks, keyed by its acronym. */
    private void namedByAcronym(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        // from each bracketed acronym back over a short window: the patterns run on windows, not on the whole text
        Matcher acronyms = ACRONYM_AFTER.matcher(t);
        while (acronyms.find()) {
          int from = Math.max(0, acronyms.start() - 40);
          for (Pattern p : List.of(QUOTED_WITH_ACRONYM, BARE_WITH_ACRONYM)) {
            Matcher m = p.matcher(t);
            m.region(from, acronyms.end());
            while (m.find()) {
                if (m.end() != acronyms.end()) continue;
                if (GENERIC_ACRONYMS.contains(m.group(2))) continue;
                int begin = p == BARE_WITH_ACRONYM ? nameStart(t, m.start(1), m.end(1)) : m.start();
                if (m.end(1) - begin < 3 || covering(ctx, begin, m.end(1)) != null) continue;
                String acronym = ctx.original(m.start(2), m.end(2));
                out.add(new Mention(new Span(begin, m.end()), EntityType.AGREEMENT, ctx.original(begin, m.end()),
                        acronym.toLowerCase(java.util.Locale.ROOT), null, null, RecogniserId.ACRONYM_NAME, 0.9));
            }
          }
        }
    }

    private static final String GENERIC_NAME = Lexicons.of("agreement-signed-generic-names").group();
    private static final String SIGNING_VERBS = Lexicons.of("agreement-signed-generic-verbs").group();
    /**
     * 签订合作备忘。, 签署战略合作框架协议，, 签署历史性的战略伙伴协议: the name right after the verb (an epithet skipped),
     * ending the phrase.
     */
    private static final Pattern SIGNED_GENERIC = Pattern.compile(SIGNING_VERBS + "(?:" + Lexicons.of("agreement-signed-generic-epithets").group()
            + ")?(" + GENERIC_NAME + ")(?![\\p{IsHan}A-Za-z0-9])");
    /** 举行战略合作框架协议签约仪式: the name right before 签约. */
    private static final Pattern GENERIC_SIGNING = Pattern.compile("(" + GENERIC_NAME + ")"
            + Lexicons.of("agreement-signed-generic-ceremonies").group());
    /** Where each pattern's matches can start: find() tried both at every character, half of this recogniser's CPU. */
    private static final MatchStarts SIGNED_GENERIC_STARTS = MatchStarts.of(SIGNED_GENERIC);
    private static final MatchStarts GENERIC_SIGNING_STARTS = MatchStarts.of(GENERIC_SIGNING);
    /** Words one of which every match of {@link #GENERIC_SIGNING} holds: a text without them is not scanned. */
    private static final List<String> CEREMONIES = Lexicons.of("agreement-signed-generic-ceremonies").entries();
    /** Two parties joined before the verb (甲公司与乙区人民政府…). */
    private static final Pattern TWO_PARTIES = Pattern.compile("[\\p{IsHan})）]{2,}["
            + Lexicons.of("agreement-pair-conjunctions").chars() + "][^，。；：！？\\n]{2,}$");
    /**
     * A clause that opens on its partner, its subject carried from the clause before (甲省代表团访问乙国，与乙国丙区签署…,
     * 並與丁市簽署…): the co-verb within two characters of the clause's start, one partner after it (no list: 与丙、丁签署
     * names one document each).
     */
    private static final Pattern PARTNER_FIRST = Pattern.compile("^[\\p{IsHan}]{0,2}?["
            + Lexicons.of("agreement-pair-conjunctions").chars() + "][^、，。；：！？\\n]{2,}$");
    /** A subject that is a count or a crowd (同150多个国家, 与各方) is no pair of parties. */
    private static final Pattern MANY = Pattern.compile(Lexicons.of("agreement-signed-generic-crowds").alternation());

    /**
     * 甲公司与乙区人民政府举行战略合作框架协议签约仪式, 甲会与乙处签订合作备忘: a generic-looking name that the two parties
     * the clause names sign between them is their agreement (ANNOTATION.md: a generic form the text ties to one agreement;
     * set D odd half: two of twelve agreements were so written), keyed by the name as written. Without two parties
     * joined in the clause (签署合作协议 with 150多个国家) it names none.
     */
    private void signedBetweenTwo(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        for (Pattern p : List.of(SIGNED_GENERIC, GENERIC_SIGNING)) {
            if (p == GENERIC_SIGNING && CEREMONIES.stream().noneMatch(t::contains)) continue;
            MatchStarts starts = p == SIGNED_GENERIC ? SIGNED_GENERIC_STARTS : GENERIC_SIGNING_STARTS;
            Matcher m = p.matcher(t);
            // find()'s matches, none of which is empty, in the same order (MatchStarts#find)
            for (boolean found = starts.find(m, t, 0); found; found = starts.find(m, t, m.end())) {
                int begin = m.start(1), end = m.end(1);
                int clauseStart = begin;
                while (clauseStart > 0 && "，。；！？\n,;".indexOf(t.charAt(clauseStart - 1)) < 0) clauseStart--;
                String subject = t.substring(clauseStart, m.start());
                boolean pair = TWO_PARTIES.matcher(subject).find() || PARTNER_FIRST.matcher(subject).find();
                if (!pair || MANY.matcher(subject).find()) continue;
                Span span = new Span(begin, end);
                if (out.stream().anyMatch(x -> x.span().overlaps(span))) continue;
                out.add(new Mention(span, EntityType.AGREEMENT, ctx.original(begin, end), t.substring(begin, end),
                        null, null, RecogniserId.PAIR, 0.75));
            }
        }
    }

    /** Where an unquoted name starts: after the last stop character (或, 和, 的 …) before its kind word. */
    private static int nameStart(String t, int begin, int kindEnd) {
        int start = begin;
        for (int i = begin; i < kindEnd - 2; i++) if (NAME_STOPS.indexOf(t.charAt(i)) >= 0) start = i + 1;
        return start;
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
