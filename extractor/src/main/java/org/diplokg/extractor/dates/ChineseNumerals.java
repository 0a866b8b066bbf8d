package org.diplokg.extractor.dates;

/** Reads numbers written with Arabic digits or Chinese numerals: 28, 二十八, 二〇二一, 十一, 一百零五. */
public final class ChineseNumerals {
    private ChineseNumerals() {}

    /** The digits one to nine in order of value, so that {@code ONE_TO_NINE.substring(0, n)} is 一 … n. */
    public static final String ONE_TO_NINE = "一二三四五六七八九";
    /**
     * Zero: 〇 digit by digit (二〇二一), 零 inside a number (一百零五); Taiwan and Hong Kong texts often type the zero of
     * a year as a white circle, ○ or ◯ (二○二○年, 民國一○九年), and some as the digit 0 (二0二五年; the full-width ０ is
     * folded to it).
     */
    public static final String ZEROS = "〇零\u25cb\u25ef0";
    /** 两, two before a unit (两千). */
    public static final char ALT_TWO = '两';
    public static final char TEN = '十';
    /** Every digit character, zero to nine and 两. */
    public static final String DIGITS = ZEROS + ONE_TO_NINE + ALT_TWO;

    /** The value, or -1 when the text is not a number. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) return -1;
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 9 ? -1 : Integer.parseInt(s);
        }
        // digit by digit (二〇二一) when there is no unit character
        if (s.chars().allMatch(c -> DIGITS.indexOf(c) >= 0)) {
            int v = 0;
            for (char c : s.toCharArray()) v = v * 10 + digit(c);
            return v;
        }
        int total = 0, section = 0, current = 0;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                current = d;
            } else if (c == TEN) {
                section += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                section += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else if (c == '千') {
                section += (current == 0 ? 1 : current) * 1000;
                current = 0;
            } else if (c == '万') {
                total += (section + current) * 10000;
                section = 0;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + section + current;
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零', '\u25cb', '\u25ef', '0' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
