package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
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
import org.diplokg.extractor.text.CharSet;
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
    /** Groupings named with numbers (10+3), which the gazetteer cannot hold. */
    private static final Pattern GROUPING = Pattern.compile(Lexicons.of("org-grouping-patterns").alternation());
    private static final List<String> STATE_ORGANS = Lexicons.of("org-state-organs").longestFirst();
    /** Organs only a foreign economy has under this name (美国国务院); after China or the mainland the word is the PRC's own organ. */
    private static final List<String> FOREIGN_STATE_ORGANS = Lexicons.of("org-foreign-state-organs").entries();
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
    /** What begins a source line (来源：, 资料来源：). */
    private static final List<String> SOURCE_WORDS = Lexicons.of("org-source-line-words").entries();
    /** Punctuation that ends the part of a source line that names the source. */
    private static final String SOURCE_LINE_BREAKS = "。，,；;！!？?";
    /** Words that end in an organisation ending but name no body (大局, 西部, 部署): a name never ends on one. */
    private static final Set<String> NON_BODY = Lexicons.of("org-non-body-words").set();
    /** Words that begin a central body's name (中央, 国家) and start reading a name forward like a known name. */
    /** A hash set: asked about every token, the immutable set's probing compared each word with its entries (1 % of warm extraction). */
    private static final Set<String> START_WORDS = new HashSet<>(Lexicons.of("org-name-start-words").set());
    /** Verbs that belong to a body's name (中国加入…工作组: an accession working group). */
    private static final Set<String> NAME_VERBS = Lexicons.of("org-name-verbs").set();
    /** One-character economy abbreviations (美, 俄, 以) written before an organ or armed force. */
    private static final String ABBREVIATIONS = Lexicons.of("org-economy-abbreviations").chars();
    /** The same characters with a constant-time test: two rules scan every character of the text for them. */
    private static final CharSet ABBREVIATION_SET = CharSet.of(ABBREVIATIONS);
    private static final List<String> ARMED_FORCES = Lexicons.of("org-armed-forces-endings").longestFirst();
    /** "Stationed in": economy + 驻 + host + mission (日本驻俄大使馆). */
    private static final String STATIONED = "驻";
    private static final Pattern MISSION = Pattern.compile(STATIONED + "[\\p{IsHan}]{1,8}?" + Lexicons.of("org-mission-endings").group());
    private static final List<String> COMPANY_ENDINGS = Lexicons.of("org-company-endings").longestFirst();
    /** The same as a set: every token is looked up (a list's contains was 1.3 % of extraction). */
    private static final Set<String> COMPANY_ENDING_WORDS = Set.copyOf(COMPANY_ENDINGS);
    /**
     * An acronym or a Latin name in brackets right after a name: …金融公司(DFC), “全球发展中心”(Center for Global
     * Development) (brackets and letters as normalised).
     */
    private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\([a-z][a-z0-9&\\-.' ]{1,60}\\)");
    /** Closing and opening quotation marks around a name (normalised text keeps the curly and corner quotes). */
    private static final String CLOSING_QUOTES = "”」』\"";
    private static final String OPENING_QUOTES = "“「『\"";
    /** Class nouns before a name in apposition (智库, 台企): reading a name backwards stops before them. */
    private static final Set<String> APPOSITION_HEADS = Lexicons.of("org-apposition-heads").set();
    /** A newspaper or magazine named in title marks: 《中国交通报》. */
    private static final Pattern TITLE_MARKED = Pattern.compile("《([\\p{IsHan}]{2,10})》");
    private static final List<String> PERIODICAL_ENDINGS = Lexicons.of("org-periodical-endings").longestFirst();
    private static final List<String> PERIODICAL_NON_NAMES = Lexicons.of("org-periodical-non-names").entries();
    /** The word that closes a media list before its head: 新华社、中国日报等多家媒体. */
    private static final char ETC = '等';
    /** A list of names closed by a word for the media: 新华社、中国日报、澳门法治报等多家媒体. */
    static final Pattern MEDIA_LIST = Pattern.compile("((?:[\\p{IsHan}]{2,12}、)+[\\p{IsHan}]{2,12})" + ETC + "[\\p{IsHan}]{0,3}?"
            + Lexicons.of("org-media-list-heads").group());
    /** Bodies named after a person: 马英九 + 办公室, 克林顿 + 基金会. */
    private static final Set<String> PERSON_BODY_ENDINGS = Lexicons.of("org-person-body-endings").set();
    /** Words that run past a known body's name (教育部 + 门): no mention of the body there. */
    private static final Set<String> LABEL_CONTINUATIONS = Lexicons.of("org-label-continuations").set();
    /** Conjunctions inside a name (文物保护与考古研究所); a name read forward does not cross one into another name (金砖国家和二十国集团). */
    private static final Set<String> CONJUNCTIONS = Lexicons.of("org-name-conjunctions").set();

    /** (?:省|市|…)(?:委(?:统战部|…)|人大常委会|…|委(?!员|书记处)), with a look-ahead on the levels' first characters. */
    private static Pattern localOrganPattern() {
        Lexicon levels = Lexicons.of("org-local-levels");
        String firstChars = levels.entries().stream().map(e -> e.substring(0, 1)).distinct().collect(Collectors.joining());
        String committee = COMMITTEE + "(?:" + Lexicons.of("org-party-committee-departments").group()
                + "|(?!" + Lexicons.of("org-committee-short-form-blockers").alternation() + "))";
        return Pattern.compile("(?=[" + firstChars + "])" + levels.group()
                + "(?:" + Lexicons.of("org-local-organs").alternation() + "|" + committee + ")"
                + "|" + Lexicons.of("org-committee-only-levels").group() + committee);
    }

    private static String lastChars(List<String> words) {
        return words.stream().map(w -> w.substring(w.length() - 1)).distinct().collect(Collectors.joining());
    }

    @Override
    public List<Mention> find(RecognitionContext ctx) {
        List<Mention> out = new ArrayList<>();
        pattern(ctx, UN_BODY, RecogniserId.UN_BODY, out);
        pattern(ctx, GROUPING, RecogniserId.GROUPING, out);
        economiesOrgans(ctx, out);
        abbreviatedEconomies(ctx, out);
        mainlandOrgans(ctx, out);
        citedAgencies(ctx, out);
        datelineOutlets(ctx, out);
        ministriesInTitles(ctx, out);
        companies(ctx, out);
        companiesWithTrade(ctx, out);
        bracketedAcronyms(ctx, out);
        periodicals(ctx, out);
        quotedBodies(ctx, out);
        personsBodies(ctx, out);
        parties(ctx, out);
        hanlpBodies(ctx, out);
        extensions(ctx, out);
        localOrgans(ctx, out);
        partyOrgansOfMembers(ctx, out);
        committeesOfDomains(ctx, out);
        localOfficeShortNames(ctx, out);
        placesOfficeShortNames(ctx, out);
        return out;
    }

    /** An economy's state organs (中国外交部, 美国国会), its missions and its national bodies, after the economy's name. */
    private static void economiesOrgans(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        for (Gazetteer.Match m : ctx.gazetteerMatches()) {
            if (RecognitionContext.entityOf(m, EntityType.ECONOMY) == null || m.length() < 2) continue;
            int organAt = m.end() + formalFormAt(t, m.end()).length();
            for (String organ : STATE_ORGANS) {
                if (t.startsWith(organ, organAt)) {
                    add(ctx, new Span(m.begin(), organAt + organ.length()), RecogniserId.STATE_ORGAN, 0.85, out);
                    break;
                }
            }
            if (t.charAt(m.begin()) != CHINA) {
                for (String organ : FOREIGN_STATE_ORGANS) {
                    if (t.startsWith(organ, organAt)) add(ctx, new Span(m.begin(), organAt + organ.length()), RecogniserId.STATE_ORGAN, 0.85, out);
                }
            }
            mission(ctx, m.begin(), m.end(), out);
            nationalBodyAfterEconomy(ctx, m, out);
        }
    }

    /** HanLP's organisation words (nt) that end as a body's name does. */
    private static void hanlpBodies(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
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
    }

    private static final List<String> COMMITTEE_ENDINGS = Lexicons.of("org-committee-endings").entries();
    /** A word ending as a council's name does (常委会, 委员会) is another body: reading back stops there. */
    private static final String COMMITTEE_LAST_CHARS = lastChars(COMMITTEE_ENDINGS);
    /** Most characters of a committee's name read back from its ending (中国与葡语国家商贸合作服务平台发展委员会: 20). */
    private static final int MAX_COMMITTEE = 22;
    /** Tags of numbers and counters (第十四届/mq, 届/q). */
    private static final Set<String> COUNTED = Set.of("m", "q", "mq");

    /**
     * A committee or council named by its domain words only (工商理事会, 民族和宗教委员会, 论坛中方后续行动委员会): HanLP tags
     * none of them as an organisation. The name is read back from the ending over nouns, verbal nouns and conjunctions
     * to a clause's edge (punctuation, a verb, a preposition, a title, a line start) and must begin on a noun of two
     * characters or more; a closing quotation mark at its edge leaves it unread (“一带一路”建设工作委员会 is written
     * without its quotes by a reader). Class in both open halves: set D odd 009 (three 委員會 after 成立), 021
     * (民族和宗教委员会 after a title), set E odd 007 (论坛中方后续行动委员会 cut short at the left), 013 (同工商理事會).
     */
    private static void committeesOfDomains(RecognitionContext ctx, List<Mention> out) {
        List<Token> tokens = ctx.text().tokens();
        String t = ctx.normalised();
        for (int k = 1; k < tokens.size(); k++) {
            Token end = tokens.get(k);
            String word = end.word();
            // the last character first: most tokens end in none of the endings' (the stream per token cost ~1 % of extraction)
            if (word.isEmpty() || COMMITTEE_LAST_CHARS.indexOf(word.charAt(word.length() - 1)) < 0 || COMMITTEE_ENDINGS.stream().noneMatch(word::endsWith)) continue;
            // a known body (欧洲理事会) is read by the gazetteer, with its own bounds
            if (ctx.matchEndingAt(end.end(), EntityType.ORGANIZATION) != null) continue;
            int start = -1, i = k;
            if (COMMITTEE_ENDINGS.stream().noneMatch(end.word()::equals)) start = k; // 发展委员会 as one word
            for (; i > 0; i--) {
                Token prev = tokens.get(i - 1);
                if (prev.end() != tokens.get(i).begin() || end.end() - prev.begin() > MAX_COMMITTEE || GENERIC.contains(prev.word())) break;
                // another body's name before it (全国人大常委会|有关工作委员会, 全国委员会|常务委员会) is a body of its own
                if (COMMITTEE_LAST_CHARS.indexOf(prev.word().charAt(prev.word().length() - 1)) >= 0
                        || prev.word().chars().anyMatch(Character::isWhitespace)) break;
                String tag = prev.tag();
                boolean conjunction = CONJUNCTIONS.contains(prev.word());
                boolean noun = (tag.startsWith("n") && !tag.startsWith("nr") && !tag.equals("nnt") || tag.equals("j")) && prev.word().length() >= 2;
                if (!noun && !conjunction && !tag.equals("vn") && !tag.equals("b") && !tag.equals("ng")) break;
                if (noun) start = i - 1;
            }
            if (start < 0) continue;
            int begin = tokens.get(start).begin();
            if (begin > 0 && CLOSING_QUOTES.indexOf(t.charAt(begin - 1)) >= 0) continue;
            // a term of a body (政协第十四届|全国委员会: dev 025) is that body's, not a committee of its own
            if (start > 0 && COUNTED.contains(tokens.get(start - 1).tag())) continue;
            if (end.end() - begin < 4) continue;
            add(ctx, new Span(begin, end.end()), RecogniserId.HANLP, 0.7, out);
        }
    }

    /** A body's Party group or committee before a member's title: 商务部 + 党组 + 成员. */
    private static final Pattern PARTY_ORGAN_OF_MEMBER = Pattern.compile(Lexicons.of("org-party-organs").group()
            + "(?=" + Lexicons.of("org-party-organ-member-titles").group() + ")");

    /**
     * The Party organ a member's title names (商务部党组成员 → 商务部党组, 某局党委常委 → 某局党委): ANNOTATION lists the bodies
     * named inside a title. Only after a body already known or found (a gazetteer match or a mention ending there);
     * the secretary's title (党组书记) names the body it heads, as the gold of dev 001 and set D's open half reads it.
     * Set D odd 017 (党委常委), set E odd 001 (黨組成員).
     */
    private static void partyOrgansOfMembers(RecognitionContext ctx, List<Mention> out) {
        Matcher m = PARTY_ORGAN_OF_MEMBER.matcher(ctx.normalised());
        while (m.find()) {
            int at = m.start();
            Gazetteer.Match known = ctx.matchEndingAt(at, EntityType.ORGANIZATION);
            int begin = known != null ? known.begin() : -1;
            for (int i = 0, n = out.size(); i < n; i++) {
                Span s = out.get(i).span();
                if (s.end() == at && (begin < 0 || s.begin() < begin)) begin = s.begin();
            }
            if (begin >= 0) add(ctx, new Span(begin, m.end()), RecogniserId.LOCAL_ORGAN, 0.8, out);
        }
    }

    private static final String OFFICE_LEVELS = Lexicons.of("org-office-levels").chars();
    private static final String OFFICE_ENDINGS = Lexicons.of("org-office-abbreviation-endings").chars();
    private static final List<String> OFFICE_PARTY_GROUPS = Lexicons.of("org-office-party-groups").entries();
    /** Most characters of an office's short name (省外事侨务办, 市政府合作交流办 are six and eight). */
    private static final int MAX_OFFICE = 10;

    /**
     * A local office's short name after punctuation: a bare level, nouns, 办 (省外事侨务办副主任, 区政府办、财政局):
     * the level alone is the place in context. 办 stands alone or ends an organisation word, after nouns only (举办/v,
     * 还要/d 办 are no names), and a title, a list or a Party group follows (sets D and E, open halves: 3 offices missed
     * so, in three documents).
     */
    private static void localOfficeShortNames(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        for (int k = 2; k < t.length(); k++) {
            if (OFFICE_ENDINGS.indexOf(t.charAt(k)) < 0) continue;
            int end = k + 1;
            Token holder = tokenAt(ctx, k);
            boolean alone = holder != null && holder.begin() == k && holder.end() == end;
            if (holder == null || !alone && !holder.tag().startsWith("nt") || !officeNameMayEndAt(t, end)) continue;
            int begin = k - 1;
            while (begin > 0 && k - begin < MAX_OFFICE && Character.isIdeographic(t.charAt(begin - 1))) begin--;
            while (begin < k - 1 && OFFICE_LEVELS.indexOf(t.charAt(begin)) < 0) begin++;
            if (OFFICE_LEVELS.indexOf(t.charAt(begin)) < 0) continue;
            int nouns = begin + 1;
            if (begin > 0 && Character.isIdeographic(t.charAt(begin - 1))) {
                // a place written with the level (杭州市/ns 政府 合作 交流 办): the office of that place, as written
                Token place = tokenAt(ctx, begin);
                if (place == null || !place.tag().startsWith("ns") || place.end() != begin + 1 || place.word().length() < 2) continue;
                begin = place.begin();
            } else nouns = begin;
            if (!ctx.text().isTokenBoundary(begin) || !nounsBetween(ctx, nouns, holder.begin())) continue;
            add(ctx, new Span(begin, end), RecogniserId.LOCAL_ORGAN, 0.75, out);
        }
    }

    /**
     * A place with its level and an office's short name that HanLP reads as an abbreviation or a body (四川省/ns 外办/j,
     * 广州市/ns 外事办/nt): the office of that place, whatever follows (从四川省外办获悉). Same class as
     * {@link #localOfficeShortNames} (sets D and E: 4 offices named by 办 missed, in 4 documents; set E 022 so written).
     */
    private static void placesOfficeShortNames(RecognitionContext ctx, List<Mention> out) {
        List<Token> tokens = ctx.text().tokens();
        for (int k = 1; k < tokens.size(); k++) {
            Token office = tokens.get(k), place = tokens.get(k - 1);
            String word = office.word();
            if (word.length() < 2 || OFFICE_ENDINGS.indexOf(word.charAt(word.length() - 1)) < 0
                    || !office.tag().equals("j") && !office.tag().startsWith("nt")) continue;
            if (place.end() != office.begin() || !place.tag().startsWith("ns") || place.word().length() < 2
                    || OFFICE_LEVELS.indexOf(place.word().charAt(place.word().length() - 1)) < 0) continue;
            add(ctx, new Span(place.begin(), office.end()), RecogniserId.LOCAL_ORGAN, 0.75, out);
        }
    }

    /** After an office's short name: punctuation, a title, or a Party group and a title (合作交流办党组书记). */
    private static boolean officeNameMayEndAt(String t, int end) {
        if (end >= t.length() || !Character.isIdeographic(t.charAt(end))) return true;
        if (Titles.INDEX.firstStartingAt(t, end) != null) return true;
        for (String group : OFFICE_PARTY_GROUPS) {
            if (t.startsWith(group, end) && Titles.INDEX.firstStartingAt(t, end + group.length()) != null) return true;
        }
        return false;
    }

    /** Whether every word from {@code begin} to {@code end} is a noun or a place word (市政府/n, 省外/s 事/n 侨务/n). */
    private static boolean nounsBetween(RecognitionContext ctx, int begin, int end) {
        for (int p = begin; p < end; ) {
            Token tok = tokenAt(ctx, p);
            if (tok == null || tok.begin() != p || tok.tag().startsWith("nr")
                    || !tok.tag().startsWith("n") && !tok.tag().equals("s") && !tok.tag().equals("vn") && !tok.tag().equals("j")) return false;
            p = tok.end();
        }
        return true;
    }

    private static final List<String> FORMAL_FORMS = Lexicons.of("org-state-formal-forms").longestFirst();

    /**
     * The form of state written after a country's short name (冈比亚 + 共和国, 埃塞俄比亚 + 联邦民主共和国), or "": an
     * organ after it is the country's as written (冈比亚共和国外交部). Set E 026: three ministries of the MFA's
     * invitation formula (应…共和国外交部长…邀请) missed.
     */
    private static String formalFormAt(String t, int at) {
        for (String form : FORMAL_FORMS) if (t.startsWith(form, at)) return form;
        return "";
    }

    /** Economy + 驻 + host + mission: 日本驻俄大使馆, 中国驻欧盟使团 (the host alone would give 俄大使馆). */
    private static void mission(RecognitionContext ctx, int begin, int from, List<Mention> out) {
        String t = ctx.normalised();
        if (!t.startsWith(STATIONED, from)) return;
        Matcher m = MISSION.matcher(t).region(from, Math.min(t.length(), from + 16));
        if (m.lookingAt() && ctx.text().isTokenBoundary(m.end())) {
            add(ctx, new Span(begin, m.end()), RecogniserId.STATE_ORGAN, 0.85, out);
        }
    }

    /** 中国 + a national body (中国国家医保局): the economy is part of the name as written. */
    private static void nationalBodyAfterEconomy(RecognitionContext ctx, Gazetteer.Match economy, List<Mention> out) {
        String t = ctx.normalised();
        Gazetteer.Match body = ctx.matchStartingAt(economy.end(), EntityType.ORGANIZATION);
        if (body != null && START_WORDS.stream().anyMatch(w -> t.startsWith(w, economy.end()))) {
            add(ctx, new Span(economy.begin(), body.end()), RecogniserId.STATE_ORGAN, 0.85, out);
        }
    }

    /**
     * A one-character economy abbreviation before an organ or armed force: 美商务部, 俄外交部, 以军, 乌军. The
     * abbreviation must begin a word and the name end one (中美商务部长, 以军事手段 are not names).
     */
    private static void abbreviatedEconomies(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        for (int i = 0; i + 2 <= t.length(); i++) {
            if (!ABBREVIATION_SET.contains(t.charAt(i)) || !ctx.text().isTokenBoundary(i) || !abbreviationCanStart(ctx, i)) continue;
            int end = -1;
            for (String organ : STATE_ORGANS) {
                if (t.startsWith(organ, i + 1)) { end = i + 1 + organ.length(); break; }
            }
            if (end < 0) {
                for (String force : ARMED_FORCES) {
                    if (t.startsWith(force, i + 1)) { end = i + 1 + force.length(); break; }
                }
            }
            if (end > 0 && (end == t.length() || ctx.text().isTokenBoundary(end))) {
                // 驻港英军, 驻日美军: forces stationed abroad are named with where they are stationed
                int begin = i >= 2 && t.startsWith(STATIONED, i - 2) && Character.UnicodeScript.of(t.charAt(i - 1)) == Character.UnicodeScript.HAN ? i - 2 : i;
                add(ctx, new Span(begin, end), RecogniserId.STATE_ORGAN, 0.8, out);
            }
            mission(ctx, i, i + 1, out);
        }
    }

    /**
     * What stands before an abbreviation decides whether it is one: not a number (19日外交部: a date's 日), not a
     * one-character word that is no verb, preposition or conjunction (中/俄议会: a pair of economies; 卡/亚/俄空军: a
     * transliterated place), not another abbreviation (中美, 美俄).
     */
    private static boolean abbreviationCanStart(RecognitionContext ctx, int i) {
        if (i == 0 || i >= 2 && ctx.normalised().startsWith(STATIONED, i - 2)) return true; // 驻日美军
        char before = ctx.normalised().charAt(i - 1);
        if (Character.isDigit(before) || ABBREVIATION_SET.contains(before)) return false;
        Token prev = tokenAt(ctx, i - 1);
        if (prev == null || prev.end() != i) return true;
        if (prev.tag().startsWith("m")) return false;
        boolean oneHan = prev.word().length() == 1 && Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN;
        return !oneHan || FUNCTION_TAGS.stream().anyMatch(prev.tag()::startsWith);
    }

    /** Words for the People's Republic in Taiwan and Hong Kong usage that begin a state organ's name (大陆外交部). */
    private static final List<String> MAINLAND_WORDS = Lexicons.of("org-mainland-words").entries();

    private static void mainlandOrgans(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        for (String word : MAINLAND_WORDS) {
            for (int at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
                int from = at + word.length();
                if (!ctx.text().isTokenBoundary(at)) continue;
                for (String organ : STATE_ORGANS) {
                    if (t.startsWith(organ, from)) {
                        if (ctx.text().isTokenBoundary(from + organ.length()))
                            add(ctx, new Span(at, from + organ.length()), RecogniserId.STATE_ORGAN, 0.85, out);
                        break;
                    }
                }
            }
        }
    }

    /** Words that cite a news agency right before its name (据, 援引). */
    private static final List<String> AGENCY_CUES = Lexicons.of("org-news-agency-cues").longestFirst();
    private static final char AGENCY_END = '社';
    /** Most characters of a cited agency's name before 社 (法新, 美联, 埃菲, 安莎, 韩联: two; a few more for longer ones). */
    private static final int MAX_AGENCY = 5;

    /**
     * A news agency the text cites (据埃菲社报道, 援引塔斯社消息): two to five Han characters and 社 right after a
     * citing word, the characters no pronoun (据该社, 据本社) and the agency ending a word. HanLP splits rare
     * agencies' names into single characters (埃/b 菲/b 社/n), so the citing word is the evidence.
     */
    private static void citedAgencies(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        for (int at = t.indexOf(AGENCY_END); at >= 0; at = t.indexOf(AGENCY_END, at + 1)) {
            int end = at + 1;
            if (!ctx.text().isTokenBoundary(end)) continue;
            for (int len = 2; len <= MAX_AGENCY && at - len >= 0; len++) {
                int begin = at - len;
                if (!Character.isIdeographic(t.charAt(begin))) break;
                String cue = null;
                for (String c : AGENCY_CUES) if (t.startsWith(c, begin - c.length()) && begin >= c.length()) { cue = c; break; }
                if (cue == null || !ctx.text().isTokenBoundary(begin)) continue;
                Token first = tokenAt(ctx, begin);
                if (first == null || first.tag().startsWith("r") || first.begin() != begin) break;
                if (t.substring(begin, end).chars().anyMatch(c -> STOP_CHARS.indexOf(c) >= 0)) break;
                if (ctx.matchEndingAt(end, EntityType.ORGANIZATION) == null)
                    add(ctx, new Span(begin, end), RecogniserId.HANLP, 0.75, out);
                break;
            }
        }
    }

    /**
     * A line opened by an outlet's name and its dateline: 台湾网2月23日北京消息, 南海网、南海网客户端博鳌4月9日消息, FX168讯,
     * 【有线新闻】. The name is an outlet's (a Han name ending as outlets' names do, or a Latin brand) and what follows is
     * a dateline (day, place and 电/消息/讯, the place before or after the day), a report word or the closing bracket.
     */
    private static final Pattern DATELINE_OUTLET = Pattern.compile("【?(\\p{IsHan}{1,6}?" + Lexicons.of("org-dateline-outlet-endings").group()
            + "|[A-Za-z][A-Za-z0-9]{1,15})(?:、\\1\\p{IsHan}{2,3})?(?:】|" + Lexicons.of("org-report-words").group()
            + "|\\p{IsHan}{0,4}?" + Lexicons.of("org-dateline-days").group() + "\\p{IsHan}{0,4}?" + Lexicons.of("org-dateline-endings").group() + ")");
    /** 本报讯, 本台消息: the outlet naming itself. */
    private static final Set<String> DATELINE_SELF = Lexicons.of("org-dateline-non-names").set();

    /** Outlets that open a line with their dateline (set F 011 台湾网, F 002 南海网, F 007 有线新闻; set E 010 FX168). */
    private static void datelineOutlets(RecognitionContext ctx, List<Mention> out) {
        String original = ctx.text().text().original();
        String t = ctx.normalised();
        Matcher m = DATELINE_OUTLET.matcher(t);
        for (int line = 0; line < original.length(); line = original.indexOf('\n', line) + 1) {
            int at = ctx.text().text().normalisedIndex(line);
            if (at < t.length()) {
                m.region(at, t.length());
                // 据路透社报道 cites an agency (citedAgencies), the cue is no part of a name
                if (m.lookingAt() && !DATELINE_SELF.contains(m.group(1)) && AGENCY_CUES.stream().noneMatch(m.group(1)::startsWith))
                    add(ctx, new Span(m.start(1), m.end(1)), RecogniserId.EXTENSION, 0.8, out);
            }
            if (original.indexOf('\n', line) < 0) break;
        }
    }

    private static final String MINISTER = "部长";
    private static final int DOMAIN = 2;

    /**
     * A ministry named inside its minister's title, before the minister's name (农业部长陈小明 → 农业部, 運動部長李洋 →
     * 运动部): a two-character domain word, 部长, and a person's name right after. Without the name the title is
     * generic (东盟十国的经济部长) and names no body. After an economy or a known name the state-organ rules read it.
     */
    private static void ministriesInTitles(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        for (String head : HEAD_TITLES) {
            headsInTitles(ctx, head, out);
        }
        for (int at = t.indexOf(MINISTRY_AND_MINISTER); at >= 0; at = t.indexOf(MINISTRY_AND_MINISTER, at + 1)) {
            int end = at + 1;
            if (!personAt(ctx, end + MINISTER.length(), true)) continue;
            int begin = ministryStart(ctx, at);
            if (begin < 0 || ctx.matchEndingAt(end, EntityType.ORGANIZATION) != null) continue;
            add(ctx, new Span(begin, end), RecogniserId.STATE_ORGAN, 0.8, out);
        }
    }

    /**
     * Titles of a body's head whose first character ends the body's name (部长 → …部; 局长 → …局: 能源局长林某 → 能源局,
     * set D's open half: 2 bureaus missed so).
     */
    private static final List<String> HEAD_TITLES = Lexicons.of("org-head-titles").entries();

    /** A domain, a head's title ({@code head}) and a person's name right after: the body is the domain and the title's first character. */
    private static void headsInTitles(RecognitionContext ctx, String head, List<Mention> out) {
        String t = ctx.normalised();
        for (int at = t.indexOf(head, DOMAIN); at >= 0; at = t.indexOf(head, at + 1)) {
            int begin = at - DOMAIN, after = at + head.length();
            if (begin < 0 || !MINISTRY_DOMAINS.contains(t.substring(begin, at)) || !titleMayStart(t, begin)) continue;
            if (ctx.matchEndingAt(begin, EntityType.ECONOMY) != null || ctx.matchEndingAt(begin, EntityType.ORGANIZATION) != null
                    || ABBREVIATION_SET.contains(begin > 0 ? t.charAt(begin - 1) : ' ')) continue;
            if (!personAt(ctx, after, false)) continue;
            int minister = at;
            boolean known = ctx.gazetteerMatches().stream().anyMatch(m -> m.begin() <= begin && m.end() > minister
                    && RecognitionContext.entityOf(m, EntityType.ORGANIZATION) != null);
            if (known) continue;
            add(ctx, new Span(begin, at + 1), RecogniserId.STATE_ORGAN, 0.8, out);
        }
    }

    /** 部 + 部长: a ministry written in full before its minister's title (built from 部长, which keeps Han literals in Java under budget). */
    private static final String MINISTRY_AND_MINISTER = MINISTER.charAt(0) + MINISTER;

    private static boolean knownNameEndingAt(RecognitionContext ctx, int end) {
        return ctx.matchEndingAt(end, EntityType.ECONOMY) != null || ctx.matchEndingAt(end, EntityType.ORGANIZATION) != null
                || ctx.matchEndingAt(end, EntityType.PLACE) != null;
    }
    /** Most characters of a ministry's domains read back from its 部 (自然资源和环境: six). */
    private static final int MAX_DOMAINS = 8;

    /**
     * Where a ministry written in full before its minister's title starts (由经济发展部部长…, 与自然资源和环境部部长…):
     * back from 部 over nouns, verbal nouns and verbs HanLP reads there (经济发展/v) and conjunctions between them, to a
     * preposition, a conjunction or punctuation; -1 when an economy or a known name comes first (the state-organ
     * rules read those) or the domain is under two characters.
     */
    private static int ministryStart(RecognitionContext ctx, int ministry) {
        String t = ctx.normalised();
        List<Token> tokens = ctx.text().tokens();
        // 部 is a word of its own (环境/n 部/q) or ends one (农村/n 发展部/nis)
        int end = ministry + 1;
        if (!ctx.text().isTokenBoundary(end)) return -1;
        int i = ctx.text().tokenIndexAt(end) - 1;
        if (i < 0 || tokens.get(i).end() != end) return -1;
        int begin = tokens.get(i--).begin();
        while (i >= 0 && ministry - tokens.get(i).begin() <= MAX_DOMAINS) {
            Token tok = tokens.get(i);
            if (tok.end() != begin) break;
            // 新加坡贸工部部长: an economy, place or known name first is the state-organ rules' to read
            if (knownNameEndingAt(ctx, begin)) return -1;
            boolean names = tok.tag().startsWith("nr") || tok.tag().startsWith("ns") || tok.tag().startsWith("nt");
            // a verb only right before a lone 部 (经济发展/v 部/q), never further back (会见/v)
            boolean verb = tok.tag().startsWith("v") && tok.word().length() >= 2 && begin == ministry;
            boolean word = tok.tag().startsWith("n") && !names || verb;
            boolean joins = CONJUNCTIONS.contains(tok.word()) && begin < ministry;
            if (!word && !joins) break;
            begin = tok.begin();
            i--;
        }
        // 与|自然资源和环境部: a conjunction read last joins the ministry to what comes before, not two domains
        if (begin < ministry && CONJUNCTIONS.contains(tokens.get(i + 1).word())) begin = tokens.get(++i).end();
        if (ministry - begin < 2) return -1;
        if (knownNameEndingAt(ctx, begin)) return -1;
        char before = begin > 0 ? t.charAt(begin - 1) : ' ';
        Token prev = i >= 0 ? tokens.get(i) : null;
        boolean opens = prev == null || !Character.isIdeographic(before) || prev.tag().startsWith("p") || prev.tag().startsWith("c")
                || TITLE_OPENERS.indexOf(before) >= 0;
        return opens ? begin : -1;
    }

    private static final Set<String> MINISTRY_DOMAINS = Lexicons.of("org-ministry-domains").set();
    /** What may stand right before such a title: a list's separators, 兼 (副总理兼商业部长); not 和 or 与, which join domains of one ministry (贸易和投资部长). */
    private static final String TITLE_OPENERS = "、,及兼";

    /** Whether a minister's title may start at {@code begin}: the text starts, or no Han character but an opener is before it. */
    private static boolean titleMayStart(String t, int begin) {
        if (begin == 0) return true;
        char before = t.charAt(begin - 1);
        return !Character.isIdeographic(before) && !Character.isLetterOrDigit(before) || TITLE_OPENERS.indexOf(before) >= 0;
    }

    /**
     * Whether a person's name starts at {@code p}: a reference person, HanLP's person word, or, {@code orRun}, three
     * transliteration characters (after a ministry written in full; after a short title such a run gave 贸易部 from
     * 副总理兼贸易部长卡米…, which the dev gold does not count).
     */
    private static boolean personAt(RecognitionContext ctx, int p, boolean orRun) {
        if (ctx.matchStartingAt(p, EntityType.PERSON) != null) return true;
        Token tok = tokenAt(ctx, p);
        if (tok != null && tok.begin() == p && tok.isPersonName()) return true;
        if (!orRun) return false;
        // a transliteration HanLP read as single characters (塞/v 拉/v 托/v)
        String t = ctx.normalised();
        int q = p;
        while (q < t.length() && q - p < 3 && PersonRecogniser.isTransliteration(t.charAt(q))) q++;
        return q - p >= 3;
    }

    /** China's one-character abbreviation, first in the names of joint bodies (中俄…委员会). */
    private static final char CHINA = '中';

    /** Tags of words that may stand right before a name: verbs, prepositions, conjunctions, particles, adverbs. */
    private static final List<String> FUNCTION_TAGS = List.of("v", "p", "c", "u", "d", "w");

    /**
     * A company: proper-name words (a brand or firm name HanLP tags nz, nt…, nrf, j or nx) right before a company
     * ending: 鸿海集团, 阿里巴巴集团, 汇丰银行, 国泰航空. A place before the brand is not part of the name
     * (台湾鸿海集团 → 鸿海集团); generic words (商业银行, 航空公司) have no proper name and are not taken.
     */
    private static void companies(RecognitionContext ctx, List<Mention> out) {
        List<Token> tokens = ctx.text().tokens();
        for (int k = 1; k < tokens.size(); k++) {
            Token end = tokens.get(k);
            if (!COMPANY_ENDING_WORDS.contains(end.word())) continue;
            int first = k;
            while (first > 0 && properName(tokens.get(first - 1)) && tokens.get(first - 1).end() == tokens.get(first).begin()) first--;
            if (first == k) first = beforeBracketedPlace(ctx, k);
            if (first == k) continue;
            add(ctx, new Span(tokens.get(first).begin(), end.end()), RecogniserId.HANLP, 0.75, out);
        }
    }

    /** The endings of a company's registered name (有限公司, 株式会社): the name before one may begin with its place. */
    private static final Set<String> LEGAL_ENDINGS = Lexicons.of("org-company-legal-endings").set();
    /** Most characters of a company's name read back from its ending (台湾积体电路制造股份有限公司: 14). */
    private static final int MAX_COMPANY = 18;

    /**
     * A company or an institution named with its trade between the brand and the ending (丰田 + 汽车公司, 鸿海 + 科技 +
     * 集团, 马士基 + 集团, 彼得森 + 国际经济 + 研究所, 复旦 + 大学), or its registered name before a legal ending, which may begin with its place and hold verbs
     * (宁德时代新能源科技股份有限公司, 台湾积体电路制造股份有限公司). The name starts at the first brand (or, before a legal
     * ending, place) word read back over nouns: generic phrases (美国科技公司, 当地银行) have none and are not taken. A
     * person's name as a brand has three characters or more (马士基集团): HanLP reads 曾在 (曾在一家银行) as a name.
     */
    private static void companiesWithTrade(RecognitionContext ctx, List<Mention> out) {
        List<Token> tokens = ctx.text().tokens();
        for (int k = 1; k < tokens.size(); k++) {
            Token end = tokens.get(k);
            if (end.word().isEmpty() || COMPANY_LAST_CHARS.indexOf(end.word().charAt(end.word().length() - 1)) < 0) continue;
            boolean legal = LEGAL_ENDINGS.contains(end.word());
            if (!legal && !COMPANY_ENDING_WORDS.contains(end.word()) && !tradeAndEnding(end) && !INSTITUTION_ENDINGS.contains(end.word())) continue;
            int start = -1;
            for (int i = k; i > 0; i--) {
                Token prev = tokens.get(i - 1);
                if (prev.end() != tokens.get(i).begin() || end.end() - prev.begin() > MAX_COMPANY || GENERIC.contains(prev.word())) break;
                String tag = prev.tag();
                boolean brand = properName(prev) || tag.startsWith("nr") && prev.word().length() >= 3 || legal && tag.startsWith("ns")
                        || inTransliteratedBrand(tokens, i - 1);
                boolean inner = brand || tag.startsWith("n") && !tag.startsWith("ns") || tag.equals("vn")
                        || legal && (tag.startsWith("v") || tag.equals("ng"));
                if (!inner) break;
                if (brand) start = i - 1;
            }
            if (start >= 0) add(ctx, new Span(tokens.get(start).begin(), end.end()), RecogniserId.HANLP, 0.75, out);
        }
    }

    /** Fewest characters of a transliterated brand read over the pieces HanLP cut it into (艾特伍德: 4, 霍尼韦尔: 4). */
    private static final int MIN_TRANSLITERATED_BRAND = 3;

    /**
     * A foreign brand written in transliteration characters, which HanLP cuts into short name words and single
     * characters with any tag (艾/nz 特/ag 伍德/nrf 集团, 霍尼/nr 韦尔/nr 公司): read back, the name stopped at the first piece
     * that is no name word (伍德投资集团) or was never found (霍尼韦尔公司). A token belongs to one when it is all
     * transliteration characters, no place (the place before a brand stays out: 美国/nsf, 印尼/ns) and no function
     * word (与, 和 are no transliteration characters anyway), and its run of such tokens has three characters or more,
     * so an ordinary two-character noun (通信) is not taken for one.
     */
    private static boolean inTransliteratedBrand(List<Token> tokens, int k) {
        if (!transliterationPiece(tokens.get(k))) return false;
        int first = k, last = k;
        while (first > 0 && tokens.get(first - 1).end() == tokens.get(first).begin() && transliterationPiece(tokens.get(first - 1))) first--;
        while (last + 1 < tokens.size() && tokens.get(last + 1).begin() == tokens.get(last).end() && transliterationPiece(tokens.get(last + 1))) last++;
        return tokens.get(last).end() - tokens.get(first).begin() >= MIN_TRANSLITERATED_BRAND;
    }

    private static boolean transliterationPiece(Token tok) {
        if (tok.tag().startsWith("ns") || FUNCTION_TAGS.stream().anyMatch(tok.tag()::startsWith) && !tok.tag().startsWith("vg")) return false;
        for (int i = 0; i < tok.word().length(); i++) {
            if (!PersonRecogniser.isTransliteration(tok.word().charAt(i))) return false;
        }
        return !tok.word().isEmpty();
    }

    /** Institutions named after a brand or a person like companies (复旦大学, 彼得森国际经济研究所, 中华经济研究院). */
    private static final Set<String> INSTITUTION_ENDINGS = Lexicons.of("org-institution-endings").set();

    /**
     * The last characters of every word that can end a company or an institution: a token ending otherwise is passed
     * over with one lookup (its three set lookups and a scan of the company endings were 2.8 % of warm extraction).
     */
    private static final String COMPANY_LAST_CHARS = lastChars(LEGAL_ENDINGS, COMPANY_ENDING_WORDS, INSTITUTION_ENDINGS);

    @SafeVarargs
    private static String lastChars(Set<String>... words) {
        StringBuilder chars = new StringBuilder();
        for (Set<String> set : words) {
            for (String w : set) {
                char last = w.charAt(w.length() - 1);
                if (chars.indexOf(String.valueOf(last)) < 0) chars.append(last);
            }
        }
        return chars.toString();
    }

    /** A word of a trade and a company ending that HanLP keeps together (汽车公司/nis, 电力公司/nis). */
    private static boolean tradeAndEnding(Token tok) {
        return tok.tag().startsWith("n") && COMPANY_ENDINGS.stream().anyMatch(e -> tok.word().length() > e.length() && tok.word().endsWith(e));
    }

    /**
     * A company named with its place in brackets before the ending: 思科系统(香港)有限公司. The name before the brackets
     * starts on a proper name and may go on with nouns (系统); {@code k} is the ending's token, the result the first
     * token of the name (k when there is none).
     */
    private static int beforeBracketedPlace(RecognitionContext ctx, int k) {
        List<Token> tokens = ctx.text().tokens();
        if (k < 4 || !tokens.get(k - 1).word().equals(")") || !tokens.get(k - 3).word().equals("(")
                || !tokens.get(k - 2).tag().startsWith("ns")) return k;
        int first = k - 3, start = k;
        while (first > 0 && k - first <= 8) {
            Token tok = tokens.get(first - 1);
            if (tok.end() != tokens.get(first).begin() || !properName(tok) && !tok.tag().equals("n")) break;
            first--;
            if (properName(tok)) start = first;
        }
        return start;
    }

    private static boolean properName(Token tok) {
        String tag = tok.tag();
        return tag.equals("nz") || tag.startsWith("nt") || tag.equals("nrf") || tag.equals("j") || tag.equals("nx");
    }

    /** A name right before an acronym in brackets (美国国际开发金融公司(DFC)), read back over nouns to where it starts. */
    private static void bracketedAcronyms(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        Matcher m = BRACKETED_ACRONYM.matcher(t);
        while (m.find()) {
            int end = m.start();
            if (end == 0) continue;
            if (CLOSING_QUOTES.indexOf(t.charAt(end - 1)) >= 0) {
                quotedName(ctx, end - 1, out);
                continue;
            }
            if (!ctx.text().isTokenBoundary(end)) continue;
            int begin = end;
            int i = ctx.text().tokenIndexAt(end) - 1;
            List<Token> tokens = ctx.text().tokens();
            while (i >= 0 && end - tokens.get(i).begin() <= 16) {
                Token tok = tokens.get(i);
                // a transliterated name inside (墨卡托中国研究所) belongs to it; a class noun before it (智库) does not
                boolean transliterated = tok.tag().startsWith("nr") && begin < end;
                // a verb of the body's field inside (日本贸易振兴机构: 振兴/v), never first: a verb the reading ends on is dropped,
                // and a verb before a place is the clause's (会上宣布|美国国际开发金融公司)
                boolean innerVerb = tok.tag().startsWith("v") && begin < end && tok.word().length() >= 2
                        && !tokens.get(i + 1).tag().startsWith("ns");
                // a class noun as the name's last word is its head (日本贸易振兴机构(JETRO)), not an apposition
                if (tok.end() != begin || !nounish(tok) && !transliterated && !innerVerb || APPOSITION_HEADS.contains(tok.word()) && begin < end
                        || tok.word().chars().anyMatch(c -> STOP_CHARS.indexOf(c) >= 0)) break;
                begin = tok.begin();
                i--;
            }
            while (begin < end) {
                Token first = tokenAt(ctx, begin);
                if (first == null || !first.tag().startsWith("v") || first.tag().equals("vn") || first.end() >= end) break;
                begin = first.end();
            }
            // a caption's last words on the line before (论坛现场 / 全球化智库(CCG)) are no part of the name
            while (begin < end && ctx.original(begin, end).indexOf('\n') >= 0) {
                Token first = tokenAt(ctx, begin);
                begin = first == null ? end : first.end();
            }
            // 中国和东南亚国家协会(ASEAN), 主要出口市场欧洲联盟(EU): a known name before the acronym is the name glossed
            Gazetteer.Match known = ctx.matchEndingAt(end, EntityType.ORGANIZATION);
            if (known != null && known.begin() > begin) continue;
            Matcher noise = LEADING_NOISE.matcher(t.substring(begin, end));
            if (noise.find()) begin += noise.end();
            String name = t.substring(begin, end);
            Token last = tokenAt(ctx, end - 1);
            if (name.length() < 3 || last == null || NON_BODY.contains(last.word())) continue;
            if (SUFFIXES.stream().anyMatch(name::endsWith) || EXTENDED_END.matcher(name).find()
                    || GLOSSED_ENDINGS.stream().anyMatch(name::endsWith) && name.length() >= 4) {
                add(ctx, new Span(begin, end), RecogniserId.EXTENSION, 0.8, out);
            }
        }
    }

    /** Endings of bodies' names that are generic alone (金融机构) and name a body only before its acronym (日本贸易振兴机构(JETRO)). */
    private static final List<String> GLOSSED_ENDINGS = Lexicons.of("org-glossed-endings").entries();

    private static final List<String> QUOTED_BODY_ENDINGS = Lexicons.of("org-quoted-body-endings").entries();
    /** Most characters between the marks of a quoted body's name. */
    private static final int MAX_QUOTED = 16;

    /** A body's name in quotation marks (两国成立「中智青年交流小组」): Han characters only, ending as a body's name does. */
    private static void quotedBodies(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        for (int open = 0; open < t.length(); open++) {
            if (OPENING_QUOTES.indexOf(t.charAt(open)) < 0 || t.charAt(open) == '"') continue;
            int close = open + 1;
            while (close < t.length() && close - open <= MAX_QUOTED && Character.isIdeographic(t.charAt(close))) close++;
            if (close >= t.length() || CLOSING_QUOTES.indexOf(t.charAt(close)) < 0 || close - open < 4) continue;
            String name = t.substring(open + 1, close);
            if (QUOTED_BODY_ENDINGS.stream().noneMatch(name::endsWith) || name.chars().anyMatch(c -> STOP_CHARS.indexOf(c) >= 0)) continue;
            add(ctx, new Span(open + 1, close), RecogniserId.EXTENSION, 0.8, out);
        }
    }

    /**
     * A name in quotation marks right before its acronym or Latin name in brackets: “德国马歇尔基金会”(GMF). The marks
     * say where the name begins; it is taken when it ends as a body's name does.
     */
    private static void quotedName(RecognitionContext ctx, int close, List<Mention> out) {
        String t = ctx.normalised();
        int open = close - 1;
        while (open >= 0 && close - open <= 17 && OPENING_QUOTES.indexOf(t.charAt(open)) < 0) open--;
        if (open < 0 || close - open > 17) return;
        String name = t.substring(open + 1, close);
        if (name.length() < 3 || !name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                || name.chars().anyMatch(c -> STOP_CHARS.indexOf(c) >= 0)) return;
        // 「澳洲人报」(The Australian): a periodical glossed with its Latin name (sets D and E, open halves: a name glossed so missed in each)
        if (SUFFIXES.stream().anyMatch(name::endsWith) || EXTENDED_END.matcher(name).find() || periodical(ctx, open + 1, close)) {
            add(ctx, new Span(open + 1, close), RecogniserId.EXTENSION, 0.8, out);
        }
    }

    /**
     * Newspapers and magazines: a name in title marks that ends as a periodical's does (《中国交通报》; not 《联合公报》),
     * and the periodicals in a list of media (新华社、中国经济周刊、澳门法治报等多家媒体).
     */
    private static void periodicals(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        Matcher m = TITLE_MARKED.matcher(t);
        while (m.find()) {
            if (periodical(ctx, m.start(1), m.end(1))) add(ctx, new Span(m.start(1), m.end(1)), RecogniserId.EXTENSION, 0.8, out);
        }
        for (MediaList list : mediaLists(t)) {
            int at = list.begin();
            for (String item : list.items().split(String.valueOf(LIST_COMMA))) {
                // the first item starts wherever the Han run began: only a whole word there is a name
                if (periodical(ctx, at, at + item.length()) && ctx.text().isTokenBoundary(at)) add(ctx, new Span(at, at + item.length()), RecogniserId.EXTENSION, 0.8, out);
                at += item.length() + 1;
            }
        }
    }

    /** The comma of Chinese lists, which every media list holds. */
    private static final char LIST_COMMA = '、';

    /** A list of media: its items joined by 、 as written, from {@code begin}. */
    record MediaList(int begin, String items) {}

    /**
     * The matches of {@link #MEDIA_LIST} in {@code t}, as a {@code find()} over the whole text gives them. A match is
     * Han characters and 、 only, so it lies inside one run of them that holds a 、; the pattern runs on those runs
     * alone. Trying it at every Han character of the text cost 6.1 % of warm extraction, most of it in the script
     * lookups of {@code \p{IsHan}} (probe, 215 real texts).
     */
    static List<MediaList> mediaLists(String t) {
        List<MediaList> lists = new ArrayList<>();
        Matcher list = MEDIA_LIST.matcher(t);
        int from = 0;
        for (int comma = t.indexOf(LIST_COMMA, from); comma >= 0; comma = t.indexOf(LIST_COMMA, from)) {
            int begin = comma;
            while (begin > from && inListRun(t.charAt(begin - 1))) begin--;
            int end = comma + 1;
            while (end < t.length() && inListRun(t.charAt(end))) end++;
            // every match holds 等 after a 、, and this run's first 、 is the comma: a run without 等 after it holds none
            // (most runs with a 、 are lists without 等: the pattern's backtracking over them was 1.5 % of warm extraction)
            if (hasAfter(t, ETC, comma + 1, end)) {
                list.region(begin, end);
                while (list.find()) lists.add(new MediaList(list.start(1), list.group(1)));
            }
            from = end;
        }
        return lists;
    }

    private static boolean hasAfter(String t, char c, int from, int end) {
        for (int i = from; i < end; i++) if (t.charAt(i) == c) return true;
        return false;
    }

    /** Whether {@code c} may be inside a media list: 、, a Han character, or half of one outside the BMP (kept in: harmless). */
    private static boolean inListRun(char c) {
        return c == LIST_COMMA || Character.isSurrogate(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Ends as a periodical's name does, and its last word is no document (联合公报; 中国交通报 ends on 报, not 通报). */
    private static boolean periodical(RecognitionContext ctx, int begin, int end) {
        String name = ctx.normalised().substring(begin, end);
        Token last = tokenAt(ctx, end - 1);
        String lastWord = last == null ? name : last.word();
        return name.length() >= 3 && PERIODICAL_ENDINGS.stream().anyMatch(name::endsWith)
                && PERIODICAL_NON_NAMES.stream().noneMatch(lastWord::endsWith);
    }

    /** A person's office or foundation: a person's name (HanLP nr, nrf) right before 办公室 or 基金会. */
    private static void personsBodies(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        for (Token person : ctx.text().tokens()) {
            if (!person.tag().startsWith("nr") || person.word().length() < 2) continue;
            // the ending may be more than one word (过渡/团队), but it ends one
            for (String ending : PERSON_BODY_ENDINGS) {
                int end = person.end() + ending.length();
                if (t.startsWith(ending, person.end()) && (end == t.length() || ctx.text().isTokenBoundary(end))) {
                    add(ctx, new Span(person.begin(), end), RecogniserId.HANLP, 0.75, out);
                    break;
                }
            }
        }
    }

    private static final List<String> PARTY_NAMES = Lexicons.of("org-party-names").longestFirst();
    /** A list's punctuation (normalised) that, like a conjunction, may follow a party's name. */
    private static final String LIST_PUNCTUATION = "、,";

    /**
     * A political party by its name (工党, 保守党, 国大党), a whole word, with its country when the country is written
     * right before it (英国工党, 柬埔寨人民党): parties are named without an organisation ending the other rules know.
     */
    private static void parties(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        for (String party : PARTY_NAMES) {
            for (int at = t.indexOf(party); at >= 0; at = t.indexOf(party, at + 1)) {
                int end = at + party.length();
                // HanLP glues a conjunction after 党 into a name (柬埔寨人民党和老挝…: 党和/nr): a conjunction or a list's
                // punctuation after the name is a boundary too
                boolean endsHere = ctx.text().isTokenBoundary(end) || end < t.length()
                        && (LIST_PUNCTUATION.indexOf(t.charAt(end)) >= 0 || CONJUNCTIONS.contains(t.substring(end, end + 1)));
                if (!ctx.text().isTokenBoundary(at) || !endsHere) continue;
                Gazetteer.Match economy = ctx.matchEndingAt(at, EntityType.ECONOMY);
                add(ctx, new Span(economy != null ? economy.begin() : at, end), RecogniserId.HANLP, 0.75, out);
            }
        }
    }

    /** 江苏省人民政府, 香港特别行政区政府: a government as such, which ANNOTATION.md does not count as an organisation. */
    static boolean isGovernmentAsSuch(String key) {
        return GOVERNMENT_ENDINGS.stream().anyMatch(key::endsWith);
    }

    /**
     * 教育部门: a known body's name ({@code end} where it ends) that a common word runs past is no mention of it; nor is
     * one inside the generic title of several parties' ministers ({@link #pluralMinistersTitle}).
     */
    static boolean runsPastName(String t, int end) {
        return end > 0 && end < t.length() && (LABEL_CONTINUATIONS.contains(t.substring(end - 1, end + 1)) || pluralMinistersTitle(t, end));
    }

    /**
     * A name read forward that ends inside a word HanLP does not cut there: 公署 + 署理 (acting) or 事务部 + 签署 (signs),
     * whatever the tokens say (set F 019 外交部驻澳门特派员公署署理特派员, F 028 联合国经社事务部签署…).
     */
    private static boolean endsOnWordPastName(String t, int end) {
        return runsPastName(t, end) || end >= 2 && NON_BODY.contains(t.substring(end - 2, end));
    }

    private static final List<String> PLURAL_OWNERS = Lexicons.of("org-plural-owners").longestFirst();
    /** 长 after a body's name makes its head's title (外交部长, 经济部长). */
    private static final char HEAD = MINISTER.charAt(1);
    /** How far back the owner of a title list may stand (双方总理、外交部长和经济部长: 10 characters before 经济部). */
    private static final int MAX_OWNER_REACH = 16;
    /** What joins the titles of a list in one clause: the list's comma and the words of org-title-list-joiners. */
    private static final String TITLE_JOINERS = "、" + Lexicons.of("org-title-list-joiners").chars();
    private static final Pattern TITLE_JOINER_RUN = Pattern.compile("[" + TITLE_JOINERS + "]+");

    /**
     * A ministry named inside the title of several parties' ministers (双方总理、外交部长和经济部长; 东盟十国的经济部长;
     * 非方成员国外交部长) names no one body: each party has its own. The owner (lexicon org-plural-owners) stands in
     * the same clause, and only titles (words ending as a head's title does) and their joiners lie between.
     * Sets D and E: 4 such ministries listed wrongly, in 3 documents of set E (003, 005, 016); none right.
     */
    private static boolean pluralMinistersTitle(String t, int end) {
        if (t.charAt(end) != HEAD) return false;
        int from = end;
        while (from > 0 && end - from < MAX_OWNER_REACH && Character.isIdeographic(t.charAt(from - 1))
                || from > 0 && TITLE_JOINERS.indexOf(t.charAt(from - 1)) >= 0) from--;
        String clause = t.substring(from, end);
        for (String owner : PLURAL_OWNERS) {
            int at = clause.lastIndexOf(owner);
            if (at < 0) continue;
            String[] pieces = TITLE_JOINER_RUN.split(clause.substring(at + owner.length()), -1);
            // the last piece is the body's name; the others are titles (总理, 外交部长) or empty (十国的)
            boolean titles = true;
            for (int i = 0; i < pieces.length - 1; i++) {
                String p = pieces[i];
                String title = p.isEmpty() ? "" : Titles.titleEndingAt(p, p.length());
                titles &= title != null && title.length() == p.length() || p.length() <= 6 && p.charAt(p.length() - 1) == HEAD;
            }
            String last = pieces[pieces.length - 1];
            if (titles && last.length() >= 2 && last.length() <= 8) return true;
        }
        return false;
    }

    /**
     * A known name (organisation, economy, place) or a HanLP place continued by nouns to an organisation ending. One
     * method per step: as one 1,600-byte method with its loop it was C2's costliest compilation of a cold ingest
     * (5 compilations, 5 s of compiler time at 2,000 files, recompiled after each deoptimisation).
     */
    private static void extensions(RecognitionContext ctx, List<Mention> out) {
        ExtensionStarts starts = extensionStarts(ctx, out);
        boolean[] inside = insideGazetteerMatches(ctx);
        for (int k = 0; k < starts.size(); k++) {
            int begin = starts.begin(k), end = starts.end(k);
            int best = extensionEnd(ctx, begin, end, starts.complete(k), inside);
            if (best > end && extensionTaken(ctx, begin, end, best)) add(ctx, new Span(begin, best), RecogniserId.EXTENSION, 0.8, out);
        }
    }

    /** Where extensions may start and the name each starts with; {@code complete} marks a university's whole name. */
    private static final class ExtensionStarts {
        private int[] begins = new int[64], ends = new int[64];
        private final BitSet complete = new BitSet();
        private int size;

        void add(int begin, int end) {
            if (size == begins.length) {
                begins = Arrays.copyOf(begins, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            begins[size] = begin;
            ends[size++] = end;
        }

        void addComplete(int begin, int end) {
            complete.set(size);
            add(begin, end);
        }

        int size() { return size; }
        int begin(int k) { return begins[k]; }
        int end(int k) { return ends[k]; }
        boolean complete(int k) { return complete.get(k); }
    }

    private static ExtensionStarts extensionStarts(RecognitionContext ctx, List<Mention> out) {
        ExtensionStarts starts = new ExtensionStarts();
        for (Gazetteer.Match m : ctx.gazetteerMatches()) {
            if (RecognitionContext.entityOf(m, EntityType.ORGANIZATION) != null || RecognitionContext.entityOf(m, EntityType.ECONOMY) != null
                    || RecognitionContext.entityOf(m, EntityType.PLACE) != null) {
                starts.add(m.begin(), m.end());
            }
        }
        for (Token tok : ctx.text().tokens()) {
            if (tok.tag().equals("ns") || tok.tag().equals("nt") || START_WORDS.contains(tok.word())) starts.add(tok.begin(), tok.end());
        }
        // 复旦大学 + 美国研究中心: a university found by the rules above begins the names of its schools and centres
        for (Mention m : List.copyOf(out)) {
            if (UNIVERSITY_ENDINGS.stream().anyMatch(m.key()::endsWith)) starts.addComplete(m.span().begin(), m.span().end());
        }
        jointBodyStarts(ctx, starts);
        return starts;
    }

    /**
     * 中俄 + 议会合作委员会, 中日韩 + 合作秘书处, 日中 + 经济协会, 美中 + 贸易全国委员会: China and abbreviated partners, China
     * first or second, begin a joint body's name.
     */
    private static void jointBodyStarts(RecognitionContext ctx, ExtensionStarts starts) {
        String t = ctx.normalised();
        for (int i = 0; i + 2 < t.length(); i++) {
            if (t.charAt(i) != CHINA && !ABBREVIATION_SET.contains(t.charAt(i)) || !ctx.text().isTokenBoundary(i)) continue;
            int j = i + 1;
            while (j < t.length() && (ABBREVIATION_SET.contains(t.charAt(j)) || t.charAt(j) == CHINA && t.charAt(i) != CHINA)) j++;
            boolean withChina = t.charAt(i) == CHINA || t.substring(i, j).indexOf(CHINA) > 0;
            if (j > i + 1 && withChina) starts.add(i, j);
        }
    }

    /** Offsets strictly inside a gazetteer match, computed once (台湾|中央社: not a place to end a name). */
    private static boolean[] insideGazetteerMatches(RecognitionContext ctx) {
        boolean[] inside = new boolean[ctx.normalised().length() + 1];
        for (Gazetteer.Match m : ctx.gazetteerMatches()) for (int i = m.begin() + 1; i < m.end(); i++) inside[i] = true;
        return inside;
    }

    /** The farthest end of a body's name read forward from the name at [begin, end), or -1. */
    private static int extensionEnd(RecognitionContext ctx, int begin, int end, boolean complete, boolean[] inside) {
        String t = ctx.normalised();
        int sentence = ctx.text().sentenceAt(begin);
        int best = -1;
        // a ministry after an economy may list its domains (生产、外贸、投资和渔业部): commas seen, and a conjunction after the last
        boolean economy = ctx.matchStartingAt(begin, EntityType.ECONOMY) != null;
        int commas = 0;
        boolean conjunctionAfterComma = false;
        for (int j = end + 1; j <= Math.min(t.length(), end + (commas > 0 ? MAX_LISTED_DOMAINS : 12)); j++) {
            char c = t.charAt(j - 1);
            Token tok = tokenAt(ctx, j - 1);
            if (c == ENUMERATION_COMMA && economy && best < 0 && j - 1 > end && domainListContinues(ctx, j)) {
                commas++;
                conjunctionAfterComma = false;
                continue;
            }
            if (commas > 0 && tok != null && CONJUNCTIONS.contains(tok.word())) conjunctionAfterComma = true;
            // 中国—东盟 + 商务理事会: a dash between two known names joins them into one body's name
            if (DASHES.indexOf(c) >= 0 && best < 0 && knownNamesJoinedAt(ctx, j)) continue;
            if (extensionStops(ctx, c, tok, j, sentence, end, best) || tok != null && conjunctionStops(ctx, tok, j, begin, end, best, complete)) break;
            if (nameEndsAt(ctx, c, tok, j, begin, inside, commas == 0 || conjunctionAfterComma && c == MINISTRY)) best = j;
        }
        return best;
    }

    private static boolean knownNamesJoinedAt(RecognitionContext ctx, int j) {
        return knownNameEndingAt(ctx, j - 1) && (ctx.matchStartingAt(j, EntityType.ECONOMY) != null
                || ctx.matchStartingAt(j, EntityType.ORGANIZATION) != null);
    }

    /** The character {@code c} at j - 1 (in token {@code tok}) cannot continue a name read from the one ending at {@code end}. */
    private static boolean extensionStops(RecognitionContext ctx, char c, Token tok, int j, int sentence, int end, int best) {
        boolean latin = c < 0x80 && Character.isLetterOrDigit(c) && tok != null && tok.tag().equals("nx");
        // a stop character inside a longer word is no particle or preposition (对外贸易; but not 对外部, a 3-character word HanLP makes of 对 + 外部)
        boolean stop = STOP_CHARS.indexOf(c) >= 0 && (tok == null || tok.word().length() < 4 && !CONJUNCTIONS.contains(tok.word()));
        if (!latin && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || stop) return true;
        if (ctx.text().sentenceAt(j - 1) != sentence) return true;
        if (tok != null && !nounish(tok) && !endingWord(tok) && !verbBeforeEnding(ctx, tok)) return true;
        // 市场监管总局联合住房城乡建设部: a name verb right after a known body's name is the body acting (dev 023: the
        // pair read as one name cost 2 true positives), not the start of a longer name
        return tok != null && tok.begin() == end && NAME_VERBS.contains(tok.word()) && ctx.matchEndingAt(end, EntityType.ORGANIZATION) != null;
    }

    /** A conjunction that joins two names rather than continuing one. */
    private static boolean conjunctionStops(RecognitionContext ctx, Token tok, int j, int begin, int end, int best, boolean complete) {
        if (!CONJUNCTIONS.contains(tok.word())) return false;
        // 金砖国家和二十国集团: two names joined, not one
        // 中国银行与建设银行: a conjunction right after a complete name joins two names
        if (best == tok.begin()) return true;
        // 北京大学和清华大学, 彼得森国际经济研究所和复旦大学…: likewise right after a university or a known body the
        // reading started from
        if (tok.begin() == end && (complete || ctx.matchStartingAt(begin, EntityType.ORGANIZATION) != null
                && ctx.matchEndingAt(end, EntityType.ORGANIZATION) != null)) return true;
        return ctx.matchStartingAt(j, EntityType.ORGANIZATION) != null || ctx.matchStartingAt(j, EntityType.ECONOMY) != null || placeStartsAt(ctx, j);
    }

    /** A body's name read from {@code begin} may end at {@code j}. */
    private static boolean nameEndsAt(RecognitionContext ctx, char c, Token tok, int j, int begin, boolean[] inside, boolean listClosed) {
        String t = ctx.normalised();
        return ENDING_CHARS.indexOf(c) >= 0 && (ctx.text().isTokenBoundary(j) || headTitleAt(ctx, j - 1)) && !inside[j]
                && tok != null && !NON_BODY.contains(tok.word()) && !endsOnWordPastName(t, j)
                && listClosed
                && EXTENDED_END.matcher(t.substring(begin, j)).find();
    }

    /** Whether the name read forward from [begin, end) to {@code best} is a body's name of its own. */
    private static boolean extensionTaken(RecognitionContext ctx, int begin, int end, int best) {
        String t = ctx.normalised();
        // 东博会主题国 + 缅甸商务部: an economy's organ inside the extension is the name, not the whole phrase
        if (economyOrganInside(ctx, end, best)) return false;
        // 中国大陆 + 国务院台湾事务办公室: a place before a known name is not part of it
        Gazetteer.Match known = ctx.matchEndingAt(best, EntityType.ORGANIZATION);
        // but a foreign economy before a known body is written as part of its name (美国 + 传统基金会, 台湾 + 海峡交流基金会:
        // set D's gold lists them so); China before one stays apart (中国 + 国务院台湾事务办公室)
        Gazetteer.Match economyFirst = ctx.matchStartingAt(begin, EntityType.ECONOMY);
        boolean foreignEconomy = economyFirst != null && economyFirst.end() == end && t.charAt(begin) != CHINA;
        boolean placeBeforeKnown = known != null && known.begin() >= end && ctx.matchStartingAt(begin, EntityType.ORGANIZATION) == null
                && !(foreignEconomy && known.begin() == end);
        return !placeBeforeKnown && !placeBeforeBrand(ctx, begin, end, best);
    }

    /**
     * 外交部北美司长: a head's title begins on the body's last character, as a word of its own (HanLP's 司长). Not where
     * the character is doubled (商务部部长: the title follows the name) or the title is a deputy's (副部长, one word):
     * without these two checks dev lost 9 true positives and gained 17 false ones (商务部部, 外交部副部). Never 部长.
     */
    private static boolean headTitleAt(RecognitionContext ctx, int i) {
        String t = ctx.normalised();
        // a minister's title (加拿大国际贸易部长, 东盟经贸部长) is the title, which the dev gold does not count as the ministry
        if (i < 1 || i + 2 > t.length() || !HEAD_TITLES.contains(t.substring(i, i + 2)) || t.charAt(i - 1) == t.charAt(i)
                || t.startsWith(MINISTER, i)) return false;
        Token title = tokenAt(ctx, i);
        return title != null && title.begin() == i;
    }

    /** 广东省商务厅和深圳市商务局: a place after a conjunction begins the next name (a place or HanLP place word). */
    private static boolean placeStartsAt(RecognitionContext ctx, int j) {
        if (ctx.matchStartingAt(j, EntityType.PLACE) != null) return true;
        Token next = tokenAt(ctx, j);
        return next != null && next.begin() == j && next.tag().startsWith("ns");
    }

    /** The endings of a university's name, whose schools and centres are named after it. */
    private static final List<String> UNIVERSITY_ENDINGS = Lexicons.of("org-university-endings").entries();
    private static final char ENUMERATION_COMMA = '、';
    /** Dashes between the parties of a joint body's name (normalised text writes every dash as -). */
    private static final String DASHES = "-";
    private static final char MINISTRY = '部';
    /** How far a ministry's name with listed domains may run after the economy (共和国外交、地区一体化和国际贸易部: 17). */
    private static final int MAX_LISTED_DOMAINS = 20;

    /** After a comma in a ministry's domains: another domain, not a known name (中国、日本和韩国外交部 lists economies). */
    private static boolean domainListContinues(RecognitionContext ctx, int j) {
        return j < ctx.normalised().length() && Character.isIdeographic(ctx.normalised().charAt(j))
                && ctx.matchStartingAt(j, EntityType.ECONOMY) == null && ctx.matchStartingAt(j, EntityType.ORGANIZATION) == null
                && ctx.matchStartingAt(j, EntityType.PLACE) == null;
    }

    /** Whether an economy's name starts after {@code from} and a state organ runs from it to {@code best}. */
    private static boolean economyOrganInside(RecognitionContext ctx, int from, int best) {
        String t = ctx.normalised();
        for (Gazetteer.Match m : ctx.gazetteerMatches()) {
            if (m.begin() < from || m.end() >= best || RecognitionContext.entityOf(m, EntityType.ECONOMY) == null) continue;
            String rest = t.substring(m.end(), best);
            if (STATE_ORGANS.contains(rest)) return true;
        }
        return false;
    }

    /** A one-character organisation ending as a word of its own, whatever HanLP tags it (经济发展/v 部/q). */
    private static boolean endingWord(Token tok) {
        return tok.word().length() == 1 && ENDING_CHARS.indexOf(tok.word().charAt(0)) >= 0 && !STOP_CHARS.contains(tok.word());
    }

    /** A verb right before a one-character ending is the ministry's domain (洪都拉斯经济发展部: 经济发展/v 部/q). */
    private static boolean verbBeforeEnding(RecognitionContext ctx, Token tok) {
        if (!tok.tag().startsWith("v")) return false;
        int i = ctx.text().tokenIndexAt(tok.begin());
        List<Token> tokens = ctx.text().tokens();
        return i + 1 < tokens.size() && tokens.get(i + 1).begin() == tok.end() && endingWord(tokens.get(i + 1));
    }

    /** 台湾 + 鸿海集团: a place before a brand name and a company ending; the company rule reads the name without it. */
    private static boolean placeBeforeBrand(RecognitionContext ctx, int begin, int end, int best) {
        if (ctx.matchStartingAt(begin, EntityType.ORGANIZATION) != null) return false;
        String name = ctx.normalised().substring(begin, best);
        if (COMPANY_ENDINGS.stream().noneMatch(name::endsWith)) return false;
        for (int i = ctx.text().tokenIndexAt(end); i < ctx.text().tokens().size() && ctx.text().tokens().get(i).end() <= best; i++) {
            Token tok = ctx.text().tokens().get(i);
            if (properName(tok) && !tok.tag().equals("nx")) return true;
        }
        return false;
    }

    /**
     * A credit in a document: as {@link #isCredit(String, int)}, with the source line read in the original text,
     * whose line breaks the normalised text drops (来源：中新社 ⏎ 中新社北京7月4日电: the dateline is content).
     */
    static boolean isCredit(RecognitionContext ctx, int end) {
        String original = ctx.text().text().original();
        int at = end == 0 ? 0 : ctx.text().text().origin(end - 1) + 1;
        int lineStart = original.lastIndexOf('\n', at - 1) + 1;
        int from = Math.min(end, ctx.text().text().normalisedIndex(lineStart));
        return bylineOrPhoto(ctx.normalised(), end) || onSourceLine(ctx.normalised().substring(from, end), end - from);
    }

    /**
     * 人民网摄, 来源：外交部网站: the organisation is credited for a photo or is the text's source line. A medium named with
     * its reporter (新华社记者刘华, 央视记者采访, 海南日报记者某某摄) is content: the open sets' gold lists every such
     * medium (sets F 002, G 018, G 019, G 030: 4 lost as credits), dev's gold lists them or marks them metadata-only.
     */
    static boolean isCredit(String t, int end) {
        return bylineOrPhoto(t, end) || onSourceLine(t, end);
    }

    private static boolean bylineOrPhoto(String t, int end) {
        String after = t.substring(end, Math.min(t.length(), end + 6));
        return PHOTO_CREDITS.stream().anyMatch(after::startsWith);
    }

    /** 来源：外交部网站, 资料来源：经济部: a source line names where the text comes from (metadata, not content). */
    private static boolean onSourceLine(String t, int end) {
        int from = Math.max(0, end - 24);
        String before = t.substring(from, end);
        for (String word : SOURCE_WORDS) {
            int at = before.lastIndexOf(word);
            if (at < 0) continue;
            int colon = at + word.length();
            if (colon < before.length() && (before.charAt(colon) == ':' || before.charAt(colon) == '\uff1a')
                    && before.substring(colon + 1).chars().noneMatch(c -> c == '\n' || SOURCE_LINE_BREAKS.indexOf(c) >= 0)
                    && !closedSource(t, from + at, from + colon, end)) return true;
        }
        return false;
    }

    /**
     * A source credit in brackets ends at its closing bracket: in (图片来源：人民网) 中评社北京8日电／据人民网报道 the dateline
     * and the report after it are content (set D 024: both bodies were lost as credits).
     */
    private static boolean closedSource(String t, int word, int colon, int end) {
        int open = t.lastIndexOf('(', word);
        int close = t.indexOf(')', colon);
        return open >= 0 && word - open <= MAX_CREDIT_LABEL && t.lastIndexOf(')', word) < open && close >= 0 && close < end;
    }

    /** Most characters from a credit's opening bracket to its source word ((图片来源：, (稿件来源：). */
    private static final int MAX_CREDIT_LABEL = 4;

    private static Token tokenAt(RecognitionContext ctx, int offset) {
        List<Token> tokens = ctx.text().tokens();
        int i = ctx.text().tokenIndexAt(offset);
        if (i < tokens.size() && tokens.get(i).begin() == offset) return tokens.get(i);
        return i > 0 && tokens.get(i - 1).end() > offset ? tokens.get(i - 1) : null;
    }

    private static boolean nounish(Token tok) {
        String tag = tok.tag();
        return tag.startsWith("n") && !tag.startsWith("nr") || tag.equals("vn") || tag.equals("b") || tag.equals("j") || tag.equals("s")
                || tag.equals("m") || tag.equals("x") || tag.equals("nx") || CONJUNCTIONS.contains(tok.word()) || NAME_VERBS.contains(tok.word());
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
            if (begin == m.start()) begin = regionStart(ctx, m.start());
            else begin = higherPlaceStart(ctx, begin);
            // a bare level's committee (省委常委, 市委书记) names the Party committee of the place in context
            boolean committee = m.end() - begin == 2 && t.charAt(m.end() - 1) == COMMITTEE.charAt(0);
            if (m.end() - begin >= 3 || committee) add(ctx, new Span(begin, m.end()), RecogniserId.LOCAL_ORGAN, 0.8, out);
        }
    }

    private static final List<String> LEVELS = Lexicons.of("org-local-levels").longestFirst();

    /**
     * A place of a higher level written before the place whose organ it is names it as written (商丘市 + 梁园区委: a
     * district's committee with its city; set D's open half).
     */
    private static int higherPlaceStart(RecognitionContext ctx, int placeStart) {
        List<Token> tokens = ctx.text().tokens();
        int i = ctx.text().tokenIndexAt(placeStart) - 1;
        if (i < 0 || i >= tokens.size()) return placeStart;
        Token before = tokens.get(i);
        boolean higher = before.end() == placeStart && before.tag().equals("ns") && before.word().length() > 1
                && PLACE_LEVELS.stream().anyMatch(before.word()::endsWith);
        return higher ? before.begin() : placeStart;
    }

    /** The centre is a level of organs (中央统战部) but ends no place's name. */
    private static final Set<String> NOT_PLACES = Lexicons.of("org-levels-not-places").set();
    private static final List<String> PLACE_LEVELS = LEVELS.stream().filter(l -> !NOT_PLACES.contains(l)).toList();

    /**
     * Where a region's name before its organ starts when HanLP did not read it as one place: a word that holds the
     * level (新疆维吾尔自治区/n 党委), or a place and an ethnic name before the level (广西/ns 壮族/nz 自治区 党委).
     */
    private static int regionStart(RecognitionContext ctx, int levelStart) {
        Token holder = tokenAt(ctx, levelStart);
        if (holder != null && holder.begin() < levelStart && LEVELS.stream().anyMatch(l -> holder.word().endsWith(l)
                && holder.end() - l.length() == levelStart)) return holder.begin();
        List<Token> tokens = ctx.text().tokens();
        int i = ctx.text().tokenIndexAt(levelStart) - 1, begin = levelStart;
        if (i >= 0 && i < tokens.size() && tokens.get(i).end() == begin && tokens.get(i).tag().equals("nz") && tokens.get(i).word().endsWith(ETHNIC_GROUP)) {
            begin = tokens.get(i).begin();
            i--;
        }
        if (i >= 0 && i < tokens.size() && tokens.get(i).end() == begin && tokens.get(i).tag().equals("ns")) return tokens.get(i).begin();
        return levelStart;
    }

    /** The last character of an ethnic group's name inside an autonomous region's (壮族). */
    private static final String ETHNIC_GROUP = "族";

    private static void pattern(RecognitionContext ctx, Pattern p, RecogniserId recogniser, List<Mention> out) {
        Matcher m = p.matcher(ctx.normalised());
        while (m.find()) {
            String inner = m.group();
            if (inner.contains("兼") || Titles.ALL.stream().anyMatch(title -> title.length() > 1 && inner.contains(title))) continue;
            // 联合国为中心的国际机构: a particle or preposition inside is a phrase, not a name
            if (inner.chars().anyMatch(c -> STOP_CHARS.indexOf(c) >= 0)) continue;
            // 联合国经社事务部签署: the ending is the last character of a verb, not a body's
            if (endsOnWordPastName(ctx.normalised(), m.end())) continue;
            add(ctx, new Span(m.start(), m.end()), recogniser, 0.85, out);
        }
    }

    private static void add(RecognitionContext ctx, Span span, RecogniserId recogniser, double confidence, List<Mention> out) {
        Span s = onItsLastLine(ctx, span);
        if (s == null) return;
        String key = ctx.normalised().substring(s.begin(), s.end());
        if (GENERIC.contains(key) || isGovernmentAsSuch(key)) return;
        // 新加坡国会大厦: a body's name before a building word names the building, a place (set D's open half: 1 false organisation)
        if (BUILDINGS.stream().anyMatch(b -> ctx.normalised().startsWith(b, s.end()))) return;
        Span unit = unitOfParent(ctx, s, key);
        if (unit == null) return;
        if (unit != s) {
            add(ctx, unit, recogniser, confidence, out);
            return;
        }
        // a credit (总台央视记者…, 新华社记者…) names the source of a photo or text, not an organisation in the news
        if (isCredit(ctx, s.end())) recogniser = RecogniserId.CREDIT;
        out.add(new Mention(s, EntityType.ORGANIZATION, ctx.original(s.begin(), s.end()), key, null, null, recogniser, confidence));
    }

    private static final List<String> UNIT_ENDINGS = Lexicons.of("org-unit-endings").entries();
    /** Most characters of a parent's name taken in as one word before its unit (投资公司: 4; 中国建筑集团: 6). */
    private static final int MAX_PARENT_WORD = 8;

    /**
     * A unit named right after its parent (中国银行纽约分行, 某组织(美国)上海代表处, 某局总承包公司): read alone from the place
     * or word after the parent, its name lost the parent at the left (set D 017 商丘公司 and 总承包公司, D 023 上海代表处).
     * The span itself when no parent's name ends right before it (no line break between, one bracketed place allowed);
     * the span with the parent when the parent's nouns (no verb, place or person) are read back to punctuation or a
     * one-character conjunction or preposition (so no verb, place of action or person before it is taken in); null (no name) when the parent cannot be read.
     */
    private static Span unitOfParent(RecognitionContext ctx, Span s, String key) {
        if (s.begin() == 0 || UNIT_ENDINGS.stream().noneMatch(key::endsWith)) return s;
        String t = ctx.normalised();
        int p = s.begin();
        if (t.charAt(p - 1) == ')') {
            int open = t.lastIndexOf('(', p - 1);
            if (open < 0 || p - 1 - open > 6) return s;
            p = open;
        }
        if (p == 0 || ctx.text().text().origin(s.begin()) - ctx.text().text().origin(s.begin() - 1) != 1) return s;
        String before = t.substring(Math.max(0, p - MAX_PARENT_WORD), p);
        if (!EXTENDED_END.matcher(before).find() && SUFFIXES.stream().noneMatch(before::endsWith)) return s;
        // the parent: nouns read back from its ending (投资公司/nis, 交通/n 银行/n), at most MAX_PARENT_WORD characters
        int start = p;
        Token parent = tokenAt(ctx, p - 1);
        while (parent != null && parent.end() == start && parentNoun(parent) && p - parent.begin() <= MAX_PARENT_WORD) {
            start = parent.begin();
            parent = start > 0 ? tokenAt(ctx, start - 1) : null;
        }
        if (p - start < 4) return null;
        boolean opens = parent == null || parent.end() != start || parent.tag().startsWith("w")
                || FUNCTION_TAGS.stream().anyMatch(parent.tag()::startsWith) && parent.word().length() == 1 && !parent.tag().startsWith("v");
        return opens ? new Span(start, s.end()) : null;
    }

    /** A word a parent's name is read back over: a noun, a name word or HanLP's organisation word, not a place or person. */
    private static boolean parentNoun(Token tok) {
        String tag = tok.tag();
        return tag.equals("n") || tag.equals("nz") || tag.equals("j") || tag.startsWith("nt") || tag.startsWith("nis");
    }

    /**
     * The part of a span on its last line, or null when nothing is left: no name runs across a line break, which the
     * normalised text drops (a caption or title ending in a Latin word, REUTERS ⏎ 中华全国工商业联合会, read back as one
     * name in my own passages).
     */
    private static Span onItsLastLine(RecognitionContext ctx, Span s) {
        var text = ctx.text().text();
        int from = text.origin(s.begin());
        int lineBreak = text.original().lastIndexOf('\n', text.origin(s.end() - 1));
        if (lineBreak < from) return s;
        int begin = text.normalisedIndex(lineBreak + 1);
        return begin < s.end() ? new Span(begin, s.end()) : null;
    }

    /** Words for a building after a body's name (国会大厦, 总部大楼). */
    private static final List<String> BUILDINGS = Lexicons.of("org-building-words").entries();

    /** A local government as such (江苏省人民政府, 厦门市政府) is no organisation (ANNOTATION: 澳门特区政府); its offices are. */
    private static final List<String> GOVERNMENT_ENDINGS = Lexicons.of("org-government-endings").entries();

    private static final Stage STAGE = Stage.candidates("organisations",
            Set.of(Input.TEXT, Input.TOKENS, Input.GAZETTEER),
            Set.of(EntityType.ORGANIZATION));

    @Override
    public Stage stage() { return STAGE; }
}
