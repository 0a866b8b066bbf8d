package org.diplokg.extractor.text;

/**
 * A word from HanLP's segmentation: its text, part-of-speech tag and offsets in the normalised text.
 * Tags of interest: nr/nrf/nrj (person names), ns (places), nt (organisations), nnt (titles), v (verbs), w (punctuation).
 */
public record Token(String word, String tag, int begin) {
    public int end() { return begin + word.length(); }

    public boolean isPersonName() { return tag.startsWith("nr"); }

    public boolean isTitle() { return tag.equals("nnt") || tag.equals("nnd"); }

    public boolean isVerb() { return tag.startsWith("v") && !tag.equals("vn"); }

    public boolean isPunctuation() { return tag.equals("w"); }
}
