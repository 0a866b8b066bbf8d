package org.diplokg.extractor.text;

/**
 * A fixed set of characters with a constant-time test: {@code chars.indexOf(c) >= 0} on a lexicon's few hundred
 * surnames or transliteration characters scanned the whole string for every character asked about.
 */
public final class CharSet {
    private final boolean[] in = new boolean[Character.MAX_VALUE + 1];

    private CharSet(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) in[chars.charAt(i)] = true;
    }

    public static CharSet of(CharSequence chars) {
        return new CharSet(chars);
    }

    public boolean contains(char c) {
        return in[c];
    }
}
