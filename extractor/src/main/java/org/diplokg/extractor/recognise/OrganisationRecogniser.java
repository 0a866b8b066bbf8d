package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplokg.extractor.lexicon.Lexicon;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.recognise.Stage.Input;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.text.Span;
import org.diplokg.extractor.text.Token;

/**
 * Organisations not in the reference data, by pattern: United Nations bodies (联合国…署/会/组织), a country's organs
 * (智利外交部, 美国国会), Party committees' departments (江苏省委统战部), and HanLP organisation words that end in an
 * organisation suffix (…委员会, …银行, …通讯社). Generic phrases (国际组织, 有关部门) are not organisations.
 */
public final class OrganisationRecogniser implements Recogniser {

    /** The United Nations' own name, which every UN body's name begins with. */
    private static final String UN = "联合国";
    /** The short form of a Party committee after its level (省委, 市委统战部). */
    private static final String COMMITTEE = "委";

    private static final Pattern UN_BODY = Pattern.compile(
            UN + "[\\p{IsHan}]{1,8}?" + Lexicons.of("org-un-body-endings").group());
    private static final List<String> STATE_ORGANS = Lexicons.of("org-state-organs").longestFirst();
    /** Local organs written after a place, or alone as a short form (省工商联, 连云港市委, 市人大常委会). */
    private static final Pattern LOCAL_ORGAN = localOrganPattern();
    /** What can end an organisation's name when it continues a known name (中共中央 + 党史和文献研究院). */
    private static final Lexicon EXTENDED_ENDINGS = Lexicons.of("org-extension-endings");
    private static final Pattern EXTENDED_END = Pattern.compile(EXTENDED_ENDINGS.group() + "$");
    /** The last characters of EXTENDED_END's endings: the pattern is only tried where one of them ends the name. */
    private static final String ENDING_CHARS = lastChars(EXTENDED_ENDINGS.entries());
    /** Characters never inside a name: reading forward from a known name stops at them. */
    private static final String STOP_CHARS = Lexicons.of("org-extension-stop-chars").chars();
    private static final Pattern LEADING_NOISE = Pattern.compile("^" + Lexicons.of("org-leading-noise").group() + "+");
    private static final List<String> SUFFIXES = Lexicons.of("org-name-suffixes").entries();
    private static final Set<String> GENERIC = Lexicons.of("org-generic-phrases").set();
    private static final List<String> PHOTO_CREDITS = Lexicons.of("org-photo-credit-words").entries();

    /** (?:省|市|…)(?:委(?:统战部|…)|人大常委会|…|委(?!员|书记处)), with a look-ahead on the levels' first characters. */
    private static Pattern localOrganPattern() {
        Lexicon levels = Lexicons.of("org-local-levels");
        String firstChars = levels.entries().stream().map(e -> e.substring(0, 1)).distinct().collect(Collectors.joining());
        return Pattern.compile("(?=[" + firstChars + "])" + levels.group()
                + "(?:" + COMMITTEE + Lexicons.of("org-party-committee-departments").group()
                + "|" + Lexicons.of("org-local-organs").alternation()
                + "|" + COMMITTEE + "(?!" + Lexicons.of("org-committee-short-form-blockers").alternation() + "))");
    }

    private static String lastChars(List<String> words) {
        return words.stream().map(w -> w.substring(w.length() - 1)).distinct().collect(Collectors.joining());
    }

    @Override
    public List<Mention> find(RecognitionContext ctx) {
        List<Mention> out = new ArrayList<>();
        String t = ctx.normalised();
        pattern(ctx, UN_BODY, RecogniserId.UN_BODY, out);
        for (Gazetteer.Match m : ctx.gazetteerMatches()) {
            if (RecognitionContext.entityOf(m, EntityType.ECONOMY) == null || m.length() < 2) continue;
            for (String organ : STATE_ORGANS) {
                if (t.startsWith(organ, m.end())) {
                    add(ctx, new Span(m.begin(), m.end() + organ.length()), RecogniserId.STATE_ORGAN, 0.85, out);
                    break;
                }
            }
        }
        for (Token tok : ctx.text().tokens()) {
            if (!tok.tag().startsWith("nt") || GENERIC.contains(tok.word())) continue;
            Matcher noise = LEADING_NOISE.matcher(tok.word());
            int begin = tok.begin() + (noise.find() ? noise.end() : 0);
            String word = t.substring(begin, tok.end());
            if (word.length() < 4 || SUFFIXES.stream().noneMatch(word::endsWith)) continue;
            // a fragment of a longer name HanLP cut (亚太经全组织 → 经全组织) is not a name
            if (begin > 0 && Character.UnicodeScript.of(t.charAt(begin - 1)) == Character.UnicodeScript.HAN
                    && !ctx.text().isTokenBoundary(begin)) continue;
            add(ctx, new Span(begin, tok.end()), RecogniserId.HANLP, 0.7, out);
        }
        extensions(ctx, out);
        localOrgans(ctx, out);
        return out;
    }

    /** A known name (organisation, economy, place) or a HanLP place continued by nouns to an organisation ending. */
    private static void extensions(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (Gazetteer.Match m : ctx.gazetteerMatches()) {
            if (RecognitionContext.entityOf(m, EntityType.ORGANIZATION) != null || RecognitionContext.entityOf(m, EntityType.ECONOMY) != null
                    || RecognitionContext.entityOf(m, EntityType.PLACE) != null) {
                starts.add(m.begin());
                ends.add(m.end());
            }
        }
        for (Token tok : ctx.text().tokens()) {
            if (tok.tag().equals("ns") || tok.tag().equals("nt")) {
                starts.add(tok.begin());
                ends.add(tok.end());
            }
        }
        // offsets strictly inside a gazetteer match, computed once (台湾|中央社: not a place to end a name)
        boolean[] inside = new boolean[t.length() + 1];
        for (Gazetteer.Match m : ctx.gazetteerMatches()) for (int i = m.begin() + 1; i < m.end(); i++) inside[i] = true;
        for (int k = 0; k < starts.size(); k++) {
            int begin = starts.get(k), end = ends.get(k);
            int sentence = ctx.text().sentenceAt(begin);
            int best = -1;
            for (int j = end + 1; j <= Math.min(t.length(), end + 12); j++) {
                char c = t.charAt(j - 1);
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || STOP_CHARS.indexOf(c) >= 0) break;
                if (ctx.text().sentenceAt(j - 1) != sentence) break;
                Token tok = tokenAt(ctx, j - 1);
                if (tok != null && !nounish(tok)) break;
                if (ENDING_CHARS.indexOf(c) >= 0 && ctx.text().isTokenBoundary(j) && !inside[j]
                        && EXTENDED_END.matcher(t.substring(begin, j)).find()) best = j;
            }
            if (best > end) add(ctx, new Span(begin, best), RecogniserId.EXTENSION, 0.8, out);
        }
    }

    /** 新华社记者, 总台央视记者, …摄: the organisation is credited for text or a photo. */
    static boolean isCredit(String t, int end) {
        String after = t.substring(end, Math.min(t.length(), end + 6));
        int reporter = after.indexOf("记者");
        boolean clean = reporter >= 0 && after.substring(0, reporter).codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return clean && reporter <= 4 || PHOTO_CREDITS.stream().anyMatch(after::startsWith);
    }

    private static Token tokenAt(RecognitionContext ctx, int offset) {
        List<Token> tokens = ctx.text().tokens();
        int i = ctx.text().tokenIndexAt(offset);
        if (i < tokens.size() && tokens.get(i).begin() == offset) return tokens.get(i);
        return i > 0 && tokens.get(i - 1).end() > offset ? tokens.get(i - 1) : null;
    }

    private static boolean nounish(Token tok) {
        String tag = tok.tag();
        return tag.startsWith("n") && !tag.startsWith("nr") || tag.equals("vn") || tag.equals("b") || tag.equals("j")
                || tag.equals("m") || tag.equals("x") || tok.word().equals("和");
    }


    private static void localOrgans(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        Matcher m = LOCAL_ORGAN.matcher(t);
        while (m.find()) {
            int begin = m.start();
            // the place before it, when there is one: 连云港 + 市委 (only tokens from the one before m.start() can end there)
            List<Token> tokens = ctx.text().tokens();
            for (int i = Math.max(0, ctx.text().tokenIndexAt(m.start()) - 1); i < tokens.size() && tokens.get(i).begin() <= m.start() + 1; i++) {
                Token tok = tokens.get(i);
                if (tok.end() == m.start() && (tok.tag().equals("ns") || ctx.matchEndingAt(m.start(), EntityType.PLACE) != null)) {
                    begin = tok.begin();
                    break;
                }
                if (tok.end() == m.start() + 1 && tok.tag().equals("ns") && tok.word().length() > 1) {
                    begin = tok.begin(); // 江苏省 as one word
                    break;
                }
            }
            if (m.end() - begin >= 3) add(ctx, new Span(begin, m.end()), RecogniserId.LOCAL_ORGAN, 0.8, out);
        }
    }

    private static void pattern(RecognitionContext ctx, Pattern p, RecogniserId recogniser, List<Mention> out) {
        Matcher m = p.matcher(ctx.normalised());
        while (m.find()) {
            String inner = m.group();
            if (inner.contains("兼") || Titles.ALL.stream().anyMatch(title -> title.length() > 1 && inner.contains(title))) continue;
            add(ctx, new Span(m.start(), m.end()), recogniser, 0.85, out);
        }
    }

    private static void add(RecognitionContext ctx, Span s, RecogniserId recogniser, double confidence, List<Mention> out) {
        String key = ctx.normalised().substring(s.begin(), s.end());
        if (GENERIC.contains(key)) return;
        // a credit (总台央视记者…, 新华社记者…) names the source of a photo or text, not an organisation in the news
        if (isCredit(ctx.normalised(), s.end())) recogniser = RecogniserId.CREDIT;
        out.add(new Mention(s, EntityType.ORGANIZATION, ctx.original(s.begin(), s.end()), key, null, null, recogniser, confidence));
    }

    private static final Stage STAGE = Stage.candidates("organisations",
            Set.of(Input.TEXT, Input.TOKENS, Input.GAZETTEER),
            Set.of(EntityType.ORGANIZATION));

    @Override
    public Stage stage() { return STAGE; }
}
