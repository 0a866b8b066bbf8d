package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.diplokg.extractor.dates.ChineseNumerals;

/**
 * What a date expression must hold, by kind: a numeral followed by 年, 月 or 日/号, a digit beside a separator, a
 * Latin word, a weekday word, a relative day word. Each rule runs only around triggers of its kind (a few per cent
 * of an article) instead of over the whole text. A bare 年 or 日 (青年, 日本) is common in news and is no reason to
 * look.
 */
enum DateTrigger {
    YEAR_MARK, MONTH_MARK, DAY_MARK, SEPARATOR, LATIN_TEXT, WEEK_WORD, RELATIVE_WORD, BARE_YEAR;

    /** The characters that close a written year, month and day: the grammar of every Chinese date. */
    static final String YEAR = "年", MONTH = "月", DAY_MARKS = "日号";

    /** How far around a trigger its rules look: the longest expression fits (二〇二一年十一月十二日至十一月十六日). */
    private static final int BEFORE = 16, AFTER = 18;

    private static final String NUMERALS = ChineseNumerals.DIGITS + ChineseNumerals.TEN + DateWords.TENS_CHARS;
    private static final String WEEK_WORD_ENDS = DateWords.chars(DateWords.WEEK_WORDS.entries(), false);
    private static final String WEEKDAY_NAME_STARTS = DateWords.chars(DateWords.WEEKDAY_NAMES.keySet(), true);
    private static final String RELATIVE_DAY_STARTS = DateWords.chars(DateWords.RELATIVE_DAYS.keySet(), true);
    private static final String RELATIVE_DAY_ENDS = DateWords.chars(DateWords.RELATIVE_DAYS.keySet(), false);
    /** Relative day words of one character (昨, as in 昨宣布). */
    private static final String ONE_CHARACTER_DAYS = String.join("",
            DateWords.RELATIVE_DAYS.keySet().stream().filter(w -> w.length() == 1).toList());
    private static final String ANAPHORIC_DAY_STARTS = DateWords.chars(DateWords.ANAPHORIC_DAYS.keySet(), true);
    private static final String ANAPHORIC_DAY_ENDS = DateWords.chars(DateWords.ANAPHORIC_DAYS.keySet(), false);
    private static final String RELATIVE_YEAR_STARTS = DateWords.chars(DateWords.RELATIVE_YEARS.keySet(), true);

    /** For every kind, the stretches of {@code t} around its triggers, in text order, overlapping ones merged. */
    static Map<DateTrigger, List<int[]>> locate(String t) {
        Map<DateTrigger, List<int[]>> out = new EnumMap<>(DateTrigger.class);
        for (DateTrigger kind : values()) out.put(kind, new ArrayList<>());
        for (int i = 0; i < t.length(); i++) {
            DateTrigger kind = at(t, i);
            if (kind != null) widen(out.get(kind), Math.max(0, i - BEFORE), Math.min(t.length(), i + AFTER));
        }
        if (hasLatinWord(t)) out.get(LATIN_TEXT).add(new int[] {0, t.length()});
        return out;
    }

    private static void widen(List<int[]> windows, int b, int e) {
        int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
        if (last != null && b <= last[1]) last[1] = Math.max(last[1], e);
        else windows.add(new int[] {b, e});
    }

    /** The kind of trigger at {@code i}, or null. */
    private static DateTrigger at(String t, int i) {
        char c = t.charAt(i), before = i > 0 ? t.charAt(i - 1) : ' ';
        if (isNumeral(before)) {
            if (YEAR.indexOf(c) >= 0) return YEAR_MARK;
            if (MONTH.indexOf(c) >= 0) return MONTH_MARK;
            if (DAY_MARKS.indexOf(c) >= 0) return DAY_MARK;
        }
        // 今(18)日, 今(2017)年: the number in brackets before the day or year mark
        if (YEAR.indexOf(c) >= 0 && (before == ')' || before == '\uff09') && i >= 2 && isNumeral(t.charAt(i - 2))) return YEAR_MARK;
        if (DAY_MARKS.indexOf(c) >= 0 && (before == ')' || before == '\uff09') && i >= 2 && isNumeral(t.charAt(i - 2))) return DAY_MARK;
        if ((c == '-' || c == '/' || c == '.') && isDigit(before) && i + 1 < t.length() && isDigit(t.charAt(i + 1))) {
            return SEPARATOR;
        }
        if (WEEK_WORD_ENDS.indexOf(c) >= 0 && i + 1 < t.length() && WEEKDAY_NAME_STARTS.indexOf(t.charAt(i + 1)) >= 0) {
            return WEEK_WORD;
        }
        // the end of a relative word after the start of one (今天, 昨晚): cheap, and the rule's pattern decides
        if (RELATIVE_DAY_ENDS.indexOf(c) >= 0 && (RELATIVE_DAY_STARTS.indexOf(before) >= 0 || ONE_CHARACTER_DAYS.indexOf(c) >= 0)) {
            return RELATIVE_WORD;
        }
        if (ANAPHORIC_DAY_ENDS.indexOf(c) >= 0 && ANAPHORIC_DAY_STARTS.indexOf(before) >= 0) return RELATIVE_WORD;  // 当天
        if (YEAR.indexOf(c) >= 0 && RELATIVE_YEAR_STARTS.indexOf(before) >= 0) return RELATIVE_WORD;  // 今年, 去年
        if (bareYearBefore(t, i)) return BARE_YEAR;  // 2018葡语国家产品及服务展
        return null;
    }

    /** Four digits 19xx or 20xx, and no digit before them, end right before the Han character at {@code i}. */
    private static boolean bareYearBefore(String t, int i) {
        if (i < 4 || !Character.isIdeographic(t.charAt(i))) return false;
        char c1 = t.charAt(i - 4), c2 = t.charAt(i - 3);
        if (!(c1 == '1' && c2 == '9' || c1 == '2' && c2 == '0') || !isDigit(t.charAt(i - 2)) || !isDigit(t.charAt(i - 1))) return false;
        return i == 4 || !isDigit(t.charAt(i - 5));
    }

    static boolean isNumeral(char c) {
        return isDigit(c) || NUMERALS.indexOf(c) >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasLatinWord(String t) {
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            run = t.charAt(i) >= 'a' && t.charAt(i) <= 'z' ? run + 1 : 0;
            if (run >= 3) return true;
        }
        return false;
    }
}
