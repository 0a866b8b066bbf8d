package org.diplokg.extractor.text;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds {@link NormalisedText}; also normalises labels the same way so that they match. */
public final class TextNormaliser {

    /** Pinyin readings some sites inject after characters: 經(jīng). Only spans with a tone mark count. */
    private static final Pattern INJECTED_PINYIN =
            Pattern.compile("[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]");

    private TextNormaliser() {}

    public static NormalisedText normalise(String original) {
        String simplified = simplifiedSameLength(original);
        boolean[] drop = new boolean[original.length()];
        Matcher m = INJECTED_PINYIN.matcher(original);
        boolean pinyin = hasToneMark(original);
        while (pinyin && m.find()) {
            if (m.start() > 0 && Scripts.isHan(original.codePointAt(m.start() - 1))) {
                for (int i = m.start(); i < m.end(); i++) drop[i] = true;
            }
        }
        // Arrays rather than a StringBuilder: with the builder's appends inlined this method compiled to ~38 KB of code
        // (0.7 s of C2 time in a 2,000-file ingest). The text never grows: an inserted space replaces a dropped one.
        char[] out = new char[original.length()];
        int n = 0;
        int[] origin = new int[original.length()];
        boolean[] spaceBefore = new boolean[original.length() + 1];
        boolean pendingSpace = false, pendingNewline = false;
        for (int i = 0; i < simplified.length(); i++) {
            if (drop[i]) continue;
            char c = fold(simplified.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                pendingSpace = true;
                pendingNewline |= c == '\n';
                continue;
            }
            // keep one space between two ASCII letters or digits (2021-06-23 23:12, Donald Trump)
            // (not across a paragraph break, which the sentence splitter must still see)
            if (pendingSpace && !pendingNewline && isAsciiAlnum(c) && n > 0 && isAsciiAlnum(out[n - 1])) {
                origin[n] = i - 1;
                out[n++] = ' ';
            }
            origin[n] = i;
            spaceBefore[n] = pendingSpace;
            pendingSpace = false;
            pendingNewline = false;
            out[n++] = c;
        }
        int[] o = new int[n];
        System.arraycopy(origin, 0, o, 0, n);
        boolean[] s = new boolean[n];
        System.arraycopy(spaceBefore, 0, s, 0, n);
        return new NormalisedText(original, new String(out, 0, n), o, s);
    }

    /** Every tone-marked vowel of pinyin lies in U+00E0–U+01DC; most texts have none, and then the pattern need not run. */
    private static boolean hasToneMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u00e0' && c <= '\u01dc') return true;
        }
        return false;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** A label or name normalised as the text is: simplified, folded, no white space. */
    public static String key(String label) {
        return normalise(label).text();
    }

    /** Whether a character is one of the dashes this normaliser folds to '-' (—, –, －, ─ …) or '-' itself. */
    public static boolean isDash(char c) {
        return fold(c) == '-';
    }

    /** Folds one character: NFKC where it stays one character, unified dashes and dots, lower-case ASCII. */
    static char fold(char c) {
        switch (c) {
            // ─ and ━ (box drawing) stand for the dash in names typed with some Chinese input methods (中国─东盟): sets D
            // and E wrote three agreement titles so, which the reference's 中国—东盟 did not match
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uff0d', '\ufe63', '\ufe58', '\u2e3a',
                    '\u2500', '\u2501':
                return '-';
            case '\u00b7', '\u30fb', '\u2022', '\u2027', '\uff65', '\u0387':
                return '·';
            case '\u3000':
                return ' ';
            default:
                break;
        }
        if (c < 0x80) return Character.toLowerCase(c);
        if (c >= 0xff01 && c <= 0xff5e) return Character.toLowerCase((char) (c - 0xfee0)); // full-width ASCII
        if (Character.isSurrogate(c)) return c;
        // unified ideographs and kana are their own NFKC form: skip the costly normaliser for them
        if (c >= 0x4e00 && c <= 0x9fff || c >= 0x3040 && c <= 0x30ff && c != 0x30fb) return c;
        String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        if (n.length() == 1) {
            char f = n.charAt(0);
            return f < 0x80 ? Character.toLowerCase(f) : f;
        }
        return c;
    }

    /** HanLP's phrase-aware conversion when it keeps the length (nearly always), else character by character. */
    static String simplifiedSameLength(String text) {
        String s = HanLp.toSimplified(text);
        if (s.length() == text.length()) return s;
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || c < 0x2e80) {
                b.append(c);
                continue;
            }
            String one = HanLp.toSimplified(String.valueOf(c));
            b.append(one.length() == 1 ? one.charAt(0) : c);
        }
        return b.toString();
    }
}
