package org.diplokg.extractor.recognise;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.dates.ChineseNumerals;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.text.NormalisedText;
import org.diplokg.extractor.text.Span;

/**
 * Finds Chinese and numeric date expressions in normalised text: absolute (2021年6月23日, 二〇二一年, 2021-06-23,
 * 20/11/2020), partial (11月12日, 今年7月) completed from the publication date, ranges (13日至16日), and relative
 * words (周四, 昨天, 今晚) resolved against the publication date. Anniversaries and durations (30周年, 8年来, 5年内)
 * are not dates: a year needs four digits and no unit after it.
 */
public final class DateRecogniser {

    private static final String Y = "([0-9]{4}|[〇零一二三四五六七八九]{4})";
    private static final String M = "([0-9]{1,2}|十[一二]?|[一二三四五六七八九])";
    private static final String D = "([0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
    /** A cheap first-character test placed before the costly look-behind: most positions fail here. */
    private static final String NUMBER_AHEAD = "(?=[0-9〇零一二三四五六七八九十两])";
    private static final String NOT_NUM_BEFORE = NUMBER_AHEAD + "(?<![0-9〇零一二三四五六七八九十两.])";
    private static final String RANGE = "(?:至|到|-|~|—)";

    private static final Pattern YMD = Pattern.compile(NOT_NUM_BEFORE + Y + "年" + M + "月" + D
            + "(?:[日号]?" + RANGE + "(?:" + M + "月)?" + D + "[日号]|[日号])");
    private static final Pattern YM = Pattern.compile(NOT_NUM_BEFORE + Y + "年" + M + "月(?![0-9〇零一二三四五六七八九十]*[日号])"
            + "(?:" + RANGE + M + "月)?");
    private static final Pattern YEAR = Pattern.compile(NOT_NUM_BEFORE + Y + "年(?!代|来|间|内|度|前|多|左右|以来|期间)");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?=[12])(?<![0-9-])((?:19|20)[0-9]{2})-((?:19|20)[0-9]{2})(?![0-9-])");
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final Pattern ENGLISH_MDY = Pattern.compile("(?=[adfjmnos])\\b(" + MONTHS + ")\\.? ?([0-3]?[0-9]),? ?((?:19|20)[0-9]{2})\\b");
    private static final Pattern ENGLISH_DMY = Pattern.compile("(?=[0-9])\\b([0-3]?[0-9]) ?(" + MONTHS + ")\\.?,? ?((?:19|20)[0-9]{2})\\b");
    private static final Pattern ISO = Pattern.compile("(?=[12])(?<![0-9])([12][0-9]{3})[-/.]([01]?[0-9])[-/.]([0-3]?[0-9])(?![0-9])");
    private static final Pattern DMY = Pattern.compile("(?=[0-9])(?<![0-9/])([0-3]?[0-9])/([0-3]?[0-9])/([12][0-9]{3})(?![0-9])");
    private static final Pattern RELATIVE_YEAR_MONTH = Pattern.compile("(?=[今去明前同当])(今年|去年|明年|前年|同年|当年)" + M + "月(?:" + D + "[日号])?");
    private static final Pattern MD = Pattern.compile(NOT_NUM_BEFORE + M + "月" + D
            + "(?:[日号]?" + RANGE + "(?:" + M + "月)?" + D + "[日号]|[日号])");
    private static final Pattern MONTH = Pattern.compile(NOT_NUM_BEFORE + M + "月(?![0-9〇零一二三四五六七八九十日号])");
    private static final Pattern DAY = Pattern.compile(NUMBER_AHEAD + "(?<![0-9〇零一二三四五六七八九十月年/\\-.])" + D + "日(?![本元报])");
    private static final Pattern WEEKDAY = Pattern.compile("(?=[上下本这今周星礼])(上|下|本|这|今)?(?:周|星期|礼拜)([一二三四五六日天])");
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?=[今昨前明后当])(?:今天|今日|今晚|今晨|今早|今午|昨天|昨日|昨晚|昨早|前天|明天|明日|后天|当天|当日)");

    private DateRecogniser() {}

    /** Every date expression in {@code text}, in text order, without overlaps. */
    public static List<DateMention> find(NormalisedText text, PartialDate published) {
        String t = text.text();
        List<DateMention> out = new ArrayList<>();
        boolean[] taken = new boolean[t.length() + 1];
        Integer pubYear = published == null ? null : published.year();
        List<List<int[]>> windows = windows(t);
        List<int[]> years = windows.get(YEAR_MARK), months = windows.get(MONTH_MARK), days = windows.get(DAY_MARK),
                separators = windows.get(SEPARATOR);
        List<int[]> whole = List.of(new int[] {0, t.length()});

        scan(YMD, t, years, taken, m -> {
            int y = year(m.group(1));
            PartialDate start = PartialDate.tryOf(y, num(m.group(2)), num(m.group(3))).orElse(null);
            PartialDate end = null;
            if (start != null && m.group(5) != null) {
                int em = m.group(4) != null ? num(m.group(4)) : start.month();
                end = PartialDate.tryOf(y, em, num(m.group(5))).orElse(null);
            }
            return mention(text, m, start, end, true, true);
        }, out);
        scan(ISO, t, separators, taken, m -> mention(text, m,
                PartialDate.tryOf(num(m.group(1)), num(m.group(2)), num(m.group(3))).orElse(null), null, true, true), out);
        scan(DMY, t, separators, taken, m -> {
            int a = num(m.group(1)), b = num(m.group(2)), y = num(m.group(3));
            // day first unless that is impossible (US month-first dates have a day > 12 second)
            PartialDate d = a > 12 || b <= 12 ? PartialDate.tryOf(y, b, a).orElse(null) : PartialDate.tryOf(y, a, b).orElse(null);
            return mention(text, m, d, null, true, true);
        }, out);
        scan(ENGLISH_MDY, t, hasLatinWord(t) ? whole : List.of(), taken, m -> mention(text, m,
                PartialDate.tryOf(num(m.group(3)), englishMonth(m.group(1)), num(m.group(2))).orElse(null), null, true, true), out);
        scan(ENGLISH_DMY, t, hasLatinWord(t) ? whole : List.of(), taken, m -> mention(text, m,
                PartialDate.tryOf(num(m.group(3)), englishMonth(m.group(2)), num(m.group(1))).orElse(null), null, true, true), out);
        scan(YEAR_RANGE, t, separators, taken, m -> {
            int a = num(m.group(1)), b = num(m.group(2));
            return b > a ? mention(text, m, PartialDate.ofYear(a), PartialDate.ofYear(b), true, true) : null;
        }, out);
        scan(YM, t, years, taken, m -> {
            int y = year(m.group(1));
            PartialDate end = m.group(3) != null ? PartialDate.tryOf(y, num(m.group(3)), 0).orElse(null) : null;
            return mention(text, m, PartialDate.tryOf(y, num(m.group(2)), 0).orElse(null), end, true, true);
        }, out);
        scan(YEAR, t, years, taken, m -> {
            int y = year(m.group(1));
            return y >= 1000 && y <= 2200 ? mention(text, m, PartialDate.ofYear(y), null, true, true) : null;
        }, out);
        scan(RELATIVE_YEAR_MONTH, t, months, taken, m -> {
            DateMention near = nearestBefore(text, out, m.start(), false);
            Integer y = relativeYear(m.group(1), pubYear != null ? pubYear : near == null ? null : near.date().year(),
                    contextYear(out, m.start()));
            if (y == null) return null;
            int day = m.group(3) != null ? num(m.group(3)) : 0;
            return mention(text, m, PartialDate.tryOf(y, num(m.group(2)), day).orElse(null), null, true, true);
        }, out);
        scan(MD, t, months, taken, m -> {
            Integer y = fillYear(text, pubYear, out, m.start());
            int year = y == null ? 2000 : y; // a leap year, so 2月29日 survives when the year is unknown
            PartialDate start = PartialDate.tryOf(year, num(m.group(1)), num(m.group(2))).orElse(null);
            PartialDate end = null;
            if (start != null && m.group(4) != null) {
                int em = m.group(3) != null ? num(m.group(3)) : start.month();
                end = PartialDate.tryOf(year, em, num(m.group(4))).orElse(null);
            }
            return mention(text, m, start, end, true, y != null);
        }, out);
        scan(MONTH, t, months, taken, m -> {
            Integer y = fillYear(text, pubYear, out, m.start());
            return mention(text, m, PartialDate.tryOf(y == null ? 2000 : y, num(m.group(1)), 0).orElse(null), null, true, y != null);
        }, out);
        scan(DAY, t, days, taken, m -> {
            int day = num(m.group(1));
            // the month of a date just before it in the paragraph (1999年11月20日 … 21日), unless that would put the
            // day after the publication; else this month's, up to the publication day (24日 in an article of 10月29日)
            DateMention month = nearestBefore(text, out, m.start(), true);
            if (month == null && published == null) month = anyBefore(out, m.start());
            if (month != null && month.date().month() != 0) {
                PartialDate base = month.end() != null ? month.end() : month.date();
                PartialDate d = PartialDate.tryOf(base.year(), base.month(), day).orElse(null);
                boolean afterPublication = d != null && published != null && month.yearKnown() && published.day() != 0
                        && d.compareTo(published) > 0;
                if (d != null && !afterPublication) return mention(text, m, d, null, true, month.yearKnown());
            }
            if (published == null || published.day() == 0 || day > published.day() + 1) return null;
            return mention(text, m, PartialDate.tryOf(published.year(), published.month(), day).orElse(null), null, true, true);
        }, out);
        LocalDate pub = published == null ? null : published.toLocalDate().orElse(null);
        scan(WEEKDAY, t, windows.get(WEEK_WORD), taken, m -> mention(text, m, pub == null ? null : weekday(pub, m.group(1), m.group(2)), null, false, true), out);
        scan(RELATIVE_DAY, t, windows.get(RELATIVE_WORD), taken, m -> mention(text, m, pub == null ? null : relativeDay(pub, m.group()), null, false, true), out);
        out.sort(Comparator.comparingInt(d -> d.span().begin()));
        return out;
    }

    private interface Maker {
        DateMention make(Matcher m);
    }

    private static void scan(Pattern p, String t, List<int[]> windows, boolean[] taken, Maker maker, List<DateMention> out) {
        Matcher m = p.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] w : windows) {
            m.region(w[0], w[1]);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end() && free; i++) free = !taken[i];
                if (!free) continue;
                DateMention d = maker.make(m);
                if (d == null) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                out.add(d);
            }
        }
    }

    // What a date expression must hold, by kind; each pattern runs only around its own kind of trigger.
    private static final int YEAR_MARK = 0, MONTH_MARK = 1, DAY_MARK = 2, SEPARATOR = 3, WEEK_WORD = 4, RELATIVE_WORD = 5;

    /**
     * The stretches of text worth scanning, per kind of trigger: a numeral followed by 年, 月 or 日/号, a digit
     * beside a separator, a weekday word, a relative day word. Each pattern runs only around triggers of the kind
     * it must contain (a few per cent of an article) instead of over the whole text. A bare 年 or 日 (青年, 日本)
     * is common in news and is not a reason to look.
     */
    private static List<List<int[]>> windows(String t) {
        List<List<int[]>> out = new ArrayList<>();
        for (int k = 0; k <= RELATIVE_WORD; k++) out.add(new ArrayList<>());
        for (int i = 0; i < t.length(); i++) {
            int kind = triggerKind(t, i);
            if (kind < 0) continue;
            List<int[]> list = out.get(kind);
            int b = Math.max(0, i - 16), e = Math.min(t.length(), i + 18);
            int[] last = list.isEmpty() ? null : list.get(list.size() - 1);
            if (last != null && b <= last[1]) last[1] = Math.max(last[1], e);
            else list.add(new int[] {b, e});
        }
        return out;
    }

    private static int triggerKind(String t, int i) {
        char c = t.charAt(i), before = i > 0 ? t.charAt(i - 1) : ' ';
        switch (c) {
            case '年':
                return isNumeral(before) ? YEAR_MARK : -1;
            case '月':
                return isNumeral(before) ? MONTH_MARK : -1;
            case '日', '号':
                if (isNumeral(before)) return DAY_MARK;
                return c == '日' && "今昨前明后当".indexOf(before) >= 0 ? RELATIVE_WORD : -1;
            case '-', '/', '.':
                return before >= '0' && before <= '9' && i + 1 < t.length() && t.charAt(i + 1) >= '0' && t.charAt(i + 1) <= '9'
                        ? SEPARATOR : -1;
            case '周', '期', '拜':
                return i + 1 < t.length() && "一二三四五六日天".indexOf(t.charAt(i + 1)) >= 0 ? WEEK_WORD : -1;
            case '天', '晚', '晨', '早', '午':
                return "今昨前明后当".indexOf(before) >= 0 ? RELATIVE_WORD : -1;
            default:
                return -1;
        }
    }

    private static boolean isNumeral(char c) {
        return c >= '0' && c <= '9' || "〇零一二三四五六七八九十两".indexOf(c) >= 0;
    }

    private static boolean hasLatinWord(String t) {
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            run = t.charAt(i) >= 'a' && t.charAt(i) <= 'z' ? run + 1 : 0;
            if (run >= 3) return true;
        }
        return false;
    }

    private static DateMention mention(NormalisedText text, Matcher m, PartialDate date, PartialDate end, boolean explicit, boolean yearKnown) {
        if (date == null && explicit) return null;
        // a date never runs over a paragraph break (1993年 on one line, 11月20日 on the next)
        if (text.original().substring(text.origin(m.start()), text.originalSpan(m.start(), m.end()).end()).indexOf('\n') >= 0) return null;
        if (end != null && date != null && end.compareTo(date) < 0) end = null;
        return new DateMention(new Span(m.start(), m.end()), text.originalText(m.start(), m.end()), date, end, explicit, yearKnown);
    }

    /**
     * The year of a date written without one: a year written earlier in the same paragraph, else the publication
     * year, else any year written earlier; null when nothing gives it.
     */
    private static Integer fillYear(NormalisedText text, Integer pubYear, List<DateMention> found, int before) {
        DateMention sameParagraph = nearestBefore(text, found, before, false);
        if (sameParagraph != null) return sameParagraph.date().year();
        return pubYear;
    }

    /**
     * The nearest date with a known year (and a month, if asked) before {@code before} in the same paragraph, or in
     * the paragraph before when that one is only a short heading (timelines: a line "1993年", then the events).
     */
    private static DateMention nearestBefore(NormalisedText text, List<DateMention> found, int before, boolean needMonth) {
        String o = text.original();
        int paragraphStart = o.lastIndexOf('\n', Math.max(0, text.origin(before) - 1)) + 1;
        if (paragraphStart > 0) {
            int previous = o.lastIndexOf('\n', paragraphStart - 2) + 1;
            if (paragraphStart - previous <= 16) paragraphStart = previous;
        }
        DateMention best = null;
        for (DateMention d : found) {
            if (d.date() == null || !d.explicit() || d.span().begin() >= before) continue;
            if (text.origin(d.span().begin()) < paragraphStart) continue;
            if (needMonth && d.date().month() == 0) continue;
            if (!needMonth && !d.yearKnown()) continue;
            if (best == null || d.span().begin() > best.span().begin()) best = d;
        }
        return best;
    }

    private static DateMention anyBefore(List<DateMention> found, int before) {
        DateMention best = null;
        for (DateMention d : found) {
            if (d.date() != null && d.explicit() && d.date().month() != 0 && d.span().begin() < before
                    && (best == null || d.span().begin() > best.span().begin())) best = d;
        }
        return best;
    }

    private static Integer contextYear(List<DateMention> found, int before) {
        DateMention best = null;
        for (DateMention d : found) {
            if (d.date() != null && d.yearKnown() && d.span().begin() < before && (best == null || d.span().begin() > best.span().begin())) best = d;
        }
        return best == null ? null : best.date().year();
    }

    private static Integer relativeYear(String word, Integer pubYear, Integer context) {
        if (word.equals("同年") || word.equals("当年")) return context;
        if (pubYear == null) return null;
        return switch (word) {
            case "今年" -> pubYear;
            case "去年" -> pubYear - 1;
            case "前年" -> pubYear - 2;
            case "明年" -> pubYear + 1;
            default -> null;
        };
    }

    /** 周四 in a news report: the most recent Thursday on or before the publication day (上周/下周 shift a week). */
    static PartialDate weekday(LocalDate pub, String which, String day) {
        DayOfWeek dow = switch (day) {
            case "一" -> DayOfWeek.MONDAY;
            case "二" -> DayOfWeek.TUESDAY;
            case "三" -> DayOfWeek.WEDNESDAY;
            case "四" -> DayOfWeek.THURSDAY;
            case "五" -> DayOfWeek.FRIDAY;
            case "六" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
        LocalDate d;
        if ("下".equals(which)) d = pub.with(TemporalAdjusters.next(dow));
        else if ("上".equals(which)) d = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1).with(TemporalAdjusters.nextOrSame(dow));
        else d = pub.with(TemporalAdjusters.previousOrSame(dow));
        return PartialDate.of(d);
    }

    private static PartialDate relativeDay(LocalDate pub, String word) {
        int delta = switch (word) {
            case "昨天", "昨日", "昨晚", "昨早" -> -1;
            case "前天" -> -2;
            case "明天", "明日" -> 1;
            case "后天" -> 2;
            default -> 0;
        };
        return PartialDate.of(pub.plusDays(delta));
    }

    private static int englishMonth(String s) {
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) if (s.startsWith(names[i])) return i + 1;
        return 0;
    }

    private static int year(String s) { return ChineseNumerals.parse(s); }

    private static int num(String s) { return s == null ? 0 : ChineseNumerals.parse(s); }

}
