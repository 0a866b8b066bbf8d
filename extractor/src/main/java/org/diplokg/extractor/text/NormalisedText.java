package org.diplokg.extractor.text;

/**
 * The body text as the recognisers see it: simplified script, full-width forms folded (NFKC per character),
 * dashes and middle dots unified, ASCII lower-cased, white space and inline pinyin readings removed.
 * {@link #origin(int)} maps every character back to its offset in the original text, so mentions found here
 * carry offsets into the stored body.
 */
public final class NormalisedText {
    private final String original;
    private final String text;
    private final int[] origin;
    private final boolean[] spaceBefore;

    NormalisedText(String original, String text, int[] origin, boolean[] spaceBefore) {
        this.original = original;
        this.text = text;
        this.origin = origin;
        this.spaceBefore = spaceBefore;
    }

    public String original() { return original; }

    public String text() { return text; }

    public int length() { return text.length(); }

    public char charAt(int i) { return text.charAt(i); }

    /** Offset in the original text of normalised character {@code i}; {@code i == length()} maps to the original end. */
    public int origin(int i) {
        return i >= origin.length ? original.length() : origin[i];
    }

    /** The original span covering normalised [begin, end). */
    public Span originalSpan(int begin, int end) {
        int b = origin(begin);
        int e = end == 0 ? b : origin(end - 1) + 1;
        // a surrogate pair or a folded sequence: extend to the next kept character's start
        if (end < origin.length && origin(end) > e && Character.isLowSurrogate(original.charAt(e))) e++;
        return new Span(b, Math.max(b, e));
    }

    /** The original text of normalised [begin, end). */
    public String originalText(int begin, int end) {
        Span s = originalSpan(begin, end);
        return original.substring(s.begin(), s.end());
    }

    /** The first normalised character at or after original offset {@code originalOffset} (origins only grow). */
    public int normalisedIndex(int originalOffset) {
        int lo = 0, hi = origin.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (origin[mid] < originalOffset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Whether white space stood in the original between character {@code i-1} and character {@code i}. */
    public boolean spaceBefore(int i) {
        return i < spaceBefore.length && spaceBefore[i];
    }
}
