package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.recognise.Stage.Input;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.HanLp;
import org.diplokg.extractor.text.PhraseTrie;
import org.diplokg.extractor.text.Span;
import org.diplokg.extractor.text.Token;

/**
 * Names of meetings: a head word (会议, 峰会, 论坛, 对话会, 记者会, 宴会 …) and the noun phrase before it, read back
 * over HanLP's words until a verb, a preposition, a person, a time word or punctuation (出席|亚太经合组织第二十八次
 * 领导人非正式会议). A head with no real qualifier (会议, 本次会议, 视频会议) is a reference to a meeting named
 * elsewhere, produced as {@link RecogniserId#GENERIC_REFERENCE} so that arguments can still attach to it.
 */
public final class MeetingNameRecogniser implements Recogniser {


    /** Words that end a meeting's name, longest first. */
    public static final List<String> HEADS = Lexicons.of("meeting-name-heads").longestFirst();
    /** Heads of a round of talks (谈判, 磋商): a meeting only where the name numbers its round (第二轮…谈判). */
    private static final Set<String> ROUND_HEADS = Lexicons.of("meeting-round-heads").set();
    private static final PhraseTrie<String> HEAD_TRIE = HanLp.trie(
            java.util.stream.Stream.concat(HEADS.stream(), ROUND_HEADS.stream()).distinct()
                    .collect(java.util.stream.Collectors.toMap(h -> h, h -> h)));

    /** Heads that name one series by themselves (进博会, 十九大): no qualifier is needed. */
    private static final Set<String> SELF_NAMING = Lexicons.of("meeting-name-self-naming-heads").set();
    /** Words that do not make a head a name (本次会议, 视频会议); longest first, so 一系列 goes before 系列. */
    private static final List<String> GENERIC_WORDS = Lexicons.of("meeting-name-generic-modifiers").longestFirst();
    /** A run of numerals: 二十八, 3. */
    private static final String NUMBER = "[0-9" + Lexicons.of("meeting-name-numeral-chars").chars() + "]+";
    /** The ordinal prefix and the measure words of sessions and editions (第二十八次, 第三届). */
    private static final String ORDINAL_PREFIX = "第";
    private static final String SESSION = "(?:次|届)";
    /** The ordinal of a round: 第二轮, 第一次. */
    private static final Pattern ROUND = Pattern.compile("(?:" + ORDINAL_PREFIX + NUMBER + "|首)" + Lexicons.of("meeting-ordinal-counters").group());
    /** Words that refer back rather than name: stripped from the front of a name (历次APEC领导人非正式会议). */
    private static final Pattern LEADING_REFERENCE = Pattern.compile(
            "^(?:" + Lexicons.of("meeting-name-leading-references").alternation() + "|" + NUMBER + "场"
            + "|[0-9]+[)）.、]|[(（][0-9]+[)）]|" + NUMBER + "、)+");
    private static final Pattern ORDINAL = Pattern.compile(ORDINAL_PREFIX + NUMBER + SESSION);
    /** Heads that name an occasion by themselves when something is done at it: 举行宴会, 出席欢迎仪式, 主持记者会. */
    private static final Set<String> OCCASIONS = Lexicons.of("meeting-name-occasion-heads").set();
    /** Holding verbs, or a relative clause's 举行的 (为与会领导人举行的欢迎宴会, set G 010: the banquet read as a bare reference). */
    private static final Pattern OCCASION_VERB = Pattern.compile("(?:" + Lexicons.of("meeting-name-occasion-verbs").alternation()
            + "|" + Lexicons.of("meeting-hosting-relatives").alternation() + ")"
            + Lexicons.of("meeting-name-occasion-manners").group() + "?$");
    /** After a head, words that keep it the end of a name although a noun could follow (会议期间, 峰会开幕). */
    private static final Set<String> LOCATIVES = Lexicons.of("meeting-name-following-locatives").set();
    /** Characters after a head that make it a place or time (会上, 会后): the head may end inside a HanLP word. */
    private static final String LOCATIVE_CHARS = Lexicons.of("meeting-name-locative-chars").chars();
    /** After a head, words that make it part of a venue (香港会议展览中心): no meeting (probe h3: a false event). */
    private static final List<String> VENUE_WORDS = Lexicons.of("meeting-name-venue-words").entries();
    /** A head that ends a name even where HanLP's word goes on past it. */
    private static final String MEETING = "会晤";
    /** The first character of a pair of economies (中俄, 中法) that HanLP tags as a word of its own. */
    /** 两国 after a pair's opener refers back to a list (星、中两国), it does not continue a name. */
    private static final String PAIR_REFERENCE = "两";
    private static final Set<String> PAIR_OPENERS = Lexicons.of("meeting-pair-openers").set();
    /** Before a pair's opener, what makes it the end of a list (星、中两国): 、 and the conjunctions of a list. */
    private static final String LIST_MARKS = "、" + Lexicons.of("meeting-list-conjunctions").chars();
    /** 电 / 讯 after a date close a dateline (新华社某地7月4日电): a name never reads back over one. */
    private static final String DATELINE_ENDS = Lexicons.of("date-dateline-ends").chars();
    /** Joins two names of one event (X暨Y). */
    private static final String JOINT = "暨";
    private static final Set<String> QUOTE_TOKENS = Set.of("“", "”", "\"", "'", "‘", "’", "(", ")", "（", "）", "-", "·", "《", "》", "「", "」");

    private static final Pattern QUOTES_ONLY = Pattern.compile("[“”\"()（）《》·-]+");
    private static final Pattern COUNT_WORD = Pattern.compile(ORDINAL_PREFIX + "?" + NUMBER + SESSION + "?");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[“”\"()（）《》·\\-]");

    @Override
    public List<Mention> find(RecognitionContext ctx) {
        String t = ctx.normalised();
        List<Mention> out = new ArrayList<>();
        // every head occurrence in one pass, leftmost first and the longest at each start
        List<int[]> hits = new ArrayList<>();
        HEAD_TRIE.find(t, (b, e, h) -> hits.add(new int[] {b, e}));
        hits.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        int from = 0;
        for (int[] hit : hits) {
            if (hit[0] < from) continue;
            int best = hit[0];
            String head = t.substring(hit[0], hit[1]);
            int end = best + head.length();
            // 会议 inside 会议室, 论坛 inside 论坛报: the head must end a word
            boolean locative = end < t.length() && LOCATIVE_CHARS.indexOf(t.charAt(end)) >= 0; // 会上, 会后
            if (end < t.length() && !ctx.text().isTokenBoundary(end) && !locative && !head.equals(MEETING)) {
                from = best + 1;
                continue;
            }
            if (modifiesNoun(ctx, end) || VENUE_WORDS.stream().anyMatch(w -> t.startsWith(w, end))) {
                from = end;
                continue;
            }
            int begin = expandLeft(ctx, best);
            Matcher lead = LEADING_REFERENCE.matcher(t.substring(begin, best));
            if (lead.find()) begin += lead.end();
            if (organisationNotAttended(ctx, begin, end)) {
                from = end;
                continue;
            }
            String name = t.substring(begin, end);
            // 自贸协定谈判取得进展 is the process; 第二轮自贸协定谈判 one of its rounds, held on a day (set D odd 003, set E
            // odd 025: rounds lost)
            if (ROUND_HEADS.contains(head) && !ROUND.matcher(name).find()) {
                from = end;
                continue;
            }
            String qualifier = stripGeneric(t.substring(begin, best));
            boolean occasion = OCCASIONS.contains(head) && (OCCASION_VERB.matcher(t.substring(Math.max(0, begin - 6), begin)).find()
                    || atHostsOccasion(t, begin, end));
            boolean generic = qualifier.length() < 2 && !occasion && !SELF_NAMING.contains(head)
                    || pluralReference(t.substring(begin, best), head);
            out.add(new Mention(new Span(begin, end), EntityType.MEETING, ctx.original(begin, end), name, null, null,
                    generic ? RecogniserId.GENERIC_REFERENCE : RecogniserId.MEETING_NAME, generic ? 0.3 : 0.8));
            from = end;
        }
        return out;
    }

    /**
     * 联合国贸易和发展会议秘书长: a name that is exactly an organisation's is the organisation, unless the text attends it
     * (出席中非合作论坛, 在…论坛上, …论坛期间), where the forum stands for its meeting.
     */
    private static boolean organisationNotAttended(RecognitionContext ctx, int begin, int end) {
        boolean organisation = ctx.gazetteerMatches().stream().anyMatch(g -> g.begin() == begin && g.end() == end
                && RecognitionContext.entityOf(g, EntityType.ORGANIZATION) != null);
        if (!organisation) return false;
        String t = ctx.normalised();
        String before = t.substring(Math.max(0, begin - 2), begin);
        String after = t.substring(end, Math.min(t.length(), end + 2));
        boolean attended = before.endsWith("在") || before.equals("出席") || before.equals("参加") || before.equals("举行")
                || before.equals("召开") || after.startsWith("上") || after.equals("期间");
        return !attended;
    }

    /** A noun right after the head (会议标牌, 会议主题) makes the head a modifier. */
    private static boolean modifiesNoun(RecognitionContext ctx, int end) {
        AnalysedText text = ctx.text();
        int i = text.tokenIndexAt(end);
        if (i >= text.tokens().size()) return false;
        Token next = text.tokens().get(i);
        if (next.begin() != end || LOCATIVES.contains(next.word())) return false;
        return next.tag().equals("n") && next.word().length() >= 2 && text.sentenceAt(end) == text.sentenceAt(headStart(text, end));
    }

    private static int headStart(AnalysedText text, int end) {
        return Math.max(0, end - 1);
    }

    /** Token {@code k} is the 电 or 讯 right after a date (a dateline's end). */
    private static boolean closesDateline(RecognitionContext ctx, List<Token> tokens, int k) {
        Token tok = tokens.get(k);
        if (k == 0 || tok.word().length() != 1 || DATELINE_ENDS.indexOf(tok.word().charAt(0)) < 0) return false;
        int before = tokens.get(k - 1).begin();
        return ctx.dates().stream().anyMatch(d -> d.span().contains(before) && d.span().end() == tok.begin());
    }

    /** Where the text after a dateline starts: past spaces and a bracketed byline (（记者某某）). */
    private static int afterByline(String t, int from, int limit) {
        int p = from;
        while (p < limit && Character.isWhitespace(t.charAt(p))) p++;
        if (p < limit && (t.charAt(p) == '（' || t.charAt(p) == '(')) {
            int close = p + 1;
            while (close < limit && t.charAt(close) != '）' && t.charAt(close) != ')') close++;
            if (close < limit) p = close + 1;
        }
        while (p < limit && Character.isWhitespace(t.charAt(p))) p++;
        return Math.min(p, limit);
    }

    /** Reads back from the head over the words of the noun phrase. */
    private static int expandLeft(RecognitionContext ctx, int headBegin) {
        AnalysedText text = ctx.text();
        List<Token> tokens = text.tokens();
        int i = text.tokenIndexAt(headBegin);
        // the token containing the head's first character
        if (i > 0 && (i >= tokens.size() || tokens.get(i).begin() > headBegin) && tokens.get(i - 1).end() > headBegin) i--;
        int begin = i < tokens.size() ? Math.min(headBegin, tokens.get(i).begin()) : headBegin;
        // a generic word right before the head that HanLP does not know as one word (视像会议 = 视/vg 像/v 会议, the
        // Hong Kong and Taiwan word for video) is part of the phrase, not a verb that ends it
        String t0 = ctx.normalised();
        for (String g : GENERIC_WORDS) {
            int from = begin - g.length();
            if (g.length() >= 2 && from >= 0 && t0.startsWith(g, from) && text.isTokenBoundary(from)
                    && !(i > 0 && tokens.get(i - 1).begin() == from)) { // one word already: the loop reads it
                begin -= g.length();
                while (i > 0 && tokens.get(i - 1).end() > begin) i--;
                break;
            }
        }
        int sentence = text.sentenceAt(headBegin);
        int openQuotes = 0;
        for (int k = i - 1; k >= 0; k--) {
            Token tok = tokens.get(k);
            if (sentence >= 0 && text.sentenceAt(tok.begin()) != sentence) break;
            if (headBegin - tok.begin() > 28) break;
            DateMention inDate = ctx.dates().stream().filter(d -> d.span().contains(tok.begin())).findFirst().orElse(null);
            if (inDate != null) {
                // 中国发展高层论坛2025年年会, 2025年世界物联网大会: a year written as four digits right inside a name is
                // its edition, part of the name (probe f1: the forum and its annual meeting read as two events)
                if (!editionYear(t0, inDate, begin, headBegin)) break;
                begin = inDate.span().begin();
                while (k > 0 && tokens.get(k - 1).end() > begin) k--;
                continue;
            }
            String w = tok.word();
            // 高度评价峰会: the verb that appraises the meeting is no part of its name (set F 022 评价峰会, set E 016
            // 积极评价约翰内斯堡峰会: false events beside the summit named)
            if (APPRAISAL_VERBS.contains(w)) break;
            if (closesDateline(ctx, tokens, k)) {
                begin = afterByline(ctx.normalised(), tok.end(), headBegin);
                break;
            }
            if ((w.equals("和") || w.equals("与")) && k > 0 && nounLike(tokens.get(k - 1)) && begin < headBegin) {
                begin = tok.begin();
                continue;
            }
            if (QUOTE_TOKENS.contains(w) || QUOTES_ONLY.matcher(w).matches()) {
                if (w.equals("”") || w.equals("）") || w.equals(")") || w.equals("》")) openQuotes++;
                else if (openQuotes > 0) openQuotes--;
                else if (w.equals("“") || w.equals("(") || w.equals("（") || w.equals("《")) break;
                begin = tok.begin();
                continue;
            }
            // 中俄总理定期会晤, 中法…机制会议: HanLP reads the 中 of a pair of economies as a locative; it opens the name
            // but not 星、中两国外长会面, where 中 ends a list and 两国 refers back to it
            if (PAIR_OPENERS.contains(w) && tok.end() == begin && begin < headBegin && !t0.startsWith(PAIR_REFERENCE, begin)
                    && (tok.begin() == 0 || LIST_MARKS.indexOf(t0.charAt(tok.begin() - 1)) < 0)) {
                begin = tok.begin();
                continue;
            }
            // 智库/nz 创新/vi 论坛, 部长/nnt 特别/d 会议: a word of a meeting's kind that HanLP reads as a verb or an adverb,
            // after a noun of the name, is part of it (set D odd 021, set E odd 023: the name cut to a bare head)
            if (!partOfName(tok) && INNER_WORDS.contains(w) && k > 0 && innerNeighbour(tokens.get(k - 1))) {
                begin = tok.begin();
                continue;
            }
            boolean notAPerson = tok.tag().startsWith("nr") && ctx.matchStartingAt(tok.begin(), org.diplokg.extractor.reference.EntityType.PERSON) == null
                    && !PersonRecogniser.hasPersonContext(ctx, tok.begin(), tok.end());
            if (!partOfName(tok) && !notAPerson) {
                if (openQuotes > 0) { begin = tok.begin(); continue; }
                break;
            }
            begin = tok.begin();
        }
        // never start with a closing mark or a dangling bracket
        String t = ctx.normalised();
        while (begin < headBegin && "”）)》·-".indexOf(t.charAt(begin)) >= 0) begin++;
        return begin;
    }

    /** A year of four digits (2025年) that ends right where the name read so far begins. */
    private static final Pattern EDITION_YEAR = Pattern.compile("[0-9]{4}年?");

    private static boolean editionYear(String t, DateMention d, int nameBegin, int headBegin) {
        if (d.span().end() != nameBegin || !EDITION_YEAR.matcher(t.substring(d.span().begin(), d.span().end()).replace(" ", "")).matches()) return false;
        // 亚太经合组织会议 2024 年会议: a meeting's name then its year's meeting of the same head, two phrases (seed 002)
        String head = t.substring(headBegin).length() >= 2 ? headAt(t, headBegin) : "";
        return head.isEmpty() || !t.substring(0, d.span().begin()).stripTrailing().endsWith(head);
    }

    /** The longest head starting at {@code at}. */
    private static String headAt(String t, int at) {
        for (String h : HEADS) if (t.startsWith(h, at)) return h;
        return "";
    }

    /** Words of a meeting's kind that HanLP may tag as verbs or adverbs (创新, 特别). */
    private static final Set<String> APPRAISAL_VERBS = Lexicons.of("meeting-name-appraisal-verbs").set();
    private static final Set<String> INNER_WORDS = Lexicons.of("meeting-name-inner-words").set();

    /** A noun of a name before such a word: a common or proper noun, a title, an institution, a distinguishing word. */
    private static boolean innerNeighbour(Token tok) {
        return nounLike(tok) || tok.tag().equals("b") || tok.tag().equals("j");
    }

    private static boolean nounLike(Token tok) {
        return (tok.tag().startsWith("n") && !tok.tag().startsWith("nr")) || tok.tag().equals("vn");
    }

    private static boolean partOfName(Token tok) {
        String tag = tok.tag();
        String w = tok.word();
        if (ORDINAL.matcher(w).matches() || COUNT_WORD.matcher(w).matches()) return true;
        if (w.equals(JOINT)) return true; // 进口博览会暨虹桥国际经济论坛: one event under a joint name
        if (w.equals("与") || w.equals("和") || w.equals("同")) return false;
        if (tag.startsWith("nr") || tag.equals("t") || tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u")
                || tag.startsWith("d") || tag.startsWith("r") || tag.equals("w") || tag.startsWith("f")) return false;
        if (tag.startsWith("v") && !tag.equals("vn")) return false;
        return true;
    }

    /** 在国务院新闻办的记者会上: 在, the host and 的 before an occasion, 上 after it. */
    private static final Pattern AT_HOSTS = Pattern.compile("在[^，,。、；;在]{2,12}的$");

    /**
     * 王毅在国务院新闻办的记者会上讲述…: an occasion (记者会, 宴会) that someone is at, its host written before it with 的,
     * is the occasion held, as 举行记者会 is (dev odd half: 1 participant).
     */
    private static boolean atHostsOccasion(String t, int begin, int end) {
        return t.startsWith("上", end) && AT_HOSTS.matcher(t.substring(Math.max(0, begin - 14), begin)).find();
    }

    /** Words that make a generic head stand for several meetings (相关会议, 系列峰会). */
    private static final List<String> PLURAL_MODIFIERS = Lexicons.of("meeting-generic-modifiers").entries();
    private static final Set<String> GENERIC_HEADS = Lexicons.of("meeting-generic-heads").set();

    /**
     * 领袖相关会议, APEC系列峰会: a generic head right after 相关/有关/系列 names no one meeting, whatever qualifies it; it
     * refers to the meetings being reported (dev odd half: 1 false event).
     */
    private static boolean pluralReference(String qualifier, String head) {
        return GENERIC_HEADS.contains(head) && PLURAL_MODIFIERS.stream().anyMatch(qualifier::endsWith);
    }

    private static String stripGeneric(String qualifier) {
        String q = ORDINAL.matcher(qualifier).replaceAll("x");
        for (String g : GENERIC_WORDS) q = q.replace(g, "");
        return QUOTE_MARKS.matcher(q).replaceAll("");
    }

    private static final Stage STAGE = Stage.candidates("meeting names",
            Set.of(Input.TEXT, Input.TOKENS, Input.GAZETTEER, Input.DATES),
            Set.of(EntityType.MEETING));

    @Override
    public Stage stage() { return STAGE; }
}
