package org.diplokg.bench;

/** Writes 1–99 in Chinese numerals as ordinals are written in news (二十八, 十一, 十). */
final class ChineseNumber {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumber() {}

    static String of(int n) {
        if (n < 1 || n > 99) throw new IllegalArgumentException("only 1 to 99: " + n);
        if (n < 10) return String.valueOf(DIGITS.charAt(n));
        int tens = n / 10, units = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (units == 0 ? "" : String.valueOf(DIGITS.charAt(units)));
    }
}
