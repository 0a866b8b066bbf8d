package org.diplokg.extractor.recognise;

import static org.diplokg.extractor.recognise.DateTrigger.DAY_MARKS;
import static org.diplokg.extractor.recognise.DateTrigger.MONTH;
import static org.diplokg.extractor.recognise.DateTrigger.YEAR;

import java.time.DayOfWeek;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.diplokg.extractor.dates.ChineseNumerals;
import org.diplokg.extractor.dates.PartialDate.Precision;

/**
 * One date rule: its pattern, the finest precision it reads (and whether it reads ranges), the trigger it runs
 * around, how its date is resolved, and how a match is read into the parts it writes.
 *
 * <p>{@link #TABLE} lists the rules in priority order: where matches overlap, the earlier rule wins; a match
 * that cannot be resolved (2021年13月, a bare 24日 with no month to take) is dropped and leaves its characters to
 * later rules. Rules that complete a date from context come after the rules that give those dates.
 *
 * @param name       what the rule reads, for tests and debugging
 * @param precision  the finest precision of its dates
 * @param range      whether it also reads ranges (13日至16日)
 * @param reader     the parts a match writes, or null when the match is no date (a year 3000, a range 2020-2019)
 */
record DateRule(String name, Pattern pattern, Precision precision, boolean range, DateTrigger trigger,
        DateResolution resolution, Function<MatchResult, Written> reader) {

    /** The parts of a date as written: 0 where a part is not written. */
    record Parts(int year, int month, int day) {}

    /**
     * What a match states before anything is taken from context: its parts, the end of a range (or null), and for a
     * relative word the offset it counts (years for 今年, days for 昨天, weeks for 上周四), null for 同年 (the year
     * just written), with the weekday of a weekday word.
     */
    record Written(Parts start, Parts end, Integer offset, DayOfWeek weekday) {
        static Written date(int year, int month, int day) {
            return new Written(new Parts(year, month, day), null, null, null);
        }

        static Written range(Parts start, Parts end) {
            return new Written(start, end, null, null);
        }

        static Written relative(Integer offset, Parts parts, DayOfWeek weekday) {
            return new Written(parts, null, offset, weekday);
        }
    }

    // Numerals: 2021 or 二〇二一 for a year, 1-12 or 一…十二 for a month, 1-31 or 一…三十一 for a day.
    private static final String ZERO_TO_NINE = ChineseNumerals.ZEROS + ChineseNumerals.ONE_TO_NINE;
    private static final String ONE_TO_NINE = "[" + ChineseNumerals.ONE_TO_NINE + "]";
    private static final String TEN = String.valueOf(ChineseNumerals.TEN);
    private static final String Y = "([0-9]{4}|[" + ZERO_TO_NINE + "]{4})";
    private static final String M = "([0-9]{1,2}|" + TEN + upTo(2) + "?|" + ONE_TO_NINE + ")";
    private static final String TENS = DateWords.TENS_CHARS;
    private static final String D = "([0-9]{1,2}|" + upTo(3) + "?" + TEN + ONE_TO_NINE + "?|[" + TENS + "]" + ONE_TO_NINE + "?|" + ONE_TO_NINE + ")";
    /** A cheap first-character test placed before the costly look-behind: most positions fail here. */
    private static final String NUMBER_AHEAD = "(?=[0-9" + ChineseNumerals.DIGITS + TEN + TENS + "])";
    private static final String NOT_NUM_BEFORE = NUMBER_AHEAD + "(?<![0-9" + ChineseNumerals.DIGITS + TEN + TENS + ".])";
    private static final String DAY_MARK = "[" + DAY_MARKS + "]";
    private static final String RANGE = "(?:" + DateWords.RANGE_WORDS.alternation() + "|-|~|—)";
    /**
     * The end of a day range after a day: 至16日, 至11月16日; a second day of a list, read as the span of both
     * (9月13、14日: the first day has no mark of its own); or just the day's mark.
     */
    private static final String DAY_END = "(?:(?:" + DAY_MARK + "?" + RANGE + "|、)(?:" + M + MONTH + ")?" + D + DAY_MARK + "|" + DAY_MARK + ")";

    private static final String ENGLISH_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final List<String> RELATIVE_YEAR_WORDS = DateWords.union(DateWords.RELATIVE_YEARS, DateWords.CONTEXT_YEARS);
    /** 今, 去, 明: the relative year words without their 年, before a bracketed year (今(2017)年). */
    private static final List<String> RELATIVE_YEAR_STEMS = DateWords.RELATIVE_YEARS.keySet().stream()
            .filter(w -> w.length() > 1 && w.endsWith(YEAR)).map(w -> w.substring(0, w.length() - 1)).toList();
    private static final List<String> WEEKDAY_STARTS = DateWords.union(DateWords.WEEK_SHIFTS, DateWords.WEEK_WORDS);

    /** A 12-hour clock after a date (" PM", " 3:15 p.m."): the mark of American month-first order, looked at, not taken. */
    private static final String TWELVE_HOUR_CLOCK = "\\s*(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\\s*)?(?i:[ap]\\.?m\\.?)(?![a-z])";

    /** After a count of years and 年: the count is of years before the report (7年前). */
    private static final String YEARS_AGO = "前(?!后|夕)";

    /** An era year in Chinese numerals: 一百一十三, 一一三, 三十八. */
    private static final String ERA_NUMBER = "[" + ZERO_TO_NINE + TEN + "\u767e]{1,5}";

    /** The rules in priority order. */
    static final List<DateRule> TABLE = List.of(
            new DateRule("era year", Pattern.compile("(?=" + DateWords.firstChars(DateWords.ERA_YEARS.keySet()) + ")("
                            + DateWords.group(DateWords.ERA_YEARS.keySet()) + ")([0-9]{1,3}|" + ERA_NUMBER + ")" + YEAR
                            + "(?:" + M + MONTH + "(?:" + D + DAY_MARK + ")?)?"),
                    Precision.DAY, false, DateTrigger.YEAR_MARK, DateResolution.ABSOLUTE, m -> {
                        // 民国113年 → 2024: the era's offset plus the year written (Arabic or Chinese numerals)
                        int y = DateWords.ERA_YEARS.get(m.group(1)) + num(m.group(2));
                        return y >= 1000 && y <= 2200 ? Written.date(y, num(m.group(3)), num(m.group(4))) : null;
                    }),
            new DateRule("year month day", Pattern.compile(NOT_NUM_BEFORE + Y + YEAR + M + MONTH + D + DAY_END),
                    Precision.DAY, true, DateTrigger.YEAR_MARK, DateResolution.ABSOLUTE, m -> {
                        int y = num(m.group(1));
                        Parts start = new Parts(y, num(m.group(2)), num(m.group(3)));
                        return Written.range(start, m.group(5) == null ? null
                                : new Parts(y, m.group(4) != null ? num(m.group(4)) : start.month(), num(m.group(5))));
                    }),
            // 今(2017)年12月10日: Taiwan writes the year in brackets between the relative word and 年, as it writes the
            // day in 今(18)日; the number is the year itself (set G 012: read as --12-10 with no year)
            new DateRule("bracketed year", Pattern.compile("(?=[(\uff08])(?<=" + DateWords.group(RELATIVE_YEAR_STEMS) + ")[(\uff08]"
                            + "((?:19|20)[0-9]{2})[)\uff09]" + YEAR + "(?:" + M + MONTH + "(?:" + D + DAY_END + ")?)?"),
                    Precision.DAY, true, DateTrigger.YEAR_MARK, DateResolution.ABSOLUTE, m -> {
                        int y = num(m.group(1));
                        Parts start = new Parts(y, num(m.group(2)), num(m.group(3)));
                        return Written.range(start, m.group(5) == null ? null
                                : new Parts(y, m.group(4) != null ? num(m.group(4)) : start.month(), num(m.group(5))));
                    }),
            new DateRule("iso", Pattern.compile("(?=[12])(?<![0-9])([12][0-9]{3})[-/.]([01]?[0-9])[-/.]([0-3]?[0-9])(?![0-9])"),
                    Precision.DAY, false, DateTrigger.SEPARATOR, DateResolution.ABSOLUTE,
                    m -> Written.date(num(m.group(1)), num(m.group(2)), num(m.group(3)))),
            new DateRule("day/month/year", Pattern.compile("(?=[0-9])(?<![0-9/])([0-3]?[0-9])/([0-3]?[0-9])/([12][0-9]{3})(?![0-9])"
                            + "(?=(" + TWELVE_HOUR_CLOCK + ")?)"),
                    Precision.DAY, false, DateTrigger.SEPARATOR, DateResolution.ABSOLUTE, m -> {
                        int a = num(m.group(1)), b = num(m.group(2)), y = num(m.group(3));
                        // US order when a 12-hour clock follows (4/2/2024 PM); else day first unless that is
                        // impossible (US month-first dates have a day > 12 second)
                        boolean us = m.group(4) != null && a <= 12;
                        return !us && (a > 12 || b <= 12) ? Written.date(y, b, a) : Written.date(y, a, b);
                    }),
            new DateRule("english month day year",
                    Pattern.compile("(?=[adfjmnos])\\b(" + ENGLISH_MONTHS + ")\\.? ?([0-3]?[0-9]),? ?((?:19|20)[0-9]{2})\\b"),
                    Precision.DAY, false, DateTrigger.LATIN_TEXT, DateResolution.ABSOLUTE,
                    m -> Written.date(num(m.group(3)), englishMonth(m.group(1)), num(m.group(2)))),
            new DateRule("english day month year",
                    Pattern.compile("(?=[0-9])\\b([0-3]?[0-9]) ?(" + ENGLISH_MONTHS + ")\\.?,? ?((?:19|20)[0-9]{2})\\b"),
                    Precision.DAY, false, DateTrigger.LATIN_TEXT, DateResolution.ABSOLUTE,
                    m -> Written.date(num(m.group(3)), englishMonth(m.group(2)), num(m.group(1)))),
            new DateRule("year-year", Pattern.compile("(?=[12])(?<![0-9-])((?:19|20)[0-9]{2})-((?:19|20)[0-9]{2})(?![0-9-])"),
                    Precision.YEAR, true, DateTrigger.SEPARATOR, DateResolution.ABSOLUTE, m -> {
                        int a = num(m.group(1)), b = num(m.group(2));
                        return b > a ? Written.range(new Parts(a, 0, 0), new Parts(b, 0, 0)) : null;
                    }),
            new DateRule("year holiday", Pattern.compile(NOT_NUM_BEFORE + Y + YEAR + "(" + DateWords.group(DateWords.FIXED_HOLIDAYS.keySet()) + ")"),
                    Precision.DAY, false, DateTrigger.YEAR_MARK, DateResolution.ABSOLUTE, m -> {
                        int day = DateWords.FIXED_HOLIDAYS.get(m.group(2));
                        return Written.date(num(m.group(1)), day / 100, day % 100);
                    }),
            new DateRule("year month",
                    // 2019年1-9月, 2019年1至9月: a range of months may write 月 only once, after the last
                    Pattern.compile(NOT_NUM_BEFORE + Y + YEAR + M + "(?:" + MONTH + "(?![0-9" + ZERO_TO_NINE + TEN + "]*" + DAY_MARK + ")"
                            + "(?:" + RANGE + M + MONTH + ")?|" + RANGE + M + MONTH + ")"),
                    Precision.MONTH, true, DateTrigger.YEAR_MARK, DateResolution.ABSOLUTE, m -> {
                        int y = num(m.group(1));
                        String last = m.group(3) != null ? m.group(3) : m.group(4);
                        return Written.range(new Parts(y, num(m.group(2)), 0), last == null ? null : new Parts(y, num(last), 0));
                    }),
            new DateRule("year", Pattern.compile(NOT_NUM_BEFORE + Y + "(?!" + DateWords.YEAR_DURATIONS.alternation() + ")" + YEAR),
                    Precision.YEAR, false, DateTrigger.YEAR_MARK, DateResolution.ABSOLUTE, m -> {
                        int y = num(m.group(1));
                        return y >= 1000 && y <= 2200 ? Written.date(y, 0, 0) : null;
                    }),
            // 1979年以来: since a calendar year, which is a date (ANNOTATION: every explicit calendar expression; set D odd
            // 019), unlike a count of years (8年来), which has no four digits
            new DateRule("year since", Pattern.compile(NOT_NUM_BEFORE + "((?:19|20)[0-9]{2})(?=" + DateWords.YEAR_SINCE.alternation() + ")" + YEAR),
                    Precision.YEAR, false, DateTrigger.YEAR_MARK, DateResolution.ABSOLUTE, m -> Written.date(num(m.group(1)), 0, 0)),
            // 2018葡语国家产品及服务展, 2016北京‧澳门合作伙伴行动: a year written without 年 right before a name is a date
            // (set D odd 009, set E odd 011), four digits then a Han character that makes them no number (2000万, 2019届)
            new DateRule("bare year", Pattern.compile("(?=[12])(?<![0-9.\\-/:])((?:19|20)[0-9]{2})(?=\\p{IsHan})(?!"
                            + DateWords.NOT_AFTER_BARE_YEAR.alternation() + ")"),
                    Precision.YEAR, false, DateTrigger.BARE_YEAR, DateResolution.ABSOLUTE, m -> Written.date(num(m.group(1)), 0, 0)),
            new DateRule("relative year month",
                    Pattern.compile("(?=" + DateWords.firstChars(RELATIVE_YEAR_WORDS) + ")(" + DateWords.group(RELATIVE_YEAR_WORDS) + ")"
                            + M + "(?:" + RANGE + M + ")?" + MONTH + "(?:" + D + DAY_MARK + ")?"),
                    Precision.DAY, true, DateTrigger.MONTH_MARK, DateResolution.YEAR_FROM_WORD, m -> {
                        Integer offset = DateWords.RELATIVE_YEARS.get(m.group(1));
                        // 今年1—6月: a range of months, the day only after a single month
                        if (m.group(3) != null) {
                            return new Written(new Parts(0, num(m.group(2)), 0), new Parts(0, num(m.group(3)), 0), offset, null);
                        }
                        return Written.relative(offset, new Parts(0, num(m.group(2)), num(m.group(4))), null);
                    }),
            new DateRule("month day", Pattern.compile(NOT_NUM_BEFORE + M + MONTH + D + DAY_END),
                    Precision.DAY, true, DateTrigger.MONTH_MARK, DateResolution.YEAR_FROM_CONTEXT, m -> {
                        Parts start = new Parts(0, num(m.group(1)), num(m.group(2)));
                        return Written.range(start, m.group(4) == null ? null
                                : new Parts(0, m.group(3) != null ? num(m.group(3)) : start.month(), num(m.group(4))));
                    }),
            new DateRule("month", Pattern.compile(NOT_NUM_BEFORE + M + "(?:" + RANGE + M + ")?" + MONTH
                            + "(?![0-9" + ZERO_TO_NINE + TEN + DAY_MARKS + "])"),
                    Precision.MONTH, true, DateTrigger.MONTH_MARK, DateResolution.YEAR_FROM_CONTEXT,
                    m -> Written.range(new Parts(0, num(m.group(1)), 0), m.group(2) == null ? null : new Parts(0, num(m.group(2)), 0))),
            // 本月9日, 上月20日: a day of a month counted from the publication month, listed like 今年7月 (set F 018)
            new DateRule("relative month day",
                    Pattern.compile("(?=" + DateWords.firstChars(DateWords.RELATIVE_MONTHS.keySet()) + ")("
                            + DateWords.group(DateWords.RELATIVE_MONTHS.keySet()) + ")" + D + DAY_MARK),
                    Precision.DAY, false, DateTrigger.DAY_MARK, DateResolution.MONTH_FROM_WORD,
                    m -> Written.relative(DateWords.RELATIVE_MONTHS.get(m.group(1)), new Parts(0, 0, num(m.group(2))), null)),
            new DateRule("day",
                    Pattern.compile(NUMBER_AHEAD + "(?<![0-9" + ZERO_TO_NINE + TEN + TENS + MONTH + YEAR + "/\\-.])"
                            + "(?<!" + DateWords.DAY_DURATION_WORDS.alternation() + ")" + D + "(?:(?:、|" + DAY_MARK + "?" + RANGE + ")" + D + ")?"
                            + "(?!" + DateWords.NOT_DAY_WORDS.alternation() + ")" + DAY_MARKS.charAt(0)),
                    Precision.DAY, true, DateTrigger.DAY_MARK, DateResolution.MONTH_FROM_CONTEXT,
                    // 13、14日, 17至23日 and 13日至14日: two days of one month, read as the span of both (set G 001: 13日至14日
                    // read as two days, the 14th one day past the publication and so put in the month before); days
                    // listed each with its mark (16日、17日先后与…会面) stay two days, each its own act's (dev 023)
                    m -> m.group(2) == null ? Written.date(0, 0, num(m.group(1)))
                            : Written.range(new Parts(0, 0, num(m.group(1))), new Parts(0, 0, num(m.group(2))))),
            // 今(18)日, 昨（25）日: Taiwan and Macao write the day in brackets between the relative word and 日; the
            // number is the day itself (set D: the 今/昨 word alone dated a talk to the publication day)
            new DateRule("bracketed day",
                    Pattern.compile("(?=[(\uff08])[(\uff08]" + D + "[)\uff09]" + DAY_MARKS.charAt(0)),
                    Precision.DAY, false, DateTrigger.DAY_MARK, DateResolution.MONTH_FROM_CONTEXT,
                    m -> Written.date(0, 0, num(m.group(1)))),
            new DateRule("weekday",
                    Pattern.compile("(?=" + DateWords.firstChars(WEEKDAY_STARTS) + ")(" + DateWords.group(DateWords.WEEK_SHIFTS.keySet())
                            + ")?" + DateWords.WEEK_WORDS.group() + "(" + DateWords.group(DateWords.WEEKDAY_NAMES.keySet()) + ")"),
                    Precision.DAY, false, DateTrigger.WEEK_WORD, DateResolution.FROM_PUBLICATION,
                    m -> Written.relative(m.group(1) == null ? 0 : DateWords.WEEK_SHIFTS.get(m.group(1)), null,
                            DayOfWeek.of(DateWords.WEEKDAY_NAMES.get(m.group(2))))),
            new DateRule("relative day",
                    Pattern.compile("(?=" + DateWords.firstChars(DateWords.RELATIVE_DAYS.keySet()) + ")"
                            + DateWords.group(DateWords.RELATIVE_DAYS.keySet())),
                    Precision.DAY, false, DateTrigger.RELATIVE_WORD, DateResolution.FROM_PUBLICATION,
                    m -> Written.relative(DateWords.RELATIVE_DAYS.get(m.group()), null, null)),
            // 当天 after a date is that date (22日…当天起…), else the publication day
            new DateRule("anaphoric day",
                    Pattern.compile("(?=" + DateWords.firstChars(DateWords.ANAPHORIC_DAYS.keySet()) + ")" + DateWords.anaphoricDayWords()),
                    Precision.DAY, false, DateTrigger.RELATIVE_WORD, DateResolution.FROM_EARLIER_DAY,
                    m -> Written.relative(DateWords.ANAPHORIC_DAYS.get(m.group(1)), null, null)),
            // 7年前, 三十五年前: a year counted back from the publication; dates an act or a meeting, not listed (a
            // year of four digits before 年前 is no count: 2000年前 is not read)
            new DateRule("years ago",
                    Pattern.compile(NOT_NUM_BEFORE + "([0-9]{1,3}|[" + ChineseNumerals.DIGITS + TEN + "]{1,4})" + YEAR + YEARS_AGO),
                    Precision.YEAR, false, DateTrigger.YEAR_MARK, DateResolution.YEAR_FROM_PUBLICATION, m -> {
                        int n = num(m.group(1));
                        return n > 0 && n < 1000 ? Written.relative(-n, new Parts(0, 0, 0), null) : null;
                    }),
            // 今年 with no month after it (英国今年加入…): dates an act or a meeting, and is not listed (dev: 1 action date)
            new DateRule("relative year",
                    Pattern.compile("(?=" + DateWords.firstChars(DateWords.RELATIVE_YEARS.keySet()) + ")("
                            + DateWords.group(DateWords.RELATIVE_YEARS.keySet()) + ")(?![0-9" + ZERO_TO_NINE + TEN + "])"),
                    Precision.YEAR, false, DateTrigger.RELATIVE_WORD, DateResolution.YEAR_FROM_PUBLICATION,
                    m -> Written.relative(DateWords.RELATIVE_YEARS.get(m.group(1)), new Parts(0, 0, 0), null)));

    /** {@code [一二]}: the digits one to {@code n}. */
    private static String upTo(int n) {
        return "[" + ChineseNumerals.ONE_TO_NINE.substring(0, n) + "]";
    }

    private static int num(String s) {
        if (s == null) return 0;
        Integer tens = s.isEmpty() ? null : DateWords.TENS.get(s.substring(0, 1));
        if (tens != null) return s.length() == 1 ? tens : tens + ChineseNumerals.parse(s.substring(1));
        return ChineseNumerals.parse(s);
    }

    private static int englishMonth(String s) {
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) if (s.startsWith(names[i])) return i + 1;
        return 0;
    }
}
