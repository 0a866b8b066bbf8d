package org.diplokg.extractor.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplokg.extractor.lexicon.Lexicon;
import org.diplokg.extractor.lexicon.Lexicons;

/**
 * Parses the dates that documents state about themselves: front matter and header values, bylines and
 * labelled page dates ("发布时间：2021年11月20日", "更新時間:2017/11/10 16:00"). These are machine or
 * template formats, unlike the dates inside the article text, which the date recogniser handles.
 *
 * <p>A date is taken as written, in its own time zone ("Sat, 13 Nov 2021 06:08:05 GMT" is 2021-11-13):
 * converting to another zone would move late-evening articles to a day the document never states.
 * Only epoch numbers, which carry no zone, are read in UTC. Slash dates with the year last are read
 * day-first (20/11/2020) unless the first number cannot be a day-of-month's month partner (11/20/2020).
 */
public final class PublicationDates {

    /** A date found in a text, its span, and whether a clock time followed it (a sign of a byline). */
    public record Found(PartialDate date, int start, int end, boolean withTime) {}

    /** A date found after a label such as 发布时间; {@code strength} ranks publication labels above update labels. */
    public record Labelled(String label, Found found, int strength) {}

    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern CHINESE = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]?");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\d.:/-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile(
            "(?i)(?<![\\p{Alnum}])(\\d{1,2})\\s+(" + MONTHS + ")[a-z]*\\.?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern MONTH_NAME_DAY = Pattern.compile(
            "(?i)(?<![\\p{Alpha}])(" + MONTHS + ")[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern YEAR_MONTH = Pattern.compile(
            "(?<![\\d.])(\\d{4})(?:\\s*年\\s*(\\d{1,2})\\s*月|-(\\d{1,2}))(?![-\\d]|\\s*\\d)");
    private static final Pattern TIME_AFTER = Pattern.compile(
            "^\\s*(?:[-–,T]\\s*)?(?:[上下]午\\s*)?(\\d{1,2})[:：](\\d{2})");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\s*(\\d{4})\\s*年?\\s*");
    private static final Pattern URL_DATE = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})([-/_]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12][0-9]|3[01])(?![0-9])");
    /** Words that join the two ends of a date range (至, 到): a date before one opens no heading. */
    private static final String RANGE_WORDS = Lexicons.of("date-range-words").group();
    private static final Pattern OPENERS = Pattern.compile("[\\s(\\[（【]*");
    /** What may follow a date on a line of its own: a weekday, a clock time, closing brackets. */
    private static final Pattern DATE_TAIL = Pattern.compile("(?i)[\\s)\\]）】,，]*(?:(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]"
            + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\\s,，]*(?:[上下]午\\s*)?(?:\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?\\s*(?:am|pm)?[\\s)\\]）】]*");
    /** Eight digits as a word: not inside a longer number or an identifier. */
    private static final Pattern COMPACT = Pattern.compile("(?<![0-9A-Za-z_/-])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z_-])");
    private static final Pattern TWELVE_HOUR = Pattern.compile("(?i)\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s*)?[ap]\\.?m\\.?(?![a-z])");
    private static final Pattern EPOCH = Pattern.compile("\\s*(\\d{10}|\\d{13})\\s*");

    /**
     * A date label and the colon after it: publication labels rank 2, a bare 日期/Date 1, update labels 0. A bare
     * label must start a word (截止日期 and "update" hold no label).
     */
    private static final Pattern LABEL = Pattern.compile("(?i)("
            + "(?<publication>" + phrases(Lexicons.of("published-labels")) + ")"
            + "|(?<update>" + phrases(Lexicons.of("published-update-labels")) + ")"
            + "|(?<bare>" + wordStarts(Lexicons.of("published-date-labels")) + "))"
            + "\\s*[:：]?\\s*");

    private PublicationDates() {}

    /**
     * Parses a metadata value that is meant to be a date: ISO (with or without time), "2025/5/22",
     * "2021年6月23日", RFC 822, "20/11/2020 - 16:43", a year-month, a bare year, or epoch seconds/millis.
     */
    public static Optional<PartialDate> parse(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = asciiDigits(value.strip());
        Matcher epoch = EPOCH.matcher(v);
        if (epoch.matches()) {
            long n = Long.parseLong(epoch.group(1));
            return Optional.of(fromEpochMillis(epoch.group(1).length() == 10 ? n * 1000 : n));
        }
        Optional<Found> found = find(v);
        if (found.isPresent()) return found.map(Found::date);
        Matcher year = YEAR_ONLY.matcher(v);
        if (year.matches()) return PartialDate.tryOf(Integer.parseInt(year.group(1)), 0, 0).filter(PublicationDates::plausible);
        return Optional.empty();
    }

    /** The earliest dated expression with a year in {@code text}: a full date, else a year and month. */
    public static Optional<Found> find(CharSequence text) {
        String s = asciiDigits(text.toString());
        Optional<Found> day = Stream.of(
                        match(s, ISO, m -> ymd(m.group(1), m.group(3), m.group(4))),
                        match(s, CHINESE, m -> ymd(m.group(1), m.group(2), m.group(3))),
                        match(s, DAY_FIRST, m -> dayFirst(m, s)),
                        match(s, DAY_MONTH_NAME, m -> ymd(m.group(3), monthNumber(m.group(2)), m.group(1))),
                        match(s, MONTH_NAME_DAY, m -> ymd(m.group(3), monthNumber(m.group(1)), m.group(2))))
                .flatMap(Optional::stream)
                .min(Comparator.comparingInt(Found::start));
        if (day.isPresent()) return day;
        return match(s, YEAR_MONTH, m -> ym(m.group(1), m.group(2) != null ? m.group(2) : m.group(3)));
    }

    /** The first date in {@code text} that a clock time follows: the mark of a byline ("2018-11-19 19:26 來源: …"). */
    public static Optional<Found> findWithTime(CharSequence text) {
        String s = text.toString();
        int from = 0;
        while (from < s.length()) {
            Optional<Found> f = find(s.substring(from));
            if (f.isEmpty()) return Optional.empty();
            Found x = f.get();
            if (x.withTime()) return Optional.of(new Found(x.date(), from + x.start(), from + x.end(), true));
            from += x.end();
        }
        return Optional.empty();
    }

    /**
     * The best labelled date in {@code text} ("发布时间：2021年11月20日", "最近更新时间: 2025/5/22 22:05"):
     * the strongest label, then the earliest. The date must follow its label directly.
     */
    public static Optional<Labelled> findLabelled(CharSequence text) {
        String s = asciiDigits(text.toString());
        Matcher m = LABEL.matcher(s);
        Labelled best = null;
        while (m.find()) {
            String rest = s.substring(m.end());
            Optional<Found> f = find(rest).filter(x -> x.start() == 0);
            if (f.isEmpty()) continue;
            Found at = new Found(f.get().date(), m.end() + f.get().start(), m.end() + f.get().end(), f.get().withTime());
            Labelled l = new Labelled(m.group(1), at, strength(m));
            if (best == null || l.strength() > best.strength()) best = l;
        }
        return Optional.ofNullable(best);
    }

    /**
     * The date of a line that holds nothing else: "2019-02-17", "2024年11月17日 星期日", "（2021年11月20日）",
     * "2018-11-19 19:26" — the dated heading or date line of a page.
     */
    public static Optional<PartialDate> alone(CharSequence line) {
        String s = asciiDigits(line.toString()).strip();
        Optional<Found> f = find(s).filter(x -> x.date().day() != 0);
        if (f.isEmpty()) return Optional.empty();
        String before = s.substring(0, f.get().start()), after = s.substring(f.get().end());
        return OPENERS.matcher(before).matches() && DATE_TAIL.matcher(after).matches() ? f.map(Found::date) : Optional.empty();
    }

    /**
     * A heading that opens with a full date and goes on as a title, no sentence: the transcripts of the PRC Foreign
     * Ministry are headed "2018年12月28日外交部发言人华春莹主持例行记者会" (set E 026; dev 011 has the same heading and a
     * byline of the same day). A date then a comma, a range word or a sentence's end is the text, not a heading.
     */
    private static final Pattern HEADING_OPENING = Pattern.compile(
            "^\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]\\s*(?=\\p{IsHan})(?!" + RANGE_WORDS + ")[^。！？，,；;]*$");

    /**
     * A compact date (20221118) standing as a word of a short heading: "新闻联播 20221118", "（20221118）"; or a full
     * date that opens a heading ({@link #HEADING_OPENING}).
     */
    public static Optional<PartialDate> compact(CharSequence line) {
        String digits = asciiDigits(line.toString());
        Matcher h = HEADING_OPENING.matcher(digits);
        if (h.find()) {
            Optional<PartialDate> d = ymd(h.group(1), h.group(2), h.group(3)).filter(PublicationDates::plausible);
            if (d.isPresent()) return d;
        }
        Matcher m = COMPACT.matcher(digits);
        while (m.find()) {
            Optional<PartialDate> d = ymd(m.group(1), m.group(2), m.group(3)).filter(PublicationDates::plausible);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** A full date written in a URL path: /2023/03/30/, /2023-03-30/, story20230330-…; empty when none. */
    public static Optional<PartialDate> fromUrl(String url) {
        if (url == null) return Optional.empty();
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            Optional<PartialDate> d = ymd(m.group(1), m.group(3), m.group(4)).filter(PublicationDates::plausible);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** The UTC calendar day of an epoch-milliseconds timestamp (such as an RSS dump's {@code <!--1605891392000-->}). */
    public static PartialDate fromEpochMillis(long millis) {
        return PartialDate.of(LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC));
    }

    /**
     * A value as a YAML or JSON parser returns it: a string, a {@link Date} (read in UTC, which is how YAML
     * parsers build timestamps without a zone), a {@code java.time} value, or an epoch number.
     */
    public static Optional<PartialDate> fromValue(Object value) {
        if (value == null) return Optional.empty();
        if (value instanceof Date d) return Optional.of(PartialDate.of(LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC)));
        if (value instanceof LocalDate d) return Optional.of(PartialDate.of(d));
        if (value instanceof LocalDateTime d) return Optional.of(PartialDate.of(d.toLocalDate()));
        if (value instanceof OffsetDateTime d) return Optional.of(PartialDate.of(d.toLocalDate()));
        if (value instanceof ZonedDateTime d) return Optional.of(PartialDate.of(d.toLocalDate()));
        if (value instanceof Instant i) return Optional.of(PartialDate.of(LocalDate.ofInstant(i, ZoneOffset.UTC)));
        if (value instanceof TemporalAccessor) return Optional.empty();
        return parse(value.toString());
    }

    private static int strength(Matcher label) {
        if (label.group("publication") != null) return 2;
        return label.group("bare") != null ? 1 : 0;
    }

    /** The labels as an alternation, longest first. */
    private static String phrases(Lexicon labels) {
        return labels.longestFirst().stream().map(PublicationDates::phrase).collect(Collectors.joining("|"));
    }

    /** As {@link #phrases}, each label only where it starts a word of its script. */
    private static String wordStarts(Lexicon labels) {
        return labels.longestFirst().stream()
                .map(l -> (Character.isIdeographic(l.codePointAt(0)) ? "(?<![\\p{IsHan}])" : "(?<![\\p{Alpha}])") + phrase(l))
                .collect(Collectors.joining("|"));
    }

    /** One label as a pattern: its words quoted, a space standing for any run of white space. */
    private static String phrase(String label) {
        return Arrays.stream(label.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
    }

    private interface DateOf { Optional<PartialDate> of(Matcher m); }

    private static Optional<Found> match(String s, Pattern p, DateOf dateOf) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            Optional<PartialDate> d = dateOf.of(m).filter(PublicationDates::plausible);
            if (d.isPresent()) {
                Matcher t = TIME_AFTER.matcher(s).region(m.end(), s.length());
                boolean time = t.lookingAt() && Integer.parseInt(t.group(1)) < 24 && Integer.parseInt(t.group(2)) < 60;
                return Optional.of(new Found(d.get(), m.start(), time ? t.end() : m.end(), time));
            }
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> dayFirst(Matcher m, String s) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        // a 12-hour clock after it (4/2/2024 PM, 4/2/2024 3:15 p.m.) marks the American month-first order
        Matcher clock = TWELVE_HOUR.matcher(s).region(m.end(), s.length());
        if (clock.lookingAt()) {
            Optional<PartialDate> mdy = PartialDate.tryOf(year, a, b).filter(d -> d.day() != 0);
            if (mdy.isPresent()) return mdy;
        }
        // Day-first unless only the month-first reading is a date (11/20/2020).
        Optional<PartialDate> dmy = PartialDate.tryOf(year, b, a).filter(d -> d.day() != 0);
        return dmy.isPresent() ? dmy : PartialDate.tryOf(year, a, b).filter(d -> d.day() != 0);
    }

    private static Optional<PartialDate> ymd(String y, String mo, String d) {
        return ymd(y, Integer.parseInt(mo), d);
    }

    private static Optional<PartialDate> ymd(String y, int month, String d) {
        int day = Integer.parseInt(d);
        if (month < 1 || day < 1) return Optional.empty();
        return PartialDate.tryOf(Integer.parseInt(y), month, day);
    }

    private static Optional<PartialDate> ym(String y, String mo) {
        int month = Integer.parseInt(mo);
        if (month < 1) return Optional.empty();
        return PartialDate.tryOf(Integer.parseInt(y), month, 0);
    }

    private static int monthNumber(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 4 + 1;
    }

    private static boolean plausible(PartialDate d) {
        return d.year() >= 1900 && d.year() <= 2100;
    }

    /** Full-width digits and colon to ASCII, keeping every offset. */
    private static String asciiDigits(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c == '／' ? '/' : c;
            if (r != c) {
                if (b == null) b = new StringBuilder(s);
                b.setCharAt(i, r);
            }
        }
        return b == null ? s : b.toString();
    }
}
