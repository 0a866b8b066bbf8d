package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.reference.ReferenceEntity;
import org.diplokg.extractor.text.MatchStarts;
import org.diplokg.extractor.text.Span;
import org.diplokg.extractor.text.TextNormaliser;

/**
 * Agreements named by their two parties rather than by a title: one-character abbreviations (中尼自贸协定,
 * 伊美谅解备忘录), the parties written out (美国和伊朗的谅解备忘录, 中华人民共和国政府和尼加拉瓜共和国政府自由贸易协定),
 * and generic forms whose parties are the two the sentence names (两国自由贸易协定, 香港与东盟的《投资协定》).
 * Each mention's key is the canonical pair form {@code 甲-乙HEAD}, which the resolver looks up among the reference
 * agreements' labels ({@code EntityResolver#link}); a pair form it cannot find names a new agreement.
 */
final class PairedAgreements {

    /** One party: the name the key is built from (an economy's or grouping's simplified name). */
    record Party(String name) {}

    /** The parties found at a place in the text: their names and where the pair ends. */
    record Pair(Party first, Party second, int end) {}

    private static final Map<Character, List<String>> ABBREVIATIONS = abbreviations();
    private static final String HEADS = Lexicons.of("agreement-pair-heads").group();
    /** FTA as the free-trade head (韩中FTA, 中国与韩国的FTA): the normaliser lower-cases Latin letters. */
    private static final String FTA = "fta";
    /** A head, or FTA not inside a longer Latin word. */
    private static final String HEAD_OR_FTA = "(" + HEADS + "|" + FTA + "(?![a-z]))";
    /** A version, upgrade or protocol after the head (中新自贸协定升级议定书, 第二阶段议定书). */
    private static final String AFTER_HEAD = "(?:[0-9](?:\\.[0-9])?版)?(?:(?:升级|第二阶段)?议定书)?";
    private static final Pattern HEAD_AT = Pattern.compile("(?:之间|间)?的?([《“\"]?)" + HEAD_OR_FTA + "(" + AFTER_HEAD + ")([》”\"]?)");
    static final Pattern HEAD_ONLY = Pattern.compile(HEADS);
    /**
     * Where a head, a generic pair or a bare title can start: the whole-text scans try their patterns only there
     * (the head scan, trying every alternative at every character, was 2.5 % of extraction on real text).
     */
    private static final MatchStarts HEAD_STARTS = MatchStarts.of(HEAD_ONLY);
    /**
     * After a pair of parties, in the same clause, their act on a bare head (…正式签署自贸协定, 今天（12日）签署了一项自由贸易协定,
     * 昨（12日）在某国某市签订自由贸易协定: up to 16 characters between, room for a day and a city,
     * 就完成自由贸易协定谈判): the head is their agreement. The words between name no other party (no conjunction), so
     * 中国与新西兰愿同其他国家商签自贸协定 is not theirs.
     */
    private static final Pattern ACTED_ON_HEAD = Pattern.compile("(?:同意|共同|[^。！？；，,、\n" + Lexicons.of("agreement-pair-conjunctions").chars() + "])"
            + "{0,16}?(?:" + Lexicons.of("agreement-pair-acts").alternation() + ")了?(?:一项|一份|双边|两国)?的?" + HEAD_OR_FTA + "(" + AFTER_HEAD + ")");
    private static final Pattern ABBREVIATED = Pattern.compile("([\\p{IsHan}])([\\p{IsHan}])" + HEAD_OR_FTA + "(" + AFTER_HEAD + ")");
    static final Pattern GENERIC_PAIR = Pattern.compile(Lexicons.of("agreement-pair-generic-references").group()
            + "(" + HEADS + ")(" + AFTER_HEAD + ")");
    static final Pattern GENERIC_TITLE = Pattern.compile("《(" + HEADS + ")》");
    private static final MatchStarts GENERIC_PAIR_STARTS = MatchStarts.of(GENERIC_PAIR);
    private static final MatchStarts GENERIC_TITLE_STARTS = MatchStarts.of(GENERIC_TITLE);
    private static final Pattern FORMAL_SUFFIXES = Pattern.compile(Lexicons.of("agreement-party-formal-suffixes").group() + "*");
    private static final String CONJUNCTIONS = Lexicons.of("agreement-pair-conjunctions").chars();
    /** The abbreviation that pairs with every partner (中厄关系, 中美): the only one looked for outside a pair head. */
    private static final char CHINA = Lexicons.of("agreement-economy-abbreviations").entries().get(0).charAt(0);
    private static final Set<String> GROUPINGS = Lexicons.of("agreement-party-groupings").set();
    private static final List<String> CHINA_VISITS = Lexicons.of("agreement-china-visit-words").entries();

    /** The document being read, with its economy matches indexed once (a long transcript asks many times). */
    private final RecognitionContext ctx;
    private final Map<Integer, Gazetteer.Match> byBegin;
    /** Every label of every economy the document names, to that economy's name. */
    private final Map<String, String> named;

    PairedAgreements(RecognitionContext ctx) {
        this.ctx = ctx;
        this.byBegin = matchesByBegin(ctx);
        this.named = economiesNamed(ctx);
    }

    List<Mention> find() {
        List<Mention> out = new ArrayList<>();
        abbreviated(out);
        abbreviatedBothActing(out);
        abbreviatedActing(out);
        abbreviatedActingAfterWords(out);
        bothActing(out);
        writtenOut(out);
        genericWithParties(out);
        threeNamed(out);
        return out;
    }

    /** The canonical key of an agreement between two parties: 中国-尼加拉瓜自贸协定. */
    static String key(Party a, Party b, String head) {
        return TextNormaliser.key(a.name() + "-" + b.name() + head);
    }

    /** The party pair written out at {@code begin} (甲[政府](和|与)乙[政府]), or null. */
    Pair writtenPairAt(int begin) {
        String t = ctx.normalised();
        Party first = partyAt(begin);
        if (first == null) return null;
        int i = skipSuffixes(t, matchAt(begin).end());
        if (i >= t.length() || CONJUNCTIONS.indexOf(t.charAt(i)) < 0) return null;
        Party second = partyAt(i + 1);
        if (second == null || second.equals(first)) return null;
        return new Pair(first, second, skipSuffixes(t, matchAt(i + 1).end()));
    }

    // ---- 中尼自贸协定: two one-character abbreviations before a pair head

    private void abbreviated(List<Mention> out) {
        String t = ctx.normalised();
        // look for the heads first (few), then at the two characters before each: a pattern led by two Han characters
        // tries every position of the text and made extraction markedly slower on long documents
        Matcher h = HEAD_ONLY.matcher(t);
        Matcher m = ABBREVIATED.matcher(t);
        for (int from = 0; HEAD_STARTS.find(h, t, from); from = h.end()) abbreviatedBefore(t, m, h.start(), out);
        // 韩中FTA: the acronym as the head
        for (int at = t.indexOf(FTA); at >= 0; at = t.indexOf(FTA, at + FTA.length())) abbreviatedBefore(t, m, at, out);
    }

    private void abbreviatedBefore(String t, Matcher m, int headStart, List<Mention> out) {
        if (headStart < 2) return;
        m.region(headStart - 2, t.length());
        if (!m.lookingAt()) return;
        char a = m.group(1).charAt(0), b = m.group(2).charAt(0);
        // 中日韩自贸区 is three parties: a third abbreviation before the pair is not this form
        if (a == b || threeParties(t, m.start())) return;
        Party pa = abbreviation(a), pb = abbreviation(b);
        if (pa == null || pb == null) return;
        out.add(mention(m.start(), m.end(), key(pa, pb, head(m.group(3)) + m.group(4)), 0.9));
    }

    /** 两国, 双方: the word for both parties that may follow two abbreviations (中厄两国). */
    private static final List<String> BOTH_PARTIES = Lexicons.of("agreement-actor-both-parties").entries().stream()
            .filter(w -> w.length() == 2).toList();

    /**
     * 中厄两国正式签署自由贸易协定, 中智兩國簽署了自由貿易協定: two one-character abbreviations before a word for both parties,
     * then their act on a bare head: the head is the pair's agreement. Each character must stand for an economy the
     * document names in full (厄 beside 厄瓜多尔), so 中美两国 in a story naming no 美国 stays unread.
     */
    private void abbreviatedBothActing(List<Mention> out) {
        String t = ctx.normalised();
        Matcher acted = ACTED_ON_HEAD.matcher(t);
        for (String word : BOTH_PARTIES) {
            for (int at = t.indexOf(word, 2); at >= 0; at = t.indexOf(word, at + word.length())) {
                char a = t.charAt(at - 2), b = t.charAt(at - 1);
                if (a == b || !ABBREVIATIONS.containsKey(a) || !ABBREVIATIONS.containsKey(b)) continue;
                if (threeParties(t, at - 2)) continue;
                Party pa = spelledOut(a), pb = spelledOut(b);
                if (pa == null || pb == null || pa.equals(pb)) continue;
                acted.region(at + word.length(), t.length());
                if (!acted.lookingAt()) continue;
                pairMentions(acted.start(1), acted.end(), pa, pb, head(acted.group(1)) + acted.group(2), 0.8, out);
            }
        }
    }

    private static final List<String> PAIR_ACTS = Lexicons.of("agreement-pair-acts").entries();

    /**
     * 台美洽签自由贸易协定, 中澳商签自贸协定: two one-character abbreviations right before their act on a bare free-trade
     * head, each standing for an economy the document names in full (as in {@link #abbreviatedBothActing}).
     */
    private void abbreviatedActing(List<Mention> out) {
        String t = ctx.normalised();
        Matcher h = HEAD_ONLY.matcher(t);
        for (int from = 0; HEAD_STARTS.find(h, t, from); from = h.end()) {
            if (!FREE_TRADE_HEADS.contains(h.group())) continue;
            for (String act : PAIR_ACTS) {
                int at = h.start() - act.length();
                if (at < 2 || !t.startsWith(act, at)) continue;
                char a = t.charAt(at - 2), b = t.charAt(at - 1);
                if (a == b || threeParties(t, at - 2)) break;
                Party pa = spelledOut(a), pb = spelledOut(b);
                if (pa == null || pb == null || pa.equals(pb)) break;
                Matcher after = HEAD_AT.matcher(t).region(h.start(), t.length());
                if (!after.lookingAt()) break;
                pairMentions(h.start(), after.end(), pa, pb, head(after.group(2)) + after.group(3), 0.8, out);
                break;
            }
        }
    }

    /**
     * 中韩一旦签署自贸协定, 台马签FTA, 中澳今天正式签署自由贸易协定: two one-character abbreviations, a few words of the clause
     * (no conjunction: no third party), then their act on a bare free-trade head. Both must stand for economies the
     * document names in full (as in {@link #abbreviatedBothActing}); the act itself is judged by the statement finder (一旦
     * makes it no report).
     */
    private static final Pattern PAIR_WORDS_ACT = Pattern.compile("([\\p{IsHan}])([\\p{IsHan}])((?:(?![" + CONJUNCTIONS
            + "])\\p{IsHan}){0,4}?)(?:" + Lexicons.of("agreement-pair-acts").alternation() + "|" + Lexicons.of("agreement-pair-short-acts").alternation()
            + ")了?" + HEAD_OR_FTA + "(" + AFTER_HEAD + ")");
    /** The longest run looked back over from a head: two abbreviations, four words, the longest act and 了. */
    private static final int PAIR_WORDS_ACT_REACH = 2 + 4 + 5;

    private void abbreviatedActingAfterWords(List<Mention> out) {
        String t = ctx.normalised();
        Matcher h = HEAD_ONLY.matcher(t);
        List<Integer> heads = new ArrayList<>();
        for (int from = 0; HEAD_STARTS.find(h, t, from); from = h.end()) if (FREE_TRADE_HEADS.contains(h.group())) heads.add(h.start());
        for (int at = t.indexOf(FTA); at >= 0; at = t.indexOf(FTA, at + FTA.length())) heads.add(at);
        Matcher m = PAIR_WORDS_ACT.matcher(t);
        for (int head : heads) {
            for (int back = 3; back <= Math.min(head, PAIR_WORDS_ACT_REACH); back++) {
                m.region(head - back, t.length());
                if (!m.lookingAt() || m.start(4) != head) continue;
                char a = m.group(1).charAt(0), b = m.group(2).charAt(0);
                // 中厄两国签署…: abbreviatedBothActing reads the word for both parties
                if (BOTH_PARTIES.stream().anyMatch(m.group(3)::startsWith)) break;
                // 韩一旦签署 is no pair: look further back for the one that is (中韩一旦签署)
                if (a == b || threeParties(t, m.start())) continue;
                Party pa = spelledOut(a), pb = spelledOut(b);
                if (pa == null || pb == null || pa.equals(pb)) continue;
                pairMentions(head, m.end(), pa, pb, head(m.group(4)) + m.group(5), 0.75, out);
                break;
            }
        }
    }

    /** The heads of a free-trade agreement (自由贸易协定, 自贸区): the ones a bare act of both parties names. */
    private static final Set<String> FREE_TRADE_HEADS = Lexicons.of("agreement-free-trade-heads").set();

    /**
     * 两国于2022年7月启动自由贸易协定谈判, 双方正式签署自贸协定: the word for both parties acting on a bare free-trade head
     * is the agreement of the two parties the sentence (else the one before) names; none unless they are exactly two.
     * A memorandum or other head after 两国签署 names one of many documents, not a particular agreement.
     */
    private void bothActing(List<Mention> out) {
        String t = ctx.normalised();
        Matcher acted = ACTED_ON_HEAD.matcher(t);
        for (String word : BOTH_PARTIES) {
            for (int at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + word.length())) {
                // 中厄两国: two abbreviations before it are read by abbreviatedBothActing
                if (at >= 2 && ABBREVIATIONS.containsKey(t.charAt(at - 2)) && ABBREVIATIONS.containsKey(t.charAt(at - 1))) continue;
                acted.region(at + word.length(), t.length());
                if (!acted.lookingAt()) continue;
                String head = head(acted.group(1));
                if (!FREE_TRADE_HEADS.contains(head)) continue;
                List<Party> parties = partiesAround(at, acted.end());
                if (parties.size() != 2) continue;
                pairMentions(acted.start(1), acted.end(), parties.get(0), parties.get(1), head + acted.group(2), 0.75, out);
            }
        }
    }

    /** The head a key is built with: FTA is the free-trade agreement. */
    private static String head(String written) {
        return FTA.equals(written) ? FREE_TRADE_AGREEMENT : written;
    }

    private static final String FREE_TRADE_AGREEMENT = Lexicons.of("agreement-free-trade-heads").entries().get(0);

    /** 中日韩投资协定: a third abbreviation before the pair (but not the 日 of a date: 31日中韩自贸协定). */
    private static boolean threeParties(String t, int pairStart) {
        if (pairStart == 0 || !ABBREVIATIONS.containsKey(t.charAt(pairStart - 1))) return false;
        return pairStart < 2 || !Character.isDigit(t.charAt(pairStart - 2));
    }

    /** The economy a one-character abbreviation stands for: its only reading, or the one the document names. */
    private Party abbreviation(char c) {
        List<String> readings = ABBREVIATIONS.get(c);
        if (readings == null) return null;
        List<String> present = readings.stream().filter(r -> named.containsKey(labelKey(r))).toList();
        if (present.size() == 1) return new Party(named.get(labelKey(present.get(0))));
        return readings.size() == 1 ? new Party(readings.get(0)) : null;
    }

    /**
     * The economy an abbreviation stands for, only when the document also names it in full (中厄关系 beside 厄瓜多尔);
     * 中 is China in such a pair whether or not the document writes 中国 (中秘两国, 中韓兩國 in a report that names
     * China only so).
     */
    private Party spelledOut(char c) {
        List<String> readings = ABBREVIATIONS.get(c);
        if (readings == null) return null;
        List<String> present = readings.stream().filter(r -> named.containsKey(labelKey(r))).toList();
        if (present.isEmpty() && c == CHINA) return new Party(readings.get(0));
        return present.size() == 1 ? new Party(named.get(labelKey(present.get(0)))) : null;
    }

    /**
     * Keys of reference labels and lexicon readings, memoised (a finite set): normalising each anew for every
     * economy match of every document was 3.6 % of extraction on real text.
     */
    private static final Map<String, String> LABEL_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String labelKey(String label) {
        return LABEL_KEYS.computeIfAbsent(label, TextNormaliser::key);
    }

    private static Map<String, String> economiesNamed(RecognitionContext ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Gazetteer.Match g : ctx.gazetteerMatches()) {
            ReferenceEntity e = RecognitionContext.entityOf(g, EntityType.ECONOMY);
            if (e != null && e.nameZh() != null && g.length() > 1) e.labels().forEach(l -> out.put(labelKey(l), e.nameZh()));
        }
        return out;
    }

    // ---- 美国和伊朗的谅解备忘录: both parties written out

    private void writtenOut(List<Mention> out) {
        String t = ctx.normalised();
        for (Gazetteer.Match g : ctx.gazetteerMatches()) {
            // inside book-title marks the title rule keys the name (AgreementRecogniser#bookTitles)
            if (g.begin() > 0 && t.charAt(g.begin() - 1) == '《') continue;
            // 中国、美国和日本的…: the last two of a list are not the agreement's only parties
            if (g.begin() > 0 && t.charAt(g.begin() - 1) == '、') continue;
            int coVerb = coVerbBefore(t, g.begin());
            if (coVerb >= 0) {
                // 甲国成为第四个与中国签署自贸协定的国家: the subject and the partner after the co-verb
                Pair p = subjectAndPartnerAt(g.begin(), coVerb);
                if (p != null) actedOn(t, p, out);
                continue;
            }
            Pair p = writtenPairAt(g.begin());
            if (p == null) {
                // 智利、中国正式签署…, 韩国中国1日签署…: a pair of two set apart by 、 or by nothing, only before their act
                p = listedPairAt(g.begin());
                if (p != null) actedOn(t, p, out);
                continue;
            }
            Matcher h = HEAD_AT.matcher(t);
            h.region(p.end(), t.length());
            if (!h.lookingAt() || h.group(1).isEmpty() != h.group(4).isEmpty()) {
                actedOn(t, p, out);
                continue;
            }
            pairMentions(g.begin(), h.end(), p.first(), p.second(), head(h.group(2)) + h.group(3), 0.88, out);
        }
    }

    /** 中国与尼加拉瓜正式签署自贸协定: the two parties act on a bare head, which is their agreement. */
    private void actedOn(String t, Pair p, List<Mention> out) {
        Matcher acted = ACTED_ON_HEAD.matcher(t);
        acted.region(p.end(), t.length());
        if (acted.lookingAt()) {
            pairMentions(acted.start(1), acted.end(), p.first(), p.second(), head(acted.group(1)) + acted.group(2), 0.8, out);
        }
    }

    /** A count of the partner's members between the co-verb and the partner (和十个东盟经贸部长). */
    private static final Pattern MEMBER_COUNT = Pattern.compile("[0-9" + Lexicons.of("meeting-name-numeral-chars").chars()
            + "]{1,3}" + Lexicons.of("agreement-partner-member-counts").group() + "$");

    /**
     * Where the co-verb before the party at {@code begin} stands: right before it, or before a count of its members
     * (香港和十个东盟经贸部长共商自贸协定); -1 when there is none.
     */
    private static int coVerbBefore(String t, int begin) {
        if (begin > 0 && CONJUNCTIONS.indexOf(t.charAt(begin - 1)) >= 0) return begin - 1;
        Matcher count = MEMBER_COUNT.matcher(t).region(Math.max(0, begin - 4), begin);
        if (!count.find()) return -1;
        int at = count.start() - 1;
        return at >= 0 && CONJUNCTIONS.indexOf(t.charAt(at)) >= 0 ? at : -1;
    }

    /**
     * 与乙 after a clause whose subject is one other party (甲国…第四个与中国签署…): that party and 乙, or null. Not
     * where 甲与乙 is written as a pair (the pair rule has it), nor where the sentence names more parties before the
     * co-verb (甲、丙与乙…, whose agreement would be a guess).
     */
    private Pair subjectAndPartnerAt(int begin, int coVerb) {
        String t = ctx.normalised();
        Party partner = partyAt(begin);
        if (partner == null) return null;
        int end = skipSuffixes(t, matchAt(begin).end());
        // the act first (rare), then the sentence's matches: no scan for every 与 before a country
        if (!ACTED_ON_HEAD.matcher(t).region(end, t.length()).lookingAt()) return null;
        int s = ctx.text().sentenceAt(begin);
        if (s < 0) return null;
        Set<Party> before = new LinkedHashSet<>();
        int sentenceBegin = ctx.text().sentences().get(s).begin();
        for (Gazetteer.Match g : Gazetteer.longest(ctx.gazetteerMatches().stream()
                .filter(x -> x.begin() >= sentenceBegin && x.end() <= coVerb).toList())) {
            Party p = party(g);
            // 中国商务部长X与乙国…签署: the economy that begins an organ's name is its party
            if (p == null) p = economyBeginning(g);
            if (p == null) continue;
            if (skipSuffixes(t, g.end()) == coVerb) return null;
            before.add(p);
        }
        before.remove(partner);
        if (before.size() != 1) return null;
        return new Pair(before.iterator().next(), partner, end);
    }

    /** The economy whose name begins an organisation's (中国 of 中国商务部), as a party, or null. */
    private Party economyBeginning(Gazetteer.Match org) {
        if (RecognitionContext.entityOf(org, EntityType.ORGANIZATION) == null) return null;
        for (Gazetteer.Match g : ctx.gazetteerMatches()) {
            if (g.begin() == org.begin() && g.end() < org.end() && RecognitionContext.entityOf(g, EntityType.ECONOMY) != null) {
                Party p = party(g);
                if (p != null) return p;
            }
        }
        return null;
    }

    /** Two parties joined by 、 or written side by side (韩国中国), neither part of a longer list, or null. */
    private Pair listedPairAt(int begin) {
        String t = ctx.normalised();
        Party first = partyAt(begin);
        if (first == null) return null;
        int i = skipSuffixes(t, matchAt(begin).end());
        if (i < t.length() && t.charAt(i) == '、') i++;
        Party second = partyAt(i);
        if (second == null || second.equals(first)) return null;
        int end = skipSuffixes(t, matchAt(i).end());
        // 中国、智利和秘鲁: a third party after the pair makes it a list
        if (end < t.length() && (t.charAt(end) == '、' || CONJUNCTIONS.indexOf(t.charAt(end)) >= 0 || partyAt(end) != null)) return null;
        return new Pair(first, second, end);
    }

    // ---- 三国间的FTA: the three parties the sentence lists by one character each (中、日、韩三国)

    /** 三国, 三方: the word for three parties, shared by the generic head and the listed three. */
    private static final String THREE = "三(?:国|方)";
    /** 三国间的FTA, 三方自贸协定: a generic head referring to three parties. */
    private static final Pattern GENERIC_THREE = Pattern.compile(THREE + "(?:之间|间)?的?" + HEAD_OR_FTA + "(" + AFTER_HEAD + ")");
    /** 中、日、韩三国: three one-character abbreviations listed before 三国 or 三方. */
    private static final Pattern THREE_LISTED = Pattern.compile("([\\p{IsHan}])、([\\p{IsHan}])[、和与]([\\p{IsHan}])" + THREE);

    /**
     * A generic head of three parties is their agreement, keyed by their one-character abbreviations in the order
     * written (中日韩自由贸易协定, the name of the reference label where there is one), when the sentence or the one
     * before lists exactly three by one character each.
     */
    private void threeNamed(List<Mention> out) {
        String t = ctx.normalised();
        if (t.indexOf('三') < 0) return;
        Matcher m = GENERIC_THREE.matcher(t);
        while (m.find()) {
            int s = ctx.text().sentenceAt(m.start());
            if (s < 0) continue;
            Span from = ctx.text().sentences().get(Math.max(0, s - 1));
            Matcher l = THREE_LISTED.matcher(t);
            l.region(from.begin(), m.start());
            String abbreviations = null;
            while (l.find()) {
                char a = l.group(1).charAt(0), b = l.group(2).charAt(0), c = l.group(3).charAt(0);
                boolean parties = abbreviation(a) != null && abbreviation(b) != null && abbreviation(c) != null;
                abbreviations = parties && a != b && b != c && a != c ? "" + a + b + c : null;
            }
            if (abbreviations == null) abbreviations = byCharacters(partiesAround(m.start(), m.end()));
            if (abbreviations == null) continue;
            out.add(mention(m.start(), m.end(), TextNormaliser.key(abbreviations + head(m.group(1)) + m.group(2)), 0.75));
        }
    }

    /** 中国、日本、韩国 → 中日韩: three parties by the characters that stand for them, or null. */
    private static String byCharacters(List<Party> parties) {
        if (parties.size() != 3) return null;
        StringBuilder b = new StringBuilder();
        for (Party p : parties) {
            Character c = ABBREVIATED_AS.get(p.name());
            if (c == null) return null;
            b.append(c);
        }
        return b.toString();
    }

    /** Each economy to the character it is first read from (中国 中, 新西兰 新). */
    private static final Map<String, Character> ABBREVIATED_AS = abbreviatedAs();

    private static Map<String, Character> abbreviatedAs() {
        Map<String, Character> out = new LinkedHashMap<>();
        ABBREVIATIONS.forEach((c, names) -> names.forEach(n -> out.putIfAbsent(n, c)));
        return Map.copyOf(out);
    }

    // ---- 两国自由贸易协定, 《投资协定》: the two parties are the ones the sentence names

    private void genericWithParties(List<Mention> out) {
        String t = ctx.normalised();
        for (Pattern p : List.of(GENERIC_PAIR, GENERIC_TITLE)) {
            Matcher m = p.matcher(t);
            MatchStarts starts = p == GENERIC_PAIR ? GENERIC_PAIR_STARTS : GENERIC_TITLE_STARTS;
            for (int from = 0; starts.find(m, t, from); from = m.end()) {
                List<Party> parties = partiesAround(m.start(), m.end());
                if (parties.size() != 2) continue;
                String head = m.group(1) + (m.groupCount() > 1 ? m.group(2) : "");
                out.add(mention(m.start(), m.end(), key(parties.get(0), parties.get(1), head), 0.8));
            }
        }
    }

    /** The distinct parties of the sentence holding [begin, end) (else of the sentence before it), in order. */
    private List<Party> partiesAround(int begin, int end) {
        int s = ctx.text().sentenceAt(begin);
        if (s < 0) return List.of();
        List<Party> here = partiesIn(ctx.text().sentences().get(s), begin, end);
        if (here.size() >= 2 || s == 0) return here;
        Set<Party> both = new LinkedHashSet<>(partiesIn(ctx.text().sentences().get(s - 1), begin, end));
        both.addAll(here);
        return List.copyOf(both);
    }

    private List<Party> partiesIn(Span sentence, int begin, int end) {
        Set<Party> out = new LinkedHashSet<>();
        String t = ctx.normalised();
        List<Gazetteer.Match> longest = Gazetteer.longest(ctx.gazetteerMatches().stream()
                .filter(g -> g.begin() >= sentence.begin() && g.end() <= sentence.end()).toList());
        for (Gazetteer.Match g : longest) {
            if (g.end() > begin && g.begin() < end) continue;
            Party p = party(g);
            if (p != null) out.add(p);
        }
        // 访华, 来华: China named by the one character of a visit
        for (String w : CHINA_VISITS) {
            for (int i = t.indexOf(w, sentence.begin()); i >= 0 && i + w.length() <= sentence.end(); i = t.indexOf(w, i + 1)) {
                out.add(new Party(ABBREVIATIONS.get(CHINA).get(0)));
            }
        }
        // 中厄关系: a pair of abbreviations the document spells out elsewhere
        for (int i = sentence.begin(); i + 1 < sentence.end(); i++) {
            if (i + 1 >= begin && i < end) continue;
            char a = t.charAt(i), b = t.charAt(i + 1);
            if (a != CHINA || b == a) continue;
            Party pa = spelledOut(a), pb = spelledOut(b);
            if (pa == null || pb == null) continue;
            out.add(pa);
            out.add(pb);
        }
        return List.copyOf(out);
    }

    // ---- parties

    /** The party a gazetteer match names: an economy, or a grouping that concludes agreements (东盟). */
    private static Party party(Gazetteer.Match g) {
        ReferenceEntity e = RecognitionContext.entityOf(g, EntityType.ECONOMY);
        if (e == null) {
            ReferenceEntity o = RecognitionContext.entityOf(g, EntityType.ORGANIZATION);
            if (o != null && o.labels().stream().map(PairedAgreements::labelKey).anyMatch(GROUPINGS::contains)) e = o;
        }
        return e == null || e.nameZh() == null ? null : new Party(e.nameZh());
    }

    private Party partyAt(int begin) {
        Gazetteer.Match g = matchAt(begin);
        return g == null ? null : party(g);
    }

    /** The longest economy or organisation match starting at {@code begin}, or null. */
    private Gazetteer.Match matchAt(int begin) {
        return byBegin.get(begin);
    }

    /** Economy and organisation matches by where they start, the longest at each start. */
    private static Map<Integer, Gazetteer.Match> matchesByBegin(RecognitionContext ctx) {
        Map<Integer, Gazetteer.Match> byBegin = new java.util.HashMap<>();
        for (Gazetteer.Match g : ctx.gazetteerMatches()) {
            if (RecognitionContext.entityOf(g, EntityType.ECONOMY) == null
                    && RecognitionContext.entityOf(g, EntityType.ORGANIZATION) == null) continue;
            byBegin.merge(g.begin(), g, (x, y) -> y.length() > x.length() ? y : x);
        }
        return byBegin;
    }

    private static int skipSuffixes(String t, int from) {
        Matcher m = FORMAL_SUFFIXES.matcher(t);
        m.region(from, t.length());
        return m.lookingAt() ? m.end() : from;
    }

    /** 及相关投资协定, 和投资协定: a second head coordinated with a pair's agreement, of the same pair. */
    private static final Pattern COORDINATED_HEAD = Pattern.compile("(?:以及|及|和|与|、)((?:相关|有关)?的?(" + HEADS + "))(" + AFTER_HEAD + ")");

    /** The pair's agreement at [begin, end), and one coordinated after it (自由贸易协定及相关投资协定). */
    private void pairMentions(int begin, int end, Party a, Party b, String head, double confidence, List<Mention> out) {
        out.add(mention(begin, end, key(a, b, head), confidence));
        String t = ctx.normalised();
        Matcher c = COORDINATED_HEAD.matcher(t);
        c.region(end, t.length());
        if (c.lookingAt() && !(c.group(2) + c.group(3)).equals(head)) {
            // written with its 相关 (相關投資協定), keyed by the head
            out.add(mention(c.start(1), c.end(), key(a, b, c.group(2) + c.group(3)), confidence * 0.95));
        }
    }

    private Mention mention(int begin, int end, String key, double confidence) {
        String written = ctx.original(begin, end);
        return new Mention(new Span(begin, end), EntityType.AGREEMENT, written.replaceAll("^[《“\"]|[》”\"]$", ""), key,
                null, null, RecogniserId.PAIR, confidence);
    }

    private static Map<Character, List<String>> abbreviations() {
        Map<Character, List<String>> out = new LinkedHashMap<>();
        for (String line : Lexicons.of("agreement-economy-abbreviations").entries()) {
            String[] parts = line.split(" ");
            out.put(parts[0].charAt(0), List.of(parts).subList(1, parts.length));
        }
        return Map.copyOf(out);
    }
}
