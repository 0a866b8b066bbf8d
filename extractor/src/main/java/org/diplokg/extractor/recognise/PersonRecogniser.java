package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.recognise.Stage.Input;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.NormalisedText;
import org.diplokg.extractor.text.Scripts;
import org.diplokg.extractor.text.Span;
import org.diplokg.extractor.text.Token;

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
    private static final List<String> STOPS = Lexicons.of("person-name-stops").entries();

    /** Verbs that follow a person's name in news text. */
    private static final List<String> PERSON_VERBS = Lexicons.of("person-verbs").entries();

    /** Words taken for names that are not names. */
    private static final Set<String> NOT_NAMES = Lexicons.of("person-not-names").set();

    /** Words besides the titles that a name never contains. */
    private static final List<String> NEVER_IN_NAME = Lexicons.of("person-never-in-name").entries();

    /** Words right before a Latin-letter name that make it a person's. */
    private static final List<String> LATIN_NAME_CUES = Lexicons.of("person-latin-name-cues").entries();

    /** What may stand between two names of a list: conjunctions, the enumeration comma and the comma. */
    private static final String NAME_JOINERS = Lexicons.of("person-name-conjunctions").chars() + "、,";

    /** Joins two titles of one person (国务委员兼外长). */
    private static final char TITLE_JOINER = '兼';
    /** Separates the names of a list; {@link #LIST_END} closes one (丁薛祥、王毅等). */
    private static final char ENUMERATION_COMMA = '、';
    private static final char LIST_END = '等';

    @Override
    public List<Mention> find(RecognitionContext ctx) {
        List<Mention> out = new ArrayList<>();
        titled(ctx, out);
        Set<String> titledNames = new HashSet<>();
        for (Mention m : out) titledNames.add(m.key());
        hanlpNames(ctx, titledNames, out);
        latinNames(ctx, out);
        return out;
    }

    // ---- names written in Latin letters inside Chinese text (歐洲理事會主席 Charles Michel, 加拿大公民Michael Kovrig)

    /** Capitalised words, up to two particles (von der) inside, two or three words in all. */
    private static final Pattern LATIN_NAME = Pattern.compile("(?=[A-Z])(?<![A-Za-z])[A-Z][a-z]+"
            + "(?:[ -]" + Lexicons.of("person-latin-name-particles").group() + "){0,2}(?:[ -][A-Z][a-z]+){1,2}(?![A-Za-z])");

    private void latinNames(RecognitionContext ctx, List<Mention> out) {
        NormalisedText norm = ctx.text().text();
        Matcher m = LATIN_NAME.matcher(norm.original());
        List<Mention> found = new ArrayList<>();
        while (m.find()) {
            int b = norm.normalisedIndex(m.start()), e = norm.normalisedIndex(m.end());
            if (e <= b || ctx.gazetteerMatches().stream().anyMatch(g -> g.begin() < e && g.end() > b
                    && RecognitionContext.entityOf(g, EntityType.PERSON) == null)) continue;
            String t = ctx.normalised();
            boolean context = hasPersonContext(ctx, b, e) || endsWithAny(t, b, LATIN_NAME_CUES);
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
            Span name = nameAt(ctx, end);
            if (name == null) continue;
            if (ctx.matchStartingAt(end, EntityType.PERSON) != null) {
                // a reference person: the gazetteer names it; record the title on that mention later
                Gazetteer.Match g = ctx.matchStartingAt(end, EntityType.PERSON);
                name = new Span(g.begin(), g.end());
            }
            String key = t.substring(name.begin(), name.end());
            if (NOT_NAMES.contains(key)) continue;
            String fullTitle = ctx.original(titleStart(ctx, begin), end);
            RecogniserId recogniser = Titles.BYLINE.contains(title) ? RecogniserId.BYLINE : RecogniserId.TITLE;
            out.add(new Mention(name, EntityType.PERSON, ctx.original(name.begin(), name.end()), key, null,
                    fullTitle, recogniser, 0.9));
        }
    }

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

    /** The name right after a title at {@code p}, or null. */
    private static Span nameAt(RecognitionContext ctx, int p) {
        String t = ctx.normalised();
        if (p >= t.length() || startsWithStop(t, p)) return null;
        AnalysedText text = ctx.text();
        int ti = text.tokenIndexAt(p);
        Token token = ti < text.tokens().size() ? text.tokens().get(ti) : null;
        int scan = p;
        while (scan < t.length() && scan - p < 24 && isTransliteration(t.charAt(scan)) && (scan == p || !startsWithStop(t, scan))) scan++;
        if (token != null && token.begin() == p && token.isPersonName()) {
            int end = token.end();
            // HanLP splits long transliterations (马拉/nrf 马/n): continue over transliteration characters
            return new Span(p, Math.max(end, scan));
        }
        if (scan - p >= 2) return new Span(p, scan);
        return null;
    }

    private static boolean startsWithStop(String t, int p) {
        return startsWithAny(t, p, STOPS);
    }

    // ---- HanLP names with support

    private void hanlpNames(RecognitionContext ctx, Set<String> titledNames, List<Mention> out) {
        List<Token> tokens = ctx.text().tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (!tok.isPersonName() || tok.word().length() < 2 || tok.word().length() > 12) continue;
            String key = tok.word();
            int end = tok.end();
            if (key.length() > 2 && key.charAt(key.length() - 1) == LIST_END) {
                key = key.substring(0, key.length() - 1);
                end--;
            }
            if (NOT_NAMES.contains(key) || !Scripts.allHan(key, "·")) continue;
            if (!plausibleName(tok.tag(), key)) continue;
            // HanLP splits some names after the surname (聂/平香): take the surname back
            int begin = tok.begin();
            if (key.length() == 2 && i > 0 && tokens.get(i - 1).word().length() == 1 && tokens.get(i - 1).end() == begin
                    && isSurname(tokens.get(i - 1).word().charAt(0)) && !isSurname(key.charAt(0))) {
                begin--;
                key = tokens.get(i - 1).word() + key;
            }
            boolean supported = titledNames.contains(key)
                    || hasPersonContext(ctx, begin, end)
                    || inNameList(tokens, i);
            if (!supported) continue;
            out.add(new Mention(new Span(begin, end), EntityType.PERSON, ctx.original(begin, end),
                    key, null, null, RecogniserId.HANLP, 0.75));
        }
    }

    /**
     * Whether a HanLP person word looks like a name: a Chinese name (nr) starts with a surname and ends in no function
     * character (中国将, 下一步将); a transliterated one (nrf) has at least three characters; no title inside (习主席).
     */
    static boolean plausibleName(String tag, String key) {
        if (NOT_NAME_END.indexOf(key.charAt(key.length() - 1)) >= 0) return false;
        for (String title : Titles.ALL) if (title.length() > 1 && key.contains(title)) return false;
        for (String word : NEVER_IN_NAME) if (key.contains(word)) return false;
        if (tag.equals("nr")) return key.length() <= 4 && isSurname(key.charAt(0));
        if (tag.equals("nrj")) return key.length() <= 4; // Japanese names, and Chinese ones HanLP takes for Japanese
        return key.length() >= 3;
    }

    /** A title right before, or a person verb right after the span. */
    static boolean hasPersonContext(RecognitionContext ctx, int begin, int end) {
        String t = ctx.normalised();
        if (Titles.titleEndingAt(t, begin) != null) return true;
        if (startsWithAny(t, end, PERSON_VERBS)) return true;
        // an enumeration of names: 丁薛祥、王毅等
        return end < t.length() && (t.charAt(end) == ENUMERATION_COMMA || t.charAt(end) == LIST_END)
                || begin > 0 && t.charAt(begin - 1) == ENUMERATION_COMMA;
    }

    /** 丁薛祥、杨洁篪、王毅、何立峰等: names joined by enumeration commas. */
    private static boolean inNameList(List<Token> tokens, int i) {
        boolean before = i >= 2 && isEnumerationComma(tokens.get(i - 1)) && tokens.get(i - 2).isPersonName();
        boolean after = i + 2 < tokens.size() && isEnumerationComma(tokens.get(i + 1)) && tokens.get(i + 2).isPersonName();
        return before || after;
    }

    // ---- small tests on the cue lists

    static boolean isTransliteration(char c) {
        return TRANSLIT.indexOf(c) >= 0;
    }

    static boolean isSurname(char c) {
        return SURNAMES.indexOf(c) >= 0;
    }

    private static boolean isEnumerationComma(Token token) {
        return token.word().length() == 1 && token.word().charAt(0) == ENUMERATION_COMMA;
    }

    private static boolean onlyJoiners(String between) {
        return between.chars().allMatch(c -> NAME_JOINERS.indexOf(c) >= 0);
    }

    /** Whether one of {@code words} starts at {@code p} in {@code t}. */
    private static boolean startsWithAny(String t, int p, List<String> words) {
        for (String w : words) if (t.startsWith(w, p)) return true;
        return false;
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
