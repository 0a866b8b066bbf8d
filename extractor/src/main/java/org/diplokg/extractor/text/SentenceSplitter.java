package org.diplokg.extractor.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into sentences at 。！？!?； and at paragraph breaks, keeping closing quotes and
 * brackets with the sentence they close.
 */
public final class SentenceSplitter {
    private SentenceSplitter() {}

    public static List<Span> split(NormalisedText norm) {
        String t = norm.text();
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean paragraphBreak = i + 1 < t.length() && isParagraphBreak(norm, i + 1);
            if (isTerminal(c) || paragraphBreak) {
                int end = i + 1;
                while (end < t.length() && isCloser(t.charAt(end)) && !isParagraphBreak(norm, end)) end++;
                add(out, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(out, start, t.length());
        return out;
    }

    /** A paragraph break in the original (a newline) falls just before normalised character {@code i}. */
    private static boolean isParagraphBreak(NormalisedText norm, int i) {
        if (i <= 0 || i >= norm.length()) return false;
        int from = norm.origin(i - 1) + 1, to = norm.origin(i);
        String o = norm.original();
        for (int k = Math.min(from, to); k < to; k++) if (o.charAt(k) == '\n') return true;
        return false;
    }

    private static boolean isTerminal(char c) {
        return c == '。' || c == '!' || c == '?' || c == ';' || c == '！' || c == '？' || c == '；';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '"' || c == '\'' || c == ')' || c == '）' || c == '」' || c == '』' || c == '》';
    }

    private static void add(List<Span> out, int b, int e) {
        if (e > b) out.add(new Span(b, e));
    }
}
