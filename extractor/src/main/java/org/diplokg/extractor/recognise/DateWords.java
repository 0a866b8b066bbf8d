package org.diplokg.extractor.recognise;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplokg.extractor.lexicon.EntryShape;
import org.diplokg.extractor.lexicon.Lexicon;
import org.diplokg.extractor.lexicon.Lexicons;

/**
 * The word lists of the date rules ({@code ontology/lexicon/date-*.txt}). Lists whose words carry a number (昨天 -1,
 * 周四's 四 4) are read into maps; the rules build their patterns from the words.
 */
final class DateWords {
    private DateWords() {}

    /** 今天 0, 昨晚 -1, 后天 2: days from the publication day. */
    static final Map<String, Integer> RELATIVE_DAYS = valued("date-relative-days");
    /** 当天 0, 当晚 0: days from the day the text has just named (else from the publication day). */
    static final Map<String, Integer> ANAPHORIC_DAYS = valued("date-anaphoric-days");
    /** 今年 0, 去年 -1: years from the publication year. */
    static final Map<String, Integer> RELATIVE_YEARS = valued("date-relative-years");
    /** 本月 0, 上月 -1, 下月 1: a month counted from the publication month, before a day. */
    static final Map<String, Integer> RELATIVE_MONTHS = valued("date-relative-months");
    /** 同年, 当年: the year of the latest date written before. */
    static final Lexicon CONTEXT_YEARS = Lexicons.of("date-context-years");
    /** 周, 星期, 礼拜. */
    static final Lexicon WEEK_WORDS = Lexicons.of("date-week-words");
    /** 一 1 … 日 7: ISO day of the week of a name after a week word. */
    static final Map<String, Integer> WEEKDAY_NAMES = valued("date-weekday-names");
    /** 上 -1, 下 1, 本 0: which week a weekday lies in. */
    static final Map<String, Integer> WEEK_SHIFTS = valued("date-week-shifts");
    /** 民国 1911: era names and the Gregorian year before their year 1 (民国113年 is 2024). */
    static final Map<String, Integer> ERA_YEARS = valued("date-era-years");
    /** 元旦 101, 国庆节 1001: holidays on a fixed day (month*100+day), dates after a year (2022年元旦). */
    static final Map<String, Integer> FIXED_HOLIDAYS = valued("date-fixed-holidays");
    /** 廿 20, 卅 30: one character for the tens of a day (廿九日), as Hong Kong, Macao and Taiwan datelines write it. */
    static final Map<String, Integer> TENS = valued("date-tens-numerals");
    /** The characters of {@link #TENS}, for character classes. */
    static final String TENS_CHARS = String.join("", TENS.keySet());
    /** 至, 到. */
    static final Lexicon RANGE_WORDS = Lexicons.of("date-range-words");
    /** 年代, 年来 …: 年 after a number that is no calendar year. */
    static final Lexicon YEAR_DURATIONS = Lexicons.of("date-year-durations");
    /** 年以来, 年来: after a four-digit year of 1900-2099, since that year (a date), not a duration. */
    static final Lexicon YEAR_SINCE = Lexicons.of("date-year-since-words");
    /** 万, 届, 冠状病毒 …: after four digits and no 年, a number, not a year opening a name. */
    static final Lexicon NOT_AFTER_BARE_YEAR = Lexicons.of("date-bare-year-not-before");
    /** 日本, 日元, 日报: 日 after a number that is no day. */
    static final Lexicon NOT_DAY_WORDS = Lexicons.of("date-not-day-words");
    /** 连, 为期 …: before a number and 日, a count of days (一连三日). */
    static final Lexicon DAY_DURATION_WORDS = Lexicons.of("date-day-duration-words");

    /**
     * {@code (a|b)} of the anaphoric day words, longest first, a word ending in 日 not read where 日 begins a word that
     * is no day (当日本… is 当 + 日本).
     */
    static String anaphoricDayWords() {
        String day = DateTrigger.DAY_MARKS.substring(0, 1);
        String notDayTails = NOT_DAY_WORDS.entries().stream().filter(w -> w.startsWith(day))
                .map(w -> java.util.regex.Pattern.quote(w.substring(1))).collect(Collectors.joining("|"));
        return ANAPHORIC_DAYS.keySet().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(w -> java.util.regex.Pattern.quote(w) + (w.endsWith(day) && !notDayTails.isEmpty() ? "(?!" + notDayTails + ")" : ""))
                .collect(Collectors.joining("|", "(", ")"));
    }

    /** {@code (?:a|b)} of the words, longest first, quoted. */
    static String group(Collection<String> words) {
        return words(words).group();
    }

    /** {@code [ab]} of the first characters of the words: a cheap look-ahead before the alternation. */
    static String firstChars(Collection<String> words) {
        return "[" + chars(words, true) + "]";
    }

    /** The first (or last) characters of the words, each once, as one string for {@code indexOf} tests. */
    static String chars(Collection<String> words, boolean first) {
        return words.stream().map(w -> first ? w.substring(0, 1) : w.substring(w.length() - 1))
                .distinct().collect(Collectors.joining());
    }

    /** The words of a valued list and those of a plain list, in one collection. */
    static List<String> union(Map<String, Integer> valued, Lexicon plain) {
        return Stream.concat(valued.keySet().stream(), plain.entries().stream()).toList();
    }

    private static Lexicon words(Collection<String> words) {
        return new Lexicon("words", "", "", EntryShape.HAN, List.copyOf(words));
    }

    private static Map<String, Integer> valued(String name) {
        return valued(Lexicons.of(name));
    }

    /** A list whose entries are "word number", in file order; a word listed twice is an error. */
    static Map<String, Integer> valued(Lexicon lexicon) {
        String name = lexicon.name();
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String entry : lexicon.entries()) {
            int space = entry.lastIndexOf(' ');
            try {
                if (space <= 0) throw new NumberFormatException("no number");
                Integer before = out.put(entry.substring(0, space).strip(), Integer.parseInt(entry.substring(space + 1)));
                if (before != null) throw new IllegalStateException("lexicon " + name + ": word listed twice: " + entry);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("lexicon " + name + ": not 'word number': " + entry, e);
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
