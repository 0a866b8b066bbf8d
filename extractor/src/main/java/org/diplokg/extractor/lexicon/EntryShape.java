package org.diplokg.extractor.lexicon;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.diplokg.extractor.text.Scripts;

/** What every entry of a lexicon must look like; {@link #check} says why one does not. */
public enum EntryShape {
    /** Han characters only (and the middle dot of transliterated names): 国家主席, 委员会. */
    HAN,
    /** One Han character: 的, 省. */
    CHAR,
    /** Han characters, Latin letters, digits and the punctuation names are written with: APEC工商咨询理事会. */
    MIXED,
    /** Latin letters, digits, spaces and dots: Mr., Ministry of Commerce. */
    LATIN,
    /** A regular-expression fragment (it must compile on its own). */
    REGEX;

    private static final Pattern MIXED_ENTRY = Pattern.compile("[\\p{IsHan}\\p{L}\\p{N}·・.&'’()（）\\-—－ ]+");
    private static final Pattern LATIN_ENTRY = Pattern.compile("[\\p{IsLatin}\\p{N} .&'’\\-]+");

    public static EntryShape parse(String word) {
        return valueOf(word.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** Why {@code entry} does not fit this shape, or null when it does. */
    public String check(String entry) {
        if (entry.isBlank()) return "empty entry";
        if (!entry.equals(entry.strip())) return "leading or trailing white space";
        return switch (this) {
            case HAN -> Scripts.allHan(entry, "·") ? null : "not all Han characters";
            case CHAR -> entry.codePointCount(0, entry.length()) == 1 && Scripts.isHan(entry.codePointAt(0))
                    ? null : "not one Han character";
            case MIXED -> MIXED_ENTRY.matcher(entry).matches() ? null : "characters a name is not written with";
            case LATIN -> LATIN_ENTRY.matcher(entry).matches() ? null : "not Latin letters and digits";
            case REGEX -> compiles(entry);
        };
    }

    private static String compiles(String entry) {
        try {
            Pattern.compile(entry);
            return null;
        } catch (PatternSyntaxException e) {
            return "does not compile: " + e.getDescription();
        }
    }
}
