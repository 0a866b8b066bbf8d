package org.diplokg.extractor.text;

/** The one home of script tests: is a character, a code point or a string written in Han characters. */
public final class Scripts {
    private Scripts() {}

    /** The common ideographs by range (the hot path); the Unicode script lookup only for the rare rest. */
    public static boolean isHan(int codePoint) {
        if (codePoint >= 0x4e00 && codePoint <= 0x9fff) return true;
        return codePoint >= 0x2e80 && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Whether the string has at least one Han character. */
    public static boolean anyHan(CharSequence s) {
        return s.codePoints().anyMatch(Scripts::isHan);
    }

    /** Whether the string is not empty and every character is Han, or one of {@code alsoAllowed} (e.g. "·"). */
    public static boolean allHan(CharSequence s, String alsoAllowed) {
        return !s.isEmpty() && s.codePoints().allMatch(c -> isHan(c) || alsoAllowed.indexOf(c) >= 0);
    }

    /** Han, kana or hangul: East Asian writing where words are not separated by spaces. */
    public static boolean isCjk(int codePoint) {
        Character.UnicodeScript s = Character.UnicodeScript.of(codePoint);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }
}
