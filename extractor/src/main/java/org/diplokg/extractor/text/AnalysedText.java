package org.diplokg.extractor.text;

import java.util.ArrayList;
import java.util.List;
import org.diplokg.extractor.dates.PartialDate;

/**
 * A document body ready for recognition: the normalised text, its sentences (normalised offsets) and HanLP's
 * tokens (normalised offsets), and the stories of a multi-story document (empty for one story). Built once per
 * document by {@link #of(String, HanLp)}; stories are added by {@link #withStories}.
 */
public record AnalysedText(NormalisedText text, List<Span> sentences, List<Token> tokens, boolean[] boundaries,
        List<StorySpan> stories) {

    public AnalysedText {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        stories = List.copyOf(stories);
    }

    public AnalysedText(NormalisedText text, List<Span> sentences, List<Token> tokens, boolean[] boundaries) {
        this(text, sentences, tokens, boundaries, List.of());
    }

    public AnalysedText(NormalisedText text, List<Span> sentences, List<Token> tokens) {
        this(text, sentences, tokens, boundaries(text.length(), tokens));
    }

    private AnalysedText(NormalisedText text, List<Span> sentences, Tokens tokens) {
        this(text, sentences, tokens.list, tokens.boundaries);
    }

    /**
     * This text split into stories starting at the given original offsets (with their titles and dates); each story
     * runs to the next one's start. Fewer than two starts leave the text one story.
     */
    public AnalysedText withStories(List<Integer> originalStarts, List<String> titles, List<PartialDate> dates) {
        if (originalStarts.size() < 2) return this;
        List<StorySpan> out = new ArrayList<>();
        for (int i = 0; i < originalStarts.size(); i++) {
            int begin = i == 0 ? 0 : text.normalisedIndex(originalStarts.get(i));
            int end = i + 1 < originalStarts.size() ? text.normalisedIndex(originalStarts.get(i + 1)) : text.length();
            if (end > begin) out.add(new StorySpan(new Span(begin, end), titles.get(i), dates.get(i)));
        }
        return new AnalysedText(text, sentences, tokens, boundaries, out);
    }

    /** Index of the story holding normalised offset {@code offset}; 0 for a text of one story. */
    public int storyAt(int offset) {
        int found = 0;
        for (int i = 0; i < stories.size(); i++) {
            if (stories.get(i).span().begin() <= offset) found = i;
            else break;
        }
        return found;
    }

    /** The story holding {@code offset}, or null for a text of one story. */
    public StorySpan story(int offset) {
        return stories.isEmpty() ? null : stories.get(storyAt(offset));
    }

    /** Tokens and their boundaries, collected in one pass over HanLP's terms. */
    private record Tokens(List<Token> list, boolean[] boundaries) {}

    private static boolean[] boundaries(int length, List<Token> tokens) {
        boolean[] b = new boolean[length + 1];
        for (Token t : tokens) {
            b[Math.min(length, t.begin())] = true;
            b[Math.min(length, t.end())] = true;
        }
        return b;
    }

    /** Normalises {@code body}, splits it into sentences and segments it with {@code hanLp}. */
    public static AnalysedText of(String body, HanLp hanLp) {
        NormalisedText norm = TextNormaliser.normalise(body);
        List<Span> sentences = SentenceSplitter.split(norm);
        // one HanLP call per paragraph, not per sentence: each call has a fixed cost, and words never cross a paragraph
        List<Token> tokens = new ArrayList<>(norm.length() / 2);
        boolean[] boundaries = new boolean[norm.length() + 1];
        for (Span p : paragraphs(norm, sentences)) {
            hanLp.segment(norm.text().substring(p.begin(), p.end()), p.begin(), t -> {
                tokens.add(t);
                boundaries[Math.min(norm.length(), t.begin())] = true;
                boundaries[Math.min(norm.length(), t.end())] = true;
            });
        }
        return new AnalysedText(norm, sentences, new Tokens(tokens, boundaries));
    }

    /** Runs of sentences with no paragraph break between them. */
    private static List<Span> paragraphs(NormalisedText norm, List<Span> sentences) {
        List<Span> out = new ArrayList<>();
        int start = -1, end = -1;
        for (Span s : sentences) {
            boolean breakBefore = start >= 0 && hasNewline(norm.original(), norm.origin(end - 1) + 1, norm.origin(s.begin()));
            if (start < 0) {
                start = s.begin();
            } else if (breakBefore) {
                out.add(new Span(start, end));
                start = s.begin();
            }
            end = s.end();
        }
        if (start >= 0) out.add(new Span(start, end));
        return out;
    }

    /** Whether {@code s} has a line break in [from, to) (without copying the stretch, as a substring did). */
    private static boolean hasNewline(String s, int from, int to) {
        if (from > to) throw new StringIndexOutOfBoundsException(from + " > " + to);
        for (int i = from; i < to; i++) if (s.charAt(i) == '\n') return true;
        return false;
    }

    public String normalised() { return text.text(); }

    /** Index of the sentence holding normalised offset {@code offset}, or -1. */
    public int sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (offset < s.begin()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /** Groups items by the sentence their start falls in (index = sentence number); one pass instead of a scan per sentence. */
    public <T> List<List<T>> bySentence(List<T> items, java.util.function.ToIntFunction<T> begin) {
        List<List<T>> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) out.add(new ArrayList<>());
        for (T item : items) {
            int s = sentenceAt(begin.applyAsInt(item));
            if (s >= 0) out.get(s).add(item);
        }
        return out;
    }

    /** Index of the first token starting at or after {@code offset}. */
    public int tokenIndexAt(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Whether a token boundary of HanLP's segmentation falls at {@code offset}. */
    public boolean isTokenBoundary(int offset) {
        return offset >= 0 && offset < boundaries.length && boundaries[offset];
    }
}
