package org.diplokg.extractor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplokg.extractor.dates.PublicationDates;
import org.diplokg.extractor.lexicon.Lexicons;

/**
 * Tells site chrome from article text, one paragraph at a time. Two strengths of evidence:
 * {@linkplain #isChrome chrome lines} (page furniture words such as 分享 or 打印 standing alone, menu bars,
 * bare URLs, copyright and ICP lines, empty labels such as "原標題:", "Edit on GitHub" lines) are never
 * article text and are dropped anywhere; {@linkplain #isEdgeNoise edge noise} (a lone number, a language switch such as "EN",
 * an ornamented advert, a subscription plea) is dropped only at the start or end of the text, where
 * templates put it. Everything else is kept: when unsure, keep.
 */
final class Chrome {

    /** Furniture words that make a line chrome when they stand alone on it (bare or in brackets). */
    private static final Set<String> WORDS = Lexicons.of("chrome-words").set();

    private static final Pattern BRACKETS = Pattern.compile("^[\\[【(（<《>»\\s]+|[\\]】)）>》»\\s]+$");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[:：>»]+$");
    private static final Pattern MENU_SEPARATOR = Pattern.compile("[|｜]");
    private static final Pattern URL_LINE = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)copyright\\s*(?:©|\\(c\\)|\\d)|" + Lexicons.of("chrome-copyright-marks").alternation());
    private static final Pattern EDIT_PAGE = Pattern.compile("(?i)" + Lexicons.of("chrome-edit-links").alternation());
    private static final Pattern EMPTY_LABEL = Pattern.compile("[\\p{IsHan}A-Za-z ]{1,8}[:：]");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]");
    private static final Pattern ORNAMENTED = Pattern.compile("[◤◥▶►★☆◆■●▲▼♦].{1,24}[◢◣◀◄★☆◆■●▲▼♦]");
    private static final Pattern NUMBER_ONLY = Pattern.compile("[\\d\\s.,:/-]{1,6}");
    /** Language switches: ISO 639 codes sites put at the top of a page. */
    private static final Pattern LANGUAGE_SWITCH = Pattern.compile("(?i)en|eng|cn|zh|tc|sc|jp|ja|fr|es|ru|ar|de|kr|ko|pt");
    /**
     * A plea. 赞赏 and 公众号 count only when asked for (关注…公众号): alone they are article text, and an edge paragraph
     * citing an account as its source (“…”公众号消息，…) was dropped whole with the people and dates in it.
     */
    private static final Pattern PROMO = Pattern.compile("(?i)" + Lexicons.of("chrome-promo-words").alternation()
            + "|" + Lexicons.of("chrome-app-plea-words").group() + ".{0,12}APP"
            + "|" + Lexicons.of("chrome-promo-asking-verbs").group() + ".{0,12}" + Lexicons.of("chrome-promo-asked-words").group());
    private static final Pattern BYLINE = Pattern.compile(Lexicons.of("chrome-byline-labels").group() + "\\s*[:：]");

    private Chrome() {}

    /** Page furniture that is never article text, wherever it stands. */
    static boolean isChrome(String p) {
        String s = Texts.trim(p);
        if (s.isEmpty()) return true;
        // cheap length and character tests first: most paragraphs are long article text, and these run on every one
        if (s.length() <= MAX_WORD_LINE) {
            String bare = BRACKETS.matcher(s).replaceAll("");
            if (WORDS.contains(bare) || WORDS.contains(TRAILING_MARKS.matcher(bare).replaceAll(""))) return true;
        }
        if (s.indexOf(' ') < 0 && URL_LINE.matcher(s).matches()) return true;
        if (s.length() <= 160 && !SENTENCE_END.matcher(s).find() && COPYRIGHT.matcher(s).find()) return true;
        if (s.length() <= 9 && EMPTY_LABEL.matcher(s).matches()) return true;
        if (s.length() <= 120 && EDIT_PAGE.matcher(s).find()) return true;
        return isMenuBar(s);
    }

    /** Longer than any chrome word with its brackets and marks. */
    private static final int MAX_WORD_LINE = 24;

    /** Noise that templates put before or after the article: numbers, language switches, ornamented ads, promotions. */
    static boolean isEdgeNoise(String p) {
        String s = Texts.trim(p);
        return NUMBER_ONLY.matcher(s).matches()
                || LANGUAGE_SWITCH.matcher(s).matches()
                || ORNAMENTED.matcher(s).matches()
                || isPromo(s);
    }

    /** A subscription, app or follow-us plea. */
    static boolean isPromo(String p) {
        return p.length() <= 200 && PROMO.matcher(p).find();
    }

    /** A short byline or dateline line (责任编辑：…, a date and time with 来源) that may sit among the chrome. */
    static boolean isByline(String p) {
        String s = Texts.trim(p);
        if (s.length() > 60) return false;
        return BYLINE.matcher(s).find()
                || PublicationDates.findWithTime(s).isPresent()
                || PublicationDates.findLabelled(s).isPresent();
    }

    /** Menu words separated by bars: "字號:默認 超大 | 打印 |", "首页 | 新闻 | 财经". */
    private static boolean isMenuBar(String s) {
        if (!MENU_SEPARATOR.matcher(s).find() || SENTENCE_END.matcher(s).find()) return false;
        String[] parts = MENU_SEPARATOR.split(s);
        int filled = 0;
        for (String part : parts) {
            String t = part.strip();
            if (t.length() > 10) return false;
            if (!t.isEmpty()) filled++;
        }
        return filled >= 1 && parts.length + ((s.endsWith("|") || s.endsWith("｜")) ? 1 : 0) >= 2;
    }

    /**
     * Drops chrome anywhere and noise at the edges. At the start the walk passes over short non-sentence
     * lines (a headline, a byline) to reach a menu bar under them; at the end it passes over bylines.
     */
    static List<String> trim(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        for (String p : paragraphs) {
            if (!isChrome(p)) kept.add(p);
        }
        // leading edge: up to the first sentence-like paragraph
        List<String> out = new ArrayList<>();
        boolean inHead = true;
        for (int i = 0; i < kept.size(); i++) {
            String p = kept.get(i);
            if (inHead && isEdgeNoise(p)) continue;
            if (inHead && (p.length() > 60 || SENTENCE_END.matcher(p).find() || i >= 8)) inHead = false;
            out.add(p);
        }
        // trailing edge: past bylines, up to the last sentence-like paragraph
        for (int i = out.size() - 1; i >= 0; i--) {
            String p = out.get(i);
            if (isEdgeNoise(p)) {
                out.remove(i);
            } else if (!isByline(p)) {
                break;
            }
        }
        return out;
    }
}
