package org.diplokg.extractor.read;

import org.diplokg.extractor.text.Scripts;

/** Character classes and measures shared by the readers. */
final class Texts {

    private Texts() {}

    /** Whitespace in the wide sense: ASCII and Unicode spaces, no-break space, ideographic space, zero-width space. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\u2007'
                || c == '\u202F' || c == '\uFEFF';
    }

    /** Trims wide whitespace (indentation with ideographic spaces and &amp;nbsp; included). */
    static String trim(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) b++;
        while (e > b && isSpace(s.charAt(e - 1))) e--;
        return s.substring(b, e);
    }

    /** A CJK ideograph, kana, hangul, or full-width / CJK punctuation: text written without spaces between words. */
    static boolean isWide(char c) {
        if (c >= '\u3000' && c <= '\u303F') return true;          // CJK symbols and punctuation
        if (c >= '\uFF00' && c <= '\uFFEF') return true;          // full-width forms
        if (c >= '\u2018' && c <= '\u201D') return true;          // curly quotes used as Chinese quotes
        if (c == '\u2014' || c == '\u2026' || c == '\u00B7') return true;
        return Scripts.isCjk(c);
    }

    /** How much reading text a string holds: a Han character counts 1, three Latin letters or digits count 1. */
    static double weight(CharSequence s) {
        int han = 0;
        int alnum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Scripts.isHan(c)) han++;
            else if (Character.isLetterOrDigit(c)) alnum++;
        }
        return han + alnum / 3.0;
    }

    /** Characters that are not whitespace: the measure for link density. */
    static int visible(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) n++;
        }
        return n;
    }
}
