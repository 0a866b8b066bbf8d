package org.diplokg.extractor.dates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A calendar date known to the precision the text gives: a year, a year and month, or a full day.
 * Month and day are 0 when unknown. {@link #iso()} writes it at that precision (2021, 2021-11, 2021-11-12).
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (month < 0 || month > 12) throw new IllegalArgumentException("month " + month);
        if (day < 0 || day > 31) throw new IllegalArgumentException("day " + day);
        if (month == 0 && day != 0) throw new IllegalArgumentException("day without month");
        if (day != 0) LocalDate.of(year, month, day); // validates 2021-02-30 and the like
    }

    public static PartialDate ofYear(int year) { return new PartialDate(year, 0, 0); }

    public static PartialDate ofMonth(int year, int month) { return new PartialDate(year, month, 0); }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** A day, a month or a year, or empty when the values are not a real date. */
    public static Optional<PartialDate> tryOf(int year, int month, int day) {
        try {
            return Optional.of(new PartialDate(year, month, day));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Parses 2021, 2021-11 or 2021-11-12. */
    public static PartialDate parseIso(String iso) {
        String[] p = iso.trim().split("-");
        return switch (p.length) {
            case 1 -> ofYear(Integer.parseInt(p[0]));
            case 2 -> ofMonth(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
            case 3 -> new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            default -> throw new IllegalArgumentException("not an ISO date: " + iso);
        };
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    public Optional<LocalDate> toLocalDate() {
        return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    public String iso() {
        StringBuilder b = new StringBuilder(10);
        pad(b, year, 4);
        if (precision() != Precision.YEAR) pad(b.append('-'), month, 2);
        if (precision() == Precision.DAY) pad(b.append('-'), day, 2);
        return b.toString();
    }

    /** As {@code %0Nd} (hot: every date literal goes through here, and String.format showed in profiles). */
    private static void pad(StringBuilder b, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) b.append('0');
        b.append(s);
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) c = Integer.compare(month, o.month);
        if (c == 0) c = Integer.compare(day, o.day);
        return c;
    }

    @Override
    public String toString() { return iso(); }
}
