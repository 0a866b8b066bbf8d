package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.recognise.Stage.Input;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.CharSet;
import org.diplokg.extractor.text.HanLp;
import org.diplokg.extractor.text.NormalisedText;
import org.diplokg.extractor.text.Scripts;
import org.diplokg.extractor.text.Span;
import org.diplokg.extractor.text.Token;
import org.diplokg.extractor.text.WordIndex;

/**
 * People not in the reference data. Two sources of evidence:
 * <ul>
 *   <li>a title right before the name (新西兰总理阿德恩, 联合国拉美经委会执秘巴尔塞纳): the name runs over
 *       transliteration characters, or is HanLP's person word, so long transliterated names come out whole;</li>
 *   <li>HanLP's person words (nr, nrf, nrj) with support: a speech or action verb after them, a list of
 *       names around them, or the same name written again.</li>
 * </ul>
 * Produces PERSON mentions; a person found behind a title carries it (the title with its organisation or country).
 */
public final class PersonRecogniser implements Recogniser {

    // ---- cue lists: ontology/lexicon/person-*.txt (titles: Titles)

    /** Characters of transliterated foreign names, and the middle dot between their parts. */
    static final String TRANSLIT = Lexicons.of("person-transliteration-chars").chars() + "·";

    /** Chinese surnames: a HanLP name without a title must start with one. */
    static final String SURNAMES = Lexicons.of("person-surnames").chars();

    /** Function characters a name never ends in. */
    private static final String NOT_NAME_END = Lexicons.of("person-not-name-end-chars").chars();

    /** Words at which a name after a title ends (stop scanning). */
    private static final WordIndex STOPS = WordIndex.of(Lexicons.of("person-name-stops").entries());

    /** Verbs that follow a person's name in news text. */
    private static final WordIndex PERSON_VERBS = WordIndex.of(Lexicons.of("person-verbs").entries());

    /** Words taken for names that are not names. */
    private static final Set<String> NOT_NAMES = Lexicons.of("person-not-names").set();

    /** Words besides the titles that a name never contains. */
    private static final List<String> NEVER_IN_NAME = Lexicons.of("person-never-in-name").entries();

    /** Words right before a Latin-letter name that make it a person's. */
    private static final List<String> LATIN_NAME_CUES = Lexicons.of("person-latin-name-cues").entries();

    /** Forms of address written only after a name (普京先生, 王小明同志); every title may also follow one (普京总统). */
    private static final List<String> AFTER_NAME_TITLES = Lexicons.of("person-after-name-titles").longestFirst();

    /** What may stand between two names of a list: conjunctions, the enumeration comma and the comma. */
    private static final String NAME_JOINERS = Lexicons.of("person-name-conjunctions").chars() + "、,";

    /** The middle dot between a name's parts, and the full stop some pages type for it (沙伦赛. 贡玛西). */
    private static final String NAME_DOTS = "·.";

    /** Joins two titles of one person (国务委员兼外长). */
    private static final char TITLE_JOINER = '兼';
    /** Separates the names of a list; {@link #LIST_END} closes one (丁薛祥、王毅等). */
    private static final char ENUMERATION_COMMA = '、';
    private static final char LIST_END = '等';

    @Override
    public List<Mention> find(RecognitionContext ctx) {
        List<Mention> out = new ArrayList<>();
        titled(ctx, out);
        related(ctx, out);
        transliteratedBeforeATitle(ctx, out);
        titledAfter(ctx, out);
        Set<String> titledNames = new HashSet<>();
        for (Mention m : out) titledNames.add(m.key());
        hanlpNames(ctx, titledNames, out);
        latinNames(ctx, out);
        int glossedFrom = out.size();
        glossedBeforeATitle(ctx, out);
        for (Mention m : out.subList(glossedFrom, out.size())) titledNames.add(m.key()); // written again: 桑切斯总统
        repeated(ctx, titledNames, out);
        return out;
    }

    // ---- names written in Latin letters inside Chinese text (歐洲理事會主席 Charles Michel, 加拿大公民Michael Kovrig)

    /** Capitalised words, up to two particles (von der) inside, two or three words in all. */
    private static final Pattern LATIN_NAME = Pattern.compile("(?=[A-Z])(?<![A-Za-z])[A-Z][a-z]+"
            + "(?:[ -]" + Lexicons.of("person-latin-name-particles").group() + "){0,2}(?:[ -][A-Z][a-z]+){1,2}(?![A-Za-z])");

    /**
     * A Latin name in a gloss after a Chinese one, accented letters included (Sánchez, Cerén): the bracket already
     * says it is a gloss, so the letters need not be plain ASCII as in running text.
     */
    private static final Pattern GLOSSED_LATIN_NAME = Pattern.compile("(?=\\p{Lu})(?<!\\p{L})\\p{Lu}\\p{Ll}+"
            + "(?:[ -]" + Lexicons.of("person-latin-name-particles").group() + "){0,2}(?:[ -]\\p{Lu}\\p{Ll}+){1,2}(?!\\p{L})");

    private void latinNames(RecognitionContext ctx, List<Mention> out) {
        NormalisedText norm = ctx.text().text();
        Matcher m = LATIN_NAME.matcher(norm.original());
        List<Mention> found = new ArrayList<>();
        while (m.find()) {
            int b = norm.normalisedIndex(m.start()), e = norm.normalisedIndex(m.end());
            if (e <= b) continue;
            String t = ctx.normalised();
            int cueEnd = b;
            while (cueEnd > 0 && t.charAt(cueEnd - 1) == ' ') cueEnd--; // 副总理 Sinisa Mali
            boolean titled = Titles.titleEndingAt(t, cueEnd) != null;
            // a name the reference data knows as something else (New Zealand Herald); a titled one may hold a
            // country's name inside it (副总理 Sinisa Mali)
            if (ctx.gazetteerMatches().stream().anyMatch(g -> g.begin() < e && g.end() > b
                    && RecognitionContext.entityOf(g, EntityType.PERSON) == null
                    && (!titled || g.begin() <= b && g.end() >= e))) continue;
            boolean context = titled || hasPersonContext(ctx, b, e) || endsWithAny(t, cueEnd, LATIN_NAME_CUES);
            found.add(new Mention(new Span(b, e), EntityType.PERSON, m.group(), t.substring(b, e), null, null,
                    context ? RecogniserId.LATIN_NAME : RecogniserId.LATIN_NAME_CANDIDATE, 0.7));
        }
        // names joined to a supported one (Michael Kovrig及Michael Spavor) are supported too
        for (int i = 0; i < found.size(); i++) {
            Mention f = found.get(i);
            boolean supported = f.recogniser() == RecogniserId.LATIN_NAME;
            for (Mention g : found) {
                if (g == f || g.recogniser() != RecogniserId.LATIN_NAME) continue;
                int gap = f.begin() >= g.end() ? f.begin() - g.end() : g.begin() - f.end();
                String between = f.begin() >= g.end() ? ctx.normalised().substring(g.end(), f.begin()) : ctx.normalised().substring(f.end(), g.begin());
                if (gap >= 0 && gap <= 2 && onlyJoiners(between)) supported = true;
            }
            if (supported) out.add(new Mention(f.span(), f.type(), f.name(), f.key(), null, null, RecogniserId.LATIN_NAME, 0.7));
        }
    }

    // ---- title + name

    private void titled(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        AnalysedText text = ctx.text();
        String[] titles = Titles.endingAt(t);
        for (int end = 2; end < t.length(); end++) {
            String title = titles[end];
            if (title == null) continue;
            int begin = end - title.length();
            if (!text.isTokenBoundary(begin) && !text.isTokenBoundary(end)) continue;
            boolean byline = Titles.BYLINE.contains(title);
            Span name = byline ? spacedName(ctx, end) : null;
            if (name == null) name = nameAt(ctx, end);
            if (name == null) continue;
            Gazetteer.Match g = ctx.matchStartingAt(end, EntityType.PERSON);
            // a part of two characters or more after the dot (巴育·占 with 奥 outside the table stays 巴育)
            boolean writtenOn = g != null && name.end() >= g.end() + 3 && NAME_DOTS.indexOf(t.charAt(g.end())) >= 0
                    && NAME_DOTS.indexOf(t.charAt(name.end() - 1)) < 0 && NAME_DOTS.indexOf(t.charAt(name.end() - 2)) < 0;
            if (g != null && !writtenOn) {
                // a reference person: the gazetteer names it; record the title on that mention later. Not when the
                // text writes the name on past the label over a dot (泰国总理英拉·钦那瓦 where the label is 英拉)
                name = new Span(g.begin(), g.end());
            }
            String key = t.substring(name.begin(), name.end());
            if (NOT_NAMES.contains(key)) continue;
            String fullTitle = ctx.original(titleStart(ctx, begin), end);
            RecogniserId recogniser = byline ? RecogniserId.BYLINE : RecogniserId.TITLE;
            out.add(new Mention(name, EntityType.PERSON, ctx.original(name.begin(), name.end()), key,
                    writtenOn ? RecognitionContext.entityOf(g, EntityType.PERSON) : null, fullTitle, recogniser, 0.9));
            // the reporters a byline lists after the first, each between spaces ((记者 甲乙丙 丁戊))
            for (Span next = byline ? spacedName(ctx, name.end()) : null; next != null; next = spacedName(ctx, next.end())) {
                String nextKey = t.substring(next.begin(), next.end());
                if (NOT_NAMES.contains(nextKey)) break;
                out.add(new Mention(next, EntityType.PERSON, ctx.original(next.begin(), next.end()), nextKey, null,
                        fullTitle, recogniser, 0.9));
            }
        }
    }

    /** Most characters of a Chinese name a byline writes between spaces (surname and a given name of one or two). */
    private static final int MAX_SPACED = 3;

    /**
     * A name a byline writes between spaces ((记者 马某某 冯某某), 记者 李某 报道): from a space, a surname and one or two
     * more characters up to the next space or a non-Han character. HanLP reads some such names short (马卓/nr 言/vg),
     * and the spaces say where each ends; without a space before and after it this reading does not apply.
     */
    private static Span spacedName(RecognitionContext ctx, int p) {
        NormalisedText norm = ctx.text().text();
        String t = ctx.normalised();
        if (p >= t.length() || !norm.spaceBefore(p) || !isSurname(t.charAt(p))) return null;
        int q = p + 1;
        while (q < t.length() && q - p <= MAX_SPACED && Scripts.isHan(t.charAt(q)) && !norm.spaceBefore(q)) {
            if (startsWithStop(t, q) || startsWithAny(t, q, PERSON_VERBS)) return null;
            q++;
        }
        if (q - p < 2 || q - p > MAX_SPACED) return null;
        return q == t.length() || norm.spaceBefore(q) || !Scripts.isHan(t.charAt(q)) ? new Span(p, q) : null;
    }

    // ---- relation + name (特朗普和夫人梅拉尼娅)

    /** Words for a companion written before a name (夫人梅拉尼娅); no title, and not kept as one. */
    private static final List<String> RELATIONS = Lexicons.of("person-before-name-relations").longestFirst();

    /**
     * A name after a relation word joined to someone already named (和夫人, 及夫人, 偕夫人): read as after a title, so a
     * transliterated spouse's name comes out whole.
     */
    private void related(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        for (String relation : RELATIONS) {
            for (int b = t.indexOf(relation); b > 0; b = t.indexOf(relation, b + 1)) {
                if (NAME_JOINERS.indexOf(t.charAt(b - 1)) < 0 && !endsWithAny(t, b, COMPANION_JOINERS)) continue;
                int end = b + relation.length();
                Span name = nameAt(ctx, end);
                if (name == null || ctx.matchStartingAt(end, EntityType.PERSON) != null) continue;
                String key = t.substring(name.begin(), name.end());
                if (NOT_NAMES.contains(key)) continue;
                out.add(new Mention(name, EntityType.PERSON, ctx.original(name.begin(), name.end()), key, null, null,
                        RecogniserId.TITLE, 0.85));
            }
        }
    }

    /** Verbs that bring a companion along (偕夫人, 携夫人). */
    private static final List<String> COMPANION_JOINERS = List.of("偕", "携", "陪同");

    /** Where the title phrase starts: over 兼-joined titles and an organisation or country before them. */
    private static int titleStart(RecognitionContext ctx, int begin) {
        String t = ctx.normalised();
        int b = begin;
        while (true) {
            if (b > 0 && t.charAt(b - 1) == TITLE_JOINER) {
                String prev = Titles.titleEndingAt(t, b - 1);
                if (prev != null) {
                    b = b - 1 - prev.length();
                    continue;
                }
                Gazetteer.Match org = ctx.matchEndingAt(b - 1, EntityType.ORGANIZATION);
                if (org != null) {
                    b = org.begin();
                    continue;
                }
            }
            Gazetteer.Match before = ctx.matchEndingAt(b, EntityType.ECONOMY);
            if (before == null) before = ctx.matchEndingAt(b, EntityType.ORGANIZATION);
            if (before != null) {
                b = before.begin();
                continue;
            }
            return b;
        }
    }

    /** Relative day words (昨, 今, 前, 明) that come before a bracketed day. */
    private static final String DAY_WORDS = Lexicons.of("person-day-words").chars();
    /** A bracketed day after a day word: (9)日, (3日); not an age, (56岁). */
    private static final Pattern BRACKETED_DAY = Pattern.compile("\\(\\d{1,2}\\)?["
            + Lexicons.of("person-bracketed-day-ends").chars() + "]");

    /**
     * The name right after a title at {@code p}, or null; never ending in a day word before a bracketed day (王明昨（9）日:
     * HanLP reads 王明昨/nr; 郑文灿/nr 前 was continued to 郑文灿前), a form every Taiwan, Hong Kong and Macao outlet uses.
     */
    private static Span nameAt(RecognitionContext ctx, int p) {
        Span name = nameRunAt(ctx, p);
        if (name == null || name.end() - name.begin() < 3) return name;
        String t = ctx.normalised();
        int last = name.end() - 1;
        if (dayWordBeforeADay(t, last)) return new Span(name.begin(), last);
        // HanLP's Japanese-name word takes in what follows (铃木直道一行/nrj): a stop word of two characters or more
        // at the end is none of the name (日本经产大臣铃木直道一行; set F 001 石井隆一一行 with 知事 as a title)
        String stop = STOPS.firstEndingAt(t, name.end());
        boolean stopAtTheEnd = stop != null && stop.length() >= 2 && name.end() - stop.length() - name.begin() >= 2;
        return stopAtTheEnd ? new Span(name.begin(), name.end() - stop.length()) : name;
    }

    /** Whether the character at {@code p} is a relative day word with a bracketed day after it (昨（9）日). */
    private static boolean dayWordBeforeADay(String t, int p) {
        return DAY_WORDS.indexOf(t.charAt(p)) >= 0 && BRACKETED_DAY.matcher(t).region(p + 1, t.length()).lookingAt();
    }

    private static Span nameRunAt(RecognitionContext ctx, int p) {
        String t = ctx.normalised();
        if (p >= t.length()) return null;
        if (startsWithStop(t, p)) return surnameThatIsAStop(ctx, p);
        AnalysedText text = ctx.text();
        int ti = text.tokenIndexAt(p);
        Token token = ti < text.tokens().size() ? text.tokens().get(ti) : null;
        int scan = transliterationEnd(t, p);
        while (surnameStopInAName(ctx, scan)) scan = transliterationEnd(t, scan);
        if (token != null && token.begin() == p && token.isPersonName()) {
            // HanLP splits long transliterations (马拉/nrf 马/n) and the last character of some names (乌其尔/勒)
            return new Span(p, intoADottedName(ctx, continuedTransliteration(ctx, token, Math.max(completedName(ctx, ti), scan))));
        }
        Span split = surnameSplit(text.tokens(), ti, true);
        // a transliteration that starts like a surname and a name (穆/b 尼奥/nr 斯/b 和) runs on to where a name may end
        if (token != null && token.begin() == p && split != null) return scan > split.end() && nameMayEndAt(ctx, scan) ? new Span(p, scan) : split;
        Span dotted = dottedName(ctx, ti);
        if (token != null && token.begin() == p && dotted != null) return dotted;
        if (scan - p >= 2 && !functionWordAt(ctx, ti, p)) return new Span(p, completedRun(ctx, scan));
        Span glossed = glossedName(ctx, p);
        if (glossed != null) return glossed;
        Span listed = listedName(ctx, p);
        return listed != null ? listed : surnamedName(ctx, p);
    }

    /**
     * A Chinese name of two or three characters after a title that HanLP read as ordinary words (教授明/ag 居/v 正/d,
     * 主席高云/n 龙/n, 执行长林/ng 鸿/ag 池也/nr, 所长孙 inside 长孙/nr): a surname, then one or two characters, then
     * what ends a name (punctuation, a stop word, a person verb, a title, an adverb). The title is the evidence; the
     * longer reading is tried first. Not a common word (总统特别|强调, 主席高度|评价) nor one in its given name.
     */
    private static Span surnamedName(RecognitionContext ctx, int p) {
        String t = ctx.normalised();
        if (p >= t.length() || !titledSurname(t, p)) return null;
        for (int q = Math.min(p + 3, t.length()); q >= p + 2; q--) {
            String han = t.substring(p, q);
            if (!Scripts.allHan(han, "") || !nameEndsAt(ctx, q)) continue;
            boolean stop = false;
            for (int i = p + 1; i < q; i++) {
                if (startsWithStop(t, i) || NOT_NAME_END.indexOf(t.charAt(i)) >= 0) stop = true;
            }
            if (stop || HanLp.isCommonWord(han) || HanLp.isCommonWord(t.substring(q - 1, Math.min(q + 1, t.length())))
                    || NOT_NAMES.contains(han) || Titles.INDEX.anyIn(han, 1) || holdsANonNameWord(ctx, p, q)) continue;
            return new Span(p, q);
        }
        return null;
    }

    /**
     * Least count of HanLP's person corpus reading a character as a surname (role B) for it to start a name right after
     * a title when person-surnames, the 225 most frequent, lacks it: 明 (181), 束 (30) as in 教授明X正, 发言人束X婷 (sets D
     * and G); an adverb or a verb that may follow a title (也, 将, 再, 特) is never read as one.
     */
    private static final int TITLED_SURNAME_MIN = 10;

    /**
     * Whether the character at {@code p} starts a name right after a title: a frequent surname, or one HanLP's person
     * corpus knows that makes no word with the title (主席国 is a word: 主席国客人 is no name; set G 006).
     */
    private static boolean titledSurname(String t, int p) {
        char c = t.charAt(p);
        if (isSurname(c)) return true;
        String s = String.valueOf(c), title = Titles.titleEndingAt(t, p);
        if (title != null && HanLp.isCommonWord(title + s)) return false;
        HanLp.isCommonWord(s); // loads HanLP's dictionaries
        EnumItem<NR> roles = PersonDictionary.dictionary.get(s);
        Integer surname = roles == null ? null : roles.labelMap.get(NR.B);
        return surname != null && surname >= TITLED_SURNAME_MIN;
    }

    /** Tags of the words a name HanLP did not know may be read as (高云/n 龙/n, 金正/nz 恩/ng, 明/ag 居/v 正/d). */
    private static final Set<String> SURNAMED_NAME_WORD_TAGS = Set.of("n", "nr", "nrf", "nrj", "nz", "ng", "ns", "a", "ag", "b");

    /** Whether [p, q) holds a word of two characters or more of another kind (任期/n 内/f is fine, 期间/f is not) or ends in a locative or time word (任期|内). */
    private static boolean holdsANonNameWord(RecognitionContext ctx, int p, int q) {
        List<Token> tokens = ctx.text().tokens();
        for (int i = Math.max(0, ctx.text().tokenIndexAt(p)); i < tokens.size() && tokens.get(i).begin() < q; i++) {
            Token tok = tokens.get(i);
            if (tok.end() <= p) continue;
            // the whole given name read as one verb after a surname of its own (徐/ag 尚武/vi, 李/n 振兴/vi)
            boolean givenName = tok.begin() == p + 1 && tok.end() == q && tok.tag().startsWith("v");
            if (tok.begin() >= p && tok.word().length() >= 2 && !SURNAMED_NAME_WORD_TAGS.contains(tok.tag()) && !givenName) return true;
            if (tok.end() == q && tok.word().length() == 1 && NOT_NAME_PART_TAGS.contains(tok.tag()) && !tok.tag().equals("d")) return true;
        }
        return false;
    }

    /** Whether what follows {@code q} ends a name: the end, punctuation, a stop word, a person verb, a title, an adverb or a time word. */
    private static boolean nameEndsAt(RecognitionContext ctx, int q) {
        String t = ctx.normalised();
        if (q >= t.length()) return true;
        char c = t.charAt(q);
        if (!Scripts.isHan(c)) return !Character.isLetterOrDigit(c);
        if (startsWithStop(t, q) || startsWithAny(t, q, PERSON_VERBS) || titleStartingAt(t, q) != null) return true;
        AnalysedText text = ctx.text();
        int j = text.tokenIndexAt(q);
        if (j >= text.tokens().size()) return false;
        Token next = text.tokens().get(j);
        // an adverb (接连/d) or a time word (今日/t, 昨天/t) of two characters or more, as endsAName
        return next.begin() == q && next.word().length() >= 2 && (next.tag().equals("d") || next.tag().equals("t"));
    }

    /** Stop words that are also surnames (于, 向): a name may start with one after a title, or hold one (西于尔扎多蒂). */
    private static final String SURNAME_STOPS = Lexicons.of("person-name-stops").entries().stream()
            .filter(w -> w.length() == 1 && SURNAMES.contains(w)).collect(Collectors.joining());

    /** Tags of a word after a surname stop that no given name is (于/p 本周/t, 于/p 北京/ns, 向/p 记者/nnt). */
    private static final Set<String> NOT_GIVEN_NAME_TAGS = Set.of("t", "m", "q", "r", "f", "s", "ns", "d", "p", "c", "nnt", "v");

    /**
     * A surname that is also a preposition right after a title, with a two-character given name that is no word and
     * a name's end after it (省委书记于伟国早前…; not 总统于本周, 部长于会上): sets D and E, open halves, one each.
     */
    private static Span surnameThatIsAStop(RecognitionContext ctx, int p) {
        String t = ctx.normalised();
        int q = p + 3;
        if (SURNAME_STOPS.indexOf(t.charAt(p)) < 0 || q > t.length() || STOPS.firstStartingAt(t, p).length() != 1) return null;
        String given = t.substring(p + 1, q);
        if (startsATimeWord(t, p + 1)) return null; // 总统于本周访问, 部长于今年: the preposition before a time
        if (!Scripts.allHan(given, "") || startsWithStop(t, p + 1) || startsWithStop(t, p + 2) || HanLp.isCommonWord(given)
                || HanLp.isFunctionWord(given.substring(0, 1))) return null;
        for (EntityType type : EntityType.values()) if (ctx.matchStartingAt(p + 1, type) != null) return null;
        int ti = ctx.text().tokenIndexAt(p + 1);
        if (ti < ctx.text().tokens().size()) {
            Token next = ctx.text().tokens().get(ti);
            if (next.begin() == p + 1 && NOT_GIVEN_NAME_TAGS.stream().anyMatch(next.tag()::startsWith)) return null;
        }
        return nameMayEndAt(ctx, q) ? new Span(p, q) : null;
    }

    /** Whether a time word starts at {@code p}: a relative day or year (今天, 明年, 当天), or a week, month or year counted from now (本周, 下月, 上年). */
    private static boolean startsATimeWord(String t, int p) {
        for (Map<String, Integer> words : List.of(DateWords.RELATIVE_DAYS, DateWords.RELATIVE_YEARS, DateWords.ANAPHORIC_DAYS))
            for (String w : words.keySet()) if (t.startsWith(w, p)) return true;
        if (p + 1 >= t.length() || !DateWords.WEEK_SHIFTS.containsKey(t.substring(p, p + 1))) return false;
        for (String unit : TIME_UNITS) if (t.startsWith(unit, p + 1)) return true;
        return false;
    }

    private static final List<String> TIME_UNITS = Lexicons.of("person-time-units").entries();

    /** A surname stop inside a transliteration that HanLP reads as a name's part (西/f 于尔/nr), not a preposition (普京 于/p). */
    private static boolean surnameStopInAName(RecognitionContext ctx, int scan) {
        String t = ctx.normalised();
        // the stop must itself be a transliteration character (于, not 向): else the scan over the name cannot pass it
        // and nameAt's loop would not advance (部长阿里向安娜… hung)
        if (scan + 1 >= t.length() || SURNAME_STOPS.indexOf(t.charAt(scan)) < 0 || !isTransliteration(t.charAt(scan))
                || !isTransliteration(t.charAt(scan + 1))) return false;
        int ti = ctx.text().tokenIndexAt(scan);
        if (ti >= ctx.text().tokens().size()) return false;
        Token token = ctx.text().tokens().get(ti);
        return token.begin() == scan && token.word().length() > 1 && token.isPersonName();
    }

    /**
     * The end of a dotted person word that a name read up to {@code end} runs into (米哈/nr 伊尔·彼得罗维奇·斯米尔诺夫宁/nrf:
     * the scan over transliteration characters stops inside it, at a character the table lacks): the word's end.
     */
    private static int intoADottedName(RecognitionContext ctx, int end) {
        List<Token> tokens = ctx.text().tokens();
        int k = ctx.text().tokenIndexAt(end) - 1;
        if (k < 0 || k >= tokens.size()) return end;
        Token last = tokens.get(k);
        return last.end() > end && last.isPersonName() && last.word().indexOf('·') >= 0 ? last.end() : end;
    }

    /**
     * Where a name HanLP read in part ends: a transliteration run it left after a two-character person word
     * (占汶/nr 拉/v 西/f), or the part after a hyphen or a dot (施根/nr -/nx 马丁, 宋赛/nr ./w 西潘敦): the run joins the name when a name can end
     * after it. Only after a title, where a name is expected.
     */
    private static int continuedTransliteration(RecognitionContext ctx, Token token, int end) {
        String t = ctx.normalised();
        if (end >= t.length()) return end;
        boolean hyphen = t.charAt(end) == '-', dot = NAME_DOTS.indexOf(t.charAt(end)) >= 0, joined = hyphen || dot;
        if (!joined && (end != token.end() || token.word().length() != 2)) return end;
        int from = joined ? end + 1 : end;
        if (from >= t.length() || !isTransliteration(t.charAt(from)) || startsWithStop(t, from)) return end;
        int run = transliterationEnd(t, from);
        if (run - from < (hyphen ? 1 : 2) || !nameMayEndAt(ctx, run)) return end;
        return run;
    }

    /** Whether a name can end at {@code q}: the text ends, or punctuation, a stop word, a person verb or a title follows. */
    private static boolean nameMayEndAt(RecognitionContext ctx, int q) {
        String t = ctx.normalised();
        return q >= t.length() || !Scripts.isHan(t.charAt(q)) || startsWithStop(t, q)
                || startsWithAny(t, q, PERSON_VERBS) || titleStartingAt(t, q) != null;
    }

    /** Tags of words a name after a title never starts with (总理特别关心: 特别/d is two transliteration characters). */
    private static final Set<String> NOT_NAME_START_TAGS = Set.of("d", "p", "c", "cc", "r", "rr", "rz", "t", "ad", "vd");

    /** Whether token {@code ti} starts at {@code p} and is a function word or adverb of two characters or more. */
    private static boolean functionWordAt(RecognitionContext ctx, int ti, int p) {
        List<Token> tokens = ctx.text().tokens();
        if (ti >= tokens.size()) return false;
        Token token = tokens.get(ti);
        return token.begin() == p && token.word().length() >= 2 && NOT_NAME_START_TAGS.contains(token.tag());
    }

    /** Tags of words of two characters or more that a rare name HanLP did not know may hold (古/tg 司马/nnt 迪/nz). */
    private static final Set<String> LISTED_NAME_WORD_TAGS = Set.of("nr", "nrf", "nrj", "nnt", "nz", "ng");

    /** Whether [p, q) holds a word of two characters or more that no name part is (峰会/n 之后/f, 会议/n 上). */
    private static boolean holdsAWord(RecognitionContext ctx, int p, int q) {
        List<Token> tokens = ctx.text().tokens();
        for (int i = Math.max(0, ctx.text().tokenIndexAt(p) - 1); i < tokens.size() && tokens.get(i).begin() < q; i++) {
            Token tok = tokens.get(i);
            if (tok.end() <= p) continue;
            if (tok.word().length() >= 2 && tok.begin() >= p && !LISTED_NAME_WORD_TAGS.contains(tok.tag())) return true;
        }
        return false;
    }

    /** Most characters of a listed name after a title (古司马迪 is four). */
    private static final int MAX_LISTED = 4;

    /**
     * A name in a list of office holders (老挝总理宋邢、越南总理…; 泰国外长敦、缅甸…): the characters after a title up
     * to a list comma that the next holder's country, organisation or title follows. HanLP reads rare transliterations
     * as ordinary characters (宋/tg 邢/nz), so the list is the evidence. A single character only after a country and
     * its title, and never one that makes a word with the title (总理府).
     */
    private static Span listedName(RecognitionContext ctx, int p) {
        String t = ctx.normalised();
        int q = p;
        while (q < t.length() && q - p <= MAX_LISTED && Scripts.isHan(t.charAt(q)) && !startsWithStop(t, q)) q++;
        if (q == p || q - p > MAX_LISTED || q + 1 >= t.length() || (t.charAt(q) != ENUMERATION_COMMA && t.charAt(q) != ',')) return null;
        if (ctx.matchStartingAt(q + 1, EntityType.ECONOMY) == null && ctx.matchStartingAt(q + 1, EntityType.ORGANIZATION) == null
                && Titles.INDEX.firstStartingAt(t, q + 1) == null) return null;
        String han = t.substring(p, q);
        if (NOT_NAME_END.indexOf(han.charAt(han.length() - 1)) >= 0 || HanLp.isFunctionWord(han.substring(0, 1))) return null;
        if (!ctx.text().isTokenBoundary(q) || holdsAWord(ctx, p, q)) return null;
        for (String word : NEVER_IN_NAME) if (han.contains(word)) return null;
        if (Titles.INDEX.anyIn(han, 1)) return null;
        String title = Titles.titleEndingAt(t, p);
        if (han.length() == 1) {
            if (title == null || ctx.matchEndingAt(p - title.length(), EntityType.ECONOMY) == null) return null;
            if (HanLp.isCommonWord(title + han) || HanLp.isCommonWord(title.substring(title.length() - 1) + han)) return null;
        } else if (HanLp.isCommonWord(han) && !isTransliteration(han.charAt(0))) return null;
        return new Span(p, q);
    }

    /**
     * A transliterated name glossed with its Latin form and followed by a title or a person verb (桑切斯 (Pedro
     * Sánchez)首相, 洛佩斯（Andrés López）表示): the transliteration characters before the bracket. The gloss and the
     * cue after it are the evidence where no title comes first.
     */
    private void glossedBeforeATitle(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        NormalisedText norm = ctx.text().text();
        String original = norm.original();
        for (int open = t.indexOf('('); open >= 0; open = t.indexOf('(', open + 1)) {
            int q = open > 0 && t.charAt(open - 1) == ' ' ? open - 1 : open;
            int p = q;
            while (p > 0 && q - p < MAX_GLOSSED && isTransliteration(t.charAt(p - 1))) p--;
            if (q - p < 2 || p > 0 && Scripts.isHan(t.charAt(p - 1)) && !endsAtACue(t, p)) continue;
            Matcher m = GLOSSED_LATIN_NAME.matcher(original).region(norm.origin(open + 1), original.length());
            if (!m.lookingAt()) continue;
            int close = norm.normalisedIndex(m.end());
            if (close >= t.length() || t.charAt(close) != ')') continue;
            int after = close + 1;
            if (titleStartingAt(t, after) == null && !startsWithAny(t, after, PERSON_VERBS)) continue;
            String key = t.substring(p, q);
            if (HanLp.isCommonWord(key) || NOT_NAMES.contains(key) || overlapsAny(out, new Span(p, q))) continue;
            out.add(new Mention(new Span(p, q), EntityType.PERSON, ctx.original(p, q), key, null, null, RecogniserId.TITLE, 0.85));
        }
    }

    /** Whether a name may begin at {@code p} after Han text: a stop word, a title or a person verb ends there. */
    private static boolean endsAtACue(String t, int p) {
        return Titles.titleEndingAt(t, p) != null || STOPS.firstEndingAt(t, p) != null || PERSON_VERBS.firstEndingAt(t, p) != null;
    }

    /** Most Han characters a name glossed in Latin letters may have (阿尔巴尼塞斯 is six). */
    private static final int MAX_GLOSSED = 6;

    /**
     * A name that the text glosses with its Latin form right after it (副总统贺锦丽(Kamala Harris), 外长维文（Vivian
     * Balakrishnan）): Han characters up to a bracket that opens a Latin person name; null without one. HanLP reads
     * such names as ordinary words (贺/vg 锦/ag 丽/ag), so the gloss is the evidence.
     */
    private static Span glossedName(RecognitionContext ctx, int p) {
        String t = ctx.normalised();
        int q = p;
        while (q < t.length() && q - p < MAX_GLOSSED && Scripts.isHan(t.charAt(q)) && (q == p || !startsWithStop(t, q))) q++;
        if (q - p < 2 || q >= t.length() || t.charAt(q) != '(' && t.charAt(q) != '（') return null;
        // the normalised text is lower-cased; the gloss's capitals are in the original
        NormalisedText norm = ctx.text().text();
        String original = norm.original();
        Matcher m = GLOSSED_LATIN_NAME.matcher(original).region(norm.origin(q + 1), original.length());
        if (!m.lookingAt() || NOT_NAME_END.indexOf(t.charAt(q - 1)) >= 0) return null;
        String han = t.substring(p, q);
        // 总统选举(Presidential Election): a common word is glossed too; a transliteration may be one (维文)
        if (HanLp.isCommonWord(han) && !isTransliteration(han.charAt(0))) return null;
        for (String word : NEVER_IN_NAME) if (han.contains(word)) return null;
        for (String title : Titles.ALL) if (title.length() > 1 && han.contains(title)) return null;
        return new Span(p, q);
    }

    /**
     * A run of transliteration characters read after a title that ends on a word boundary, and a single character
     * HanLP left after it that ends the name (分析员安达/nz 彩/ng （): the run and that character; or the run and a person
     * word after it that ends the name.
     */
    private static int completedRun(RecognitionContext ctx, int end) {
        AnalysedText text = ctx.text();
        if (!text.isTokenBoundary(end)) return end;
        int j = text.tokenIndexAt(end);
        if (j >= text.tokens().size()) return end;
        Token next = text.tokens().get(j);
        // a person word right after the run is its last part (德/b 迪/nz 祖姆/nr 、): HanLP read the head as characters
        if (next.begin() == end && next.word().length() >= 2 && next.isPersonName() && Scripts.allHan(next.word(), "")
                && endsAName(ctx, j + 1)) return next.end();
        if (next.begin() != end || next.word().length() != 1 || !NAME_PART_TAGS.contains(next.tag())) return end;
        char c = next.word().charAt(0);
        if (!Scripts.isHan(c) || NOT_NAME_END.indexOf(c) >= 0 || startsWithStop(ctx.normalised(), end)) return end;
        return endsAName(ctx, j + 1) ? next.end() : end;
    }

    /**
     * The end of a run of transliteration characters from {@code p}; a hyphen joins two runs (罗伊-希尔克里斯特), and so
     * does a full stop typed for the middle dot between two parts of two characters or more (沙伦赛. 贡玛西).
     */
    private static int transliterationEnd(String t, int p) {
        int scan = p;
        while (scan < t.length() && scan - p < 24 && (scan == p || !startsWithStop(t, scan))) {
            char c = t.charAt(scan);
            boolean joins = c == '-' && scan > p && scan + 1 < t.length() && isTransliteration(t.charAt(scan + 1))
                    || c == '.' && scan - p >= 2 && scan + 2 < t.length() && isTransliteration(t.charAt(scan - 1))
                    && isTransliteration(t.charAt(scan + 1)) && isTransliteration(t.charAt(scan + 2));
            if (!isTransliteration(c) && !joins) break;
            scan++;
        }
        return scan;
    }

    /**
     * A name whose parts a middle dot joins (炳·廷素拉暖, where HanLP reads 炳/g ·/w 廷/ng 素拉暖/nr): from token {@code i},
     * groups of name-like words (person words, transliterations, single characters HanLP could not place) with a
     * dot between each two; null without a dot.
     */
    private static Span dottedName(RecognitionContext ctx, int i) {
        List<Token> tokens = ctx.text().tokens();
        int j = i, dots = 0, end = -1;
        while (true) {
            int groupStart = j;
            while (j < tokens.size() && j - groupStart < 4 && nameLikeWord(tokens.get(j), true)
                    && (j == groupStart || tokens.get(j).begin() == tokens.get(j - 1).end())) j++;
            if (j == groupStart) break;
            boolean dotAfter = j + 1 < tokens.size() && tokens.get(j).word().equals("·") && tokens.get(j).begin() == tokens.get(j - 1).end();
            if (!dotAfter) {
                // the last part takes single characters of any kind only when a dot follows them (炳·廷素拉暖|时说)
                j = groupStart;
                while (j < tokens.size() && j - groupStart < 4 && nameLikeWord(tokens.get(j), false)
                        && (j == groupStart || tokens.get(j).begin() == tokens.get(j - 1).end())) j++;
                if (j == groupStart) break;
            }
            end = tokens.get(j - 1).end();
            if (dotAfter) {
                dots++;
                j++;
            } else break;
        }
        if (dots == 0 || end < 0 || end <= tokens.get(i).begin()) return null;
        String t = ctx.normalised();
        if (t.charAt(end - 1) == '·') return null;
        return new Span(tokens.get(i).begin(), end);
    }

    // ns: a given name HanLP knows as a place (亚历山大/ns ·, 维多利亚/ns ·); a dot must follow, after a title
    private static final Set<String> DOTTED_PART_TAGS = Set.of("nr", "nrf", "nrj", "ng", "nz", "g", "b", "nx", "ns");

    /** A part of a dotted name; a person word may hold dots itself (彼得罗维奇·伊万诺夫/nrf after 亚历山大/ns ·). */
    private static boolean nameLikeWord(Token w, boolean beforeADot) {
        return DOTTED_PART_TAGS.contains(w.tag()) && Scripts.allHan(w.word(), w.isPersonName() ? "·" : "")
                || w.word().chars().allMatch(c -> isTransliteration((char) c)) && !w.isPunctuation()
                // HanLP reads a dotted name's parts as single characters of any part of speech (达/v 明/ag ·)
                || beforeADot && w.word().length() == 1 && Scripts.isHan(w.word().charAt(0)) && !NOT_NAME_PART_TAGS.contains(w.tag());
    }

    /**
     * A surname HanLP cut from the rest of the name (聂/nz 平香/nr): the span of both, or null.
     */
    private static Span surnameSplit(List<Token> tokens, int i) {
        return surnameSplit(tokens, i, false);
    }

    /**
     * As {@link #surnameSplit(List, int)}; right {@code afterATitle}, where a name is expected, the rest may start with
     * a surname character too (次长曾/d 文生/nr), which elsewhere is more often a name of its own after a stray character.
     */
    private static Span surnameSplit(List<Token> tokens, int i, boolean afterATitle) {
        if (i + 1 >= tokens.size()) return null;
        Token s = tokens.get(i), rest = tokens.get(i + 1);
        if (s.word().length() != 1 || !isSurname(s.word().charAt(0)) || rest.begin() != s.end()) return null;
        if (!rest.tag().equals("nr") || rest.word().length() != 2 || !afterATitle && isSurname(rest.word().charAt(0)))
            return null;
        return new Span(s.begin(), rest.end());
    }

    /**
     * Where the person word at token {@code i} really ends: HanLP leaves the last character of some names as a word of
     * its own (沈旭/晖 教授, 邱腾/华 今日, 乌其尔/勒 和). The character joins the name when it is no function word and what
     * follows it ends a name (a title, a stop word, a person verb, a time word, punctuation, the end).
     */
    static int completedName(RecognitionContext ctx, int i) {
        List<Token> tokens = ctx.text().tokens();
        Token name = tokens.get(i);
        String t = ctx.normalised();
        int end = name.end();
        if (!name.tag().equals("nr") || i + 1 >= tokens.size() || name.word().length() > 3) return end;
        if (cutAfterTheSurname(ctx, name, tokens.get(i + 1))) return end + 1;
        Token next = tokens.get(i + 1);
        // HanLP may glue the last character to the title or verb after it (陈志/nr 华教授/nrj, 邓振/nr 中介/n 绍)
        if (next.begin() == end && next.word().length() >= 2 && gluedToTheNextCue(t, end, next.end())) return end + 1;
        if (next.begin() != end || next.word().length() != 1 || !Scripts.allHan(next.word(), "")) return end;
        char c = next.word().charAt(0);
        boolean nameLike = isTransliteration(c) || NAME_PART_TAGS.contains(next.tag());
        // Japanese given names end in 之 (后藤茂/nr 之/uzhi): after a three-character person word it is the name's
        boolean japanese = c == JAPANESE_NAME_END && name.word().length() == 3;
        if (!japanese && (!nameLike || NOT_NAME_END.indexOf(c) >= 0) || startsWithStop(t, end) || dayWordBeforeADay(t, end)) return end;
        return endsAName(ctx, i + 2) ? next.end() : end;
    }

    private static final char JAPANESE_NAME_END = '之';

    /** Particles that follow a verb (作的, 说了, 看着, 去过). */
    private static final String VERB_PARTICLES = "的了着过";

    /** Tags of a word that is never the last character of a name (adverbs, prepositions, conjunctions, particles, numbers). */
    private static final Set<String> NOT_NAME_PART_TAGS = Set.of("d", "p", "c", "cc", "r", "rr", "rz", "m", "mq", "q",
            "w", "y", "e", "o", "f", "t", "s", "ude1", "ude2", "ude3", "ule", "uzhe", "uguo", "usuo", "udeng", "uyy", "ulian");

    /**
     * A titled surname-plus-one-character name whose third character HanLP read as the start of the next word
     * (副部长傅自/nr 应/v 在, 大使孙芳/nr 安就/nr 澳大利亚): the character belongs to the name when it is no function word,
     * starts no stop word or person verb, and a stop word, a person verb or punctuation follows it. Only after a title,
     * where a name is expected.
     */
    private static boolean cutAfterTheSurname(RecognitionContext ctx, Token name, Token next) {
        String t = ctx.normalised();
        int end = name.end();
        if (name.word().length() != 2 || !isSurname(name.word().charAt(0)) || next.begin() != end) return false;
        if (Titles.titleEndingAt(t, name.begin()) == null || end + 1 >= t.length()) return false;
        char c = t.charAt(end);
        if (!Scripts.isHan(c) || NOT_NAME_END.indexOf(c) >= 0 || startsWithStop(t, end)
                || startsWithAny(t, end, PERSON_VERBS) || titleStartingAt(t, end) != null) return false;
        // the word's own tag, not the character's usual one: 应 is mostly a preposition, but 应/v here
        if (next.word().length() == 1 ? NOT_NAME_PART_TAGS.contains(next.tag()) : !next.isPersonName()) return false;
        char after = t.charAt(end + 1);
        // 黄明作的(报告), 王毅说了: a particle after the character makes it a verb
        if (VERB_PARTICLES.indexOf(after) >= 0) return false;
        return startsWithStop(t, end + 1) || startsWithAny(t, end + 1, PERSON_VERBS)
                || !Scripts.isHan(after) && !Character.isLetterOrDigit(after);
    }

    /** Whether a title or a person verb starts right after the character at {@code p} and runs to or over {@code wordEnd}. */
    private static boolean gluedToTheNextCue(String t, int p, int wordEnd) {
        char c = t.charAt(p);
        if (NOT_NAME_END.indexOf(c) >= 0 || startsWithStop(t, p) || !Scripts.isHan(c)) return false;
        String cue = titleStartingAt(t, p + 1);
        if (cue == null) cue = PERSON_VERBS.firstStartingAt(t, p + 1);
        return cue != null && p + 1 + cue.length() >= wordEnd;
    }

    /** Tags of a character HanLP left beside a name that may be the name's last character (晖/nz, 华/b, 汗/n). */
    private static final Set<String> NAME_PART_TAGS = Set.of("nz", "n", "b", "ng", "nr", "nrf", "nrj", "a", "ag", "f");

    /** Whether token {@code j} (or the end of the text) can follow a name. */
    private static boolean endsAName(RecognitionContext ctx, int j) {
        List<Token> tokens = ctx.text().tokens();
        if (j >= tokens.size()) return true;
        Token after = tokens.get(j);
        String t = ctx.normalised();
        return after.isPunctuation() || after.isTitle() || after.tag().equals("t")
                || after.word().length() >= 2 && after.tag().equals("d") // 季先/nr 峥 共同/d 主礼, as nameEndsAt
                || startsWithStop(t, after.begin()) || startsWithAny(t, after.begin(), PERSON_VERBS)
                || titleStartingAt(t, after.begin()) != null;
    }

    /** The longest title or form of address starting at {@code p}, or null. */
    private static String titleStartingAt(String t, int p) {
        String after = AFTER_NAME_TITLE_INDEX.firstStartingAt(t, p);
        return after != null ? after : Titles.INDEX.firstStartingAt(t, p);
    }

    private static final WordIndex AFTER_NAME_TITLE_INDEX = WordIndex.of(AFTER_NAME_TITLES);

    // ---- name + title (普京总统, 沈旭晖教授, 王小明同志)

    private void titledAfter(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        List<Token> tokens = ctx.text().tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            Span name;
            if (tok.isPersonName()) name = new Span(tok.begin(), completedName(ctx, i));
            else if ((name = surnameSplit(tokens, i)) == null) continue;
            String key = t.substring(name.begin(), name.end());
            String title = titleStartingAt(t, name.end());
            if (title == null || Titles.BYLINE.contains(title) || key.length() < 2 || NOT_NAMES.contains(key)) continue;
            if (!Scripts.allHan(key, "·") || !plausibleName(tok.isPersonName() ? tok.tag() : "nr", key)) continue;
            if (fragmentOfAWord(t, name.begin(), name.end()) || startsWithFunctionWord(key)) continue;
            Gazetteer.Match g = ctx.matchStartingAt(name.begin(), EntityType.PERSON);
            if (g != null) continue; // a reference person: the gazetteer names it
            if (partOfAFoundName(out, name, key)) continue; // 萨|金塔耶夫总理 after 总理萨金塔耶夫
            out.add(new Mention(name, EntityType.PERSON, ctx.original(name.begin(), name.end()), key, null,
                    ctx.original(name.end(), name.end() + title.length()), RecogniserId.TITLE, 0.85));
        }
    }

    /** Most characters of a transliterated name read back from a title (皮埃尔·特鲁多 is seven). */
    private static final int MAX_BEFORE_A_TITLE = 12;

    /**
     * A transliterated name before a title of which HanLP read only a part as a person word (科/n 雷亚/nr 总统,
     * 皮埃尔/nr ·/w 特/ag 鲁/b 多/a 总理): the run of transliteration characters and dots back from the title, when it
     * holds a person word, starts on a word after a stop word, a kinship word or punctuation, and holds no place word (智利 in
     * 智利巴切莱特总统 is no part of the name). ANNOTATION.md: a person named with a title after the name is a person.
     */
    private void transliteratedBeforeATitle(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        AnalysedText text = ctx.text();
        List<Token> tokens = text.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token title = tokens.get(i);
            int q = title.begin();
            String written = titleStartingAt(t, q);
            if (written == null || Titles.BYLINE.contains(written)) continue;
            int p = q;
            while (p > 0 && q - p < MAX_BEFORE_A_TITLE && isTransliteration(t.charAt(p - 1)) && STOPS.firstEndingAt(t, p) == null) p--;
            while (p < q && t.charAt(p) == '·') p++;
            if (q - p < 3 || t.charAt(q - 1) == '·' || !text.isTokenBoundary(p)) continue;
            if (p > 0 && Scripts.isHan(t.charAt(p - 1)) && STOPS.firstEndingAt(t, p) == null && !endsWithAny(t, p, RELATIONS)) continue;
            boolean person = false, place = false;
            for (int k = text.tokenIndexAt(p); k < i; k++) {
                Token w = tokens.get(k);
                person |= w.isPersonName() && w.word().length() >= 2;
                place |= w.tag().startsWith("ns") || ctx.matchStartingAt(w.begin(), EntityType.ECONOMY) != null;
            }
            // more than the person word alone: HanLP's whole word is read by titledAfter
            Token first = tokens.get(text.tokenIndexAt(p));
            // a run of four or more with no person word in it: HanLP read every character apart (里/f 瓦/n 德/b 内/f 拉/v)
            boolean loose = q - p >= 4 && tokens.subList(text.tokenIndexAt(p), i).stream().allMatch(w -> w.word().length() == 1);
            if (!person && !loose || place || first.isPersonName() && first.end() == q) continue;
            Span name = new Span(p, q);
            String key = t.substring(p, q);
            if (NOT_NAMES.contains(key) || overlapsAny(out, name) || HanLp.isCommonWord(key)) continue;
            if (ctx.matchStartingAt(p, EntityType.PERSON) != null) continue; // a reference person: the gazetteer names it
            out.add(new Mention(name, EntityType.PERSON, ctx.original(p, q), key, null,
                    ctx.original(q, q + written.length()), RecogniserId.TITLE, 0.85));
        }
    }

    private static boolean startsWithStop(String t, int p) {
        return startsWithAny(t, p, STOPS);
    }

    // ---- HanLP names with support

    /** A HanLP person word that survived the shape tests, with whether it has support of its own. */
    private record Candidate(Span span, String key, boolean supported) {}

    private void hanlpNames(RecognitionContext ctx, Set<String> titledNames, List<Mention> out) {
        List<Token> tokens = ctx.text().tokens();
        String t = ctx.normalised();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (!tok.isPersonName() || tok.word().length() < 2 || tok.word().length() > 12) continue;
            int begin = tok.begin();
            int end = tok.tag().equals("nr") ? completedName(ctx, i) : tok.end();
            String key = t.substring(begin, end);
            if (key.length() > 2 && key.charAt(key.length() - 1) == LIST_END) {
                key = key.substring(0, key.length() - 1);
                end--;
            }
            if (NOT_NAMES.contains(key) || !Scripts.allHan(key, "·")) continue;
            if (!plausibleName(tok.tag(), key) || economyPair(t, key) || afterACount(t, begin)) continue;
            // HanLP splits some names after the surname (聂/平香): take the surname back
            if (key.length() == 2 && i > 0 && tokens.get(i - 1).word().length() == 1 && tokens.get(i - 1).end() == begin
                    && isSurname(tokens.get(i - 1).word().charAt(0)) && !isSurname(key.charAt(0))) {
                begin--;
                key = tokens.get(i - 1).word() + key;
            }
            boolean titled = titledNames.contains(key);
            if (!titled && (fragmentOfAWord(t, begin, end) || startsWithFunctionWord(key))) continue;
            if (!titled && tailOfATitledName(t, begin, key, titledNames)) continue;
            // a transliteration with a middle dot between its parts (荷西·马蒂亚斯·德尔嘉多/nrf) names a person by its form
            boolean dotted = tok.tag().equals("nrf") && dottedParts(key);
            candidates.add(new Candidate(new Span(begin, end), key, titled || dotted || hasOwnSupport(ctx, begin, end)));
        }
        Set<String> known = new HashSet<>(titledNames);
        for (Candidate c : candidates) if (c.supported()) known.add(c.key());
        for (Gazetteer.Match g : ctx.gazetteerMatches())
            if (RecognitionContext.entityOf(g, EntityType.PERSON) != null) known.add(t.substring(g.begin(), g.end()));
        for (Candidate c : candidates) {
            if (!c.supported() && !listWithEvidence(ctx, c.span(), candidates, known)) continue;
            out.add(new Mention(c.span(), EntityType.PERSON, ctx.original(c.span().begin(), c.span().end()),
                    c.key(), null, null, RecogniserId.HANLP, 0.75));
        }
    }

    /** Digits and the Chinese numerals of round counts: a word right after one is part of a count (1200余人, 百余人), not a name. */
    private static final String COUNT_CHARS = "0123456789" + Lexicons.of("person-count-chars").chars();

    private static boolean afterACount(String t, int begin) {
        return begin > 0 && COUNT_CHARS.indexOf(t.charAt(begin - 1)) >= 0;
    }

    /**
     * Whether the candidate is the end of a name found behind a title, written again whole (副部长姆费凯托 … 姆/x
     * 费凯托/nr 说): HanLP cut the first characters off; the whole name is found again by {@link #repeated}.
     */
    private static boolean tailOfATitledName(String t, int begin, String key, Set<String> titledNames) {
        for (String name : titledNames) {
            int head = name.length() - key.length();
            if (head > 0 && name.endsWith(key) && begin >= head && t.startsWith(name, begin - head)) return true;
        }
        return false;
    }

    /** Whether {@code key} is two or more parts of two characters or more joined by middle dots. */
    private static boolean dottedParts(String key) {
        String[] parts = key.split("·", -1);
        if (parts.length < 2) return false;
        for (String part : parts) if (part.length() < 2) return false;
        return true;
    }

    /** One-character abbreviations of economies (中, 韩, 美): the first character of each agreement-economy-abbreviations entry. */
    private static final String ECONOMY_CHARS = Lexicons.of("agreement-economy-abbreviations").entries().stream()
            .map(e -> e.substring(0, 1)).reduce("", String::concat);

    /** Words after which a pair of economy abbreviations is the two economies (韩中两国, 韩中FTA), not a name. */
    private static final WordIndex PAIR_FOLLOWERS = WordIndex.of(Lexicons.of("person-economy-pair-followers").entries());

    /**
     * Whether {@code key} is two economies written as a pair (韩中, 中美) that the text uses as such somewhere
     * (韩中两国, 韩中FTA): HanLP takes some pairs for names (韩 is a surname).
     */
    static boolean economyPair(String t, String key) {
        if (key.length() != 2 || ECONOMY_CHARS.indexOf(key.charAt(0)) < 0 || ECONOMY_CHARS.indexOf(key.charAt(1)) < 0)
            return false;
        for (int p = t.indexOf(key); p >= 0; p = t.indexOf(key, p + 1))
            if (startsWithAny(t, p + 2, PAIR_FOLLOWERS)) return true;
        return false;
    }

    /**
     * A name found behind a title, written again without it (厄瓜多尔总统诺沃亚 … 为诺沃亚举行欢迎宴会): HanLP does not
     * know the name, so its later occurrences are found here; a two-character one only where it is no piece of a
     * common word (dev odd half: +2 participants).
     */
    private static void repeated(RecognitionContext ctx, Set<String> titledNames, List<Mention> out) {
        String t = ctx.normalised();
        List<Mention> found = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(titledNames)) {
            if (key.length() < 2 || !Scripts.allHan(key, "·")) continue;
            for (int at = t.indexOf(key); at >= 0; at = t.indexOf(key, at + 1)) {
                Span span = new Span(at, at + key.length());
                if (overlapsAny(out, span) || overlapsAny(found, span)) continue;
                if (key.length() == 2 && fragmentOfAWord(t, span.begin(), span.end())) continue;
                found.add(new Mention(span, EntityType.PERSON, ctx.original(span.begin(), span.end()), key, null, null,
                        RecogniserId.HANLP, 0.7));
            }
        }
        out.addAll(found);
    }

    private static boolean overlapsAny(List<Mention> mentions, Span span) {
        for (Mention m : mentions) if (m.begin() < span.end() && m.end() > span.begin()) return true;
        return false;
    }

    /** Whether a name found already overlaps {@code span} or ends in {@code key} (the tail HanLP cut from it). */
    private static boolean partOfAFoundName(List<Mention> out, Span span, String key) {
        for (Mention m : out)
            if (m.begin() < span.end() && m.end() > span.begin() || m.key().length() > key.length() && m.key().endsWith(key))
                return true;
        return false;
    }

    /** 向习|主席, 向欧方|提出: a candidate whose first character is mostly a preposition or a conjunction. */
    static boolean startsWithFunctionWord(String key) {
        return HanLp.isFunctionWord(key.substring(0, 1));
    }

    /**
     * Whether the name at [begin, end) is a piece HanLP cut out of a common word: the candidate is itself one
     * (许可, 标准), or one crosses its first or last character (公平|正义 → 平正义, 方向|欧方 → 向欧方).
     */
    static boolean fragmentOfAWord(String t, int begin, int end) {
        if (HanLp.isCommonWord(t.substring(begin, end))) return true;
        for (int k = 1; k <= 2; k++) {
            if (begin - k >= 0 && HanLp.isCommonWord(t.substring(begin - k, begin + 1))) return true;
            if (end + k <= t.length() && HanLp.isCommonWord(t.substring(end - 1, end + k))) return true;
        }
        return false;
    }

    /**
     * Whether the 、-list around {@code name} says that its members are people: another member is a known person
     * (a titled name, a reference person, a name with a verb of its own), a title stands before the list, or a person
     * verb follows it (…、王小明等出席). A list of places or things (苏梅、哈尔科夫等方向) has none of these.
     */
    private static boolean listWithEvidence(RecognitionContext ctx, Span name, List<Candidate> candidates, Set<String> known) {
        String t = ctx.normalised();
        boolean listed = name.begin() > 0 && t.charAt(name.begin() - 1) == ENUMERATION_COMMA
                || name.end() < t.length() && t.charAt(name.end()) == ENUMERATION_COMMA;
        if (!listed) return false;
        int b = name.begin(), e = name.end();
        while (b > 0 && t.charAt(b - 1) == ENUMERATION_COMMA) {
            int end = b - 1;
            if (endsWithKnown(t, end, known)) return true;
            Candidate c = candidates.stream().filter(x -> x.span().end() == end).findFirst().orElse(null);
            b = c != null ? c.span().begin() : memberStart(t, end);
        }
        if (Titles.titleEndingAt(t, b) != null) return true;
        while (e < t.length() && t.charAt(e) == ENUMERATION_COMMA) {
            int begin = e + 1;
            String k = knownStartingAt(t, begin, known);
            if (k != null) return true;
            Candidate c = candidates.stream().filter(x -> x.span().begin() == begin).findFirst().orElse(null);
            e = c != null ? c.span().end() : memberEnd(t, begin);
        }
        if (e < t.length() && t.charAt(e) == LIST_END) e++;
        return startsWithAny(t, e, PERSON_VERBS) || startsWithAny(t, e, LIST_VERBS);
    }

    private static String knownStartingAt(String t, int p, Set<String> known) {
        for (String k : known) if (t.startsWith(k, p)) return k;
        return null;
    }

    /** Verbs that follow a list of people (…等出席, …陪同); person verbs count too. */
    private static final WordIndex LIST_VERBS = WordIndex.of(Lexicons.of("person-list-verbs").entries());

    private static final int MAX_MEMBER = 12;

    private static int memberStart(String t, int end) {
        int b = end;
        while (b > 0 && end - b < MAX_MEMBER && (Scripts.isHan(t.charAt(b - 1)) || t.charAt(b - 1) == '·')) b--;
        return b;
    }

    private static int memberEnd(String t, int begin) {
        int e = begin;
        while (e < t.length() && e - begin < MAX_MEMBER && (Scripts.isHan(t.charAt(e)) || t.charAt(e) == '·')
                && t.charAt(e) != LIST_END) e++;
        return e;
    }

    /** Whether a known name ends at {@code end} (a member written with its title: 外长王小明). */
    private static boolean endsWithKnown(String t, int end, Set<String> known) {
        for (String k : known) if (end >= k.length() && t.startsWith(k, end - k.length())) return true;
        return false;
    }

    /**
     * Whether a HanLP person word looks like a name: a Chinese name (nr) starts with a surname and ends in no function
     * character (中国将, 下一步将); a transliterated one (nrf) has at least three characters; no title inside (习主席).
     */
    static boolean plausibleName(String tag, String key) {
        if (NOT_NAME_END.indexOf(key.charAt(key.length() - 1)) >= 0) return false;
        if (Titles.INDEX.anyIn(key, 2) || NEVER_IN_NAME_INDEX.anyIn(key, 0)) return false;
        if (tag.equals("nr")) return key.length() <= 4 && isSurname(key.charAt(0));
        if (tag.equals("nrj")) return key.length() <= 4; // Japanese names, and Chinese ones HanLP takes for Japanese
        return key.length() >= 3;
    }

    /** Adverbs and time words between a bare name and its verb (也, 随后, 稍早). */
    private static final WordIndex VERB_ADVERBS = WordIndex.of(Lexicons.of("person-verb-adverbs").longestFirst());

    /** A title right before or after, or a person verb right after the span (or after an adverb), or a list of names around it. */
    static boolean hasPersonContext(RecognitionContext ctx, int begin, int end) {
        String t = ctx.normalised();
        if (Titles.titleEndingAt(t, begin) != null) return true;
        if (startsWithAny(t, end, PERSON_VERBS)) return true;
        // an adverb or time word, then a person verb (普京随后表示, 拜登也说, 川普稍早指出; set F 008)
        // (not a verb between: 佐科举行会谈 ends a meeting's name, not a person's)
        String adverb = VERB_ADVERBS.firstStartingAt(t, end);
        if (adverb != null && startsWithAny(t, end + adverb.length(), PERSON_VERBS)) return true;
        // a title after the name (普京总统, 拜登总统在…任内): ANNOTATION.md names it as a person like any other
        if (titleStartingAt(t, end) != null) return true;
        // an enumeration of names: 丁薛祥、王毅等
        return end < t.length() && (t.charAt(end) == ENUMERATION_COMMA || t.charAt(end) == LIST_END)
                || begin > 0 && t.charAt(begin - 1) == ENUMERATION_COMMA;
    }

    /**
     * A title right before (from the titles list, or a word HanLP tags as a title or an occupation: 台商/nnd 贺光启/nr)
     * or a person verb right after the span (the list needs evidence: listWithEvidence).
     */
    private static boolean hasOwnSupport(RecognitionContext ctx, int begin, int end) {
        String t = ctx.normalised();
        int after = end < t.length() && t.charAt(end) == LIST_END ? end + 1 : end;
        // HanLP's title words only before a full three-character Chinese name: 代表/nnt 齐聚/nr is a verb (one false
        // person per dev half), 成员/nnt 间货物/nrj a phrase (in every synthetic trade document that has it)
        return Titles.titleEndingAt(t, begin) != null
                || end - begin == 3 && isSurname(t.charAt(begin)) && hanlpTitleBefore(ctx, begin)
                || startsWithAny(t, end, PERSON_VERBS)
                || after > end && startsWithAny(t, after, PERSON_VERBS)
                || after > end && startsWithAny(t, after, LIST_COUNTERS);
    }

    /**
     * What follows 等 after a name heading a list of people (等人, 等几名, 等多位): set E odd 027 (…等几名活动人士), and
     * ANNOTATION's persons in a list.
     */
    private static final WordIndex LIST_COUNTERS = WordIndex.of(Lexicons.of("person-list-counters").entries());

    /** Whether the word ending at {@code begin} is one HanLP tags as a title or an occupation (nnt, nnd). */
    private static boolean hanlpTitleBefore(RecognitionContext ctx, int begin) {
        AnalysedText text = ctx.text();
        if (begin == 0 || !text.isTokenBoundary(begin)) return false;
        int i = text.tokenIndexAt(begin);
        if (i <= 0 || i > text.tokens().size()) return false;
        Token before = text.tokens().get(i - 1);
        return before.end() == begin && before.isTitle();
    }

    // ---- small tests on the cue lists

    static boolean isTransliteration(char c) {
        return TRANSLIT_SET.contains(c);
    }

    static boolean isSurname(char c) {
        return SURNAME_SET.contains(c);
    }

    private static final CharSet TRANSLIT_SET = CharSet.of(TRANSLIT), SURNAME_SET = CharSet.of(SURNAMES);
    private static final WordIndex NEVER_IN_NAME_INDEX = WordIndex.of(NEVER_IN_NAME);

    private static boolean onlyJoiners(String between) {
        return between.chars().allMatch(c -> NAME_JOINERS.indexOf(c) >= 0);
    }

    /** Whether one of {@code words} starts at {@code p} in {@code t}. */
    private static boolean startsWithAny(String t, int p, WordIndex words) {
        return words.firstStartingAt(t, p) != null;
    }

    /** Whether one of {@code words} ends at {@code end} in {@code t}. */
    private static boolean endsWithAny(String t, int end, List<String> words) {
        for (String w : words) if (end >= w.length() && t.startsWith(w, end - w.length())) return true;
        return false;
    }

    private static final Stage STAGE = Stage.candidates("people",
            Set.of(Input.TEXT, Input.TOKENS, Input.GAZETTEER),
            Set.of(EntityType.PERSON));

    @Override
    public Stage stage() { return STAGE; }
}
