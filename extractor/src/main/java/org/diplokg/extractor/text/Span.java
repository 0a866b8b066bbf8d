package org.diplokg.extractor.text;

/** A half-open character range [begin, end). */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) throw new IllegalArgumentException(begin + "," + end);
    }

    public int length() { return end - begin; }

    public boolean contains(int offset) { return offset >= begin && offset < end; }

    public boolean contains(Span other) { return other.begin >= begin && other.end <= end; }

    public boolean overlaps(Span other) { return begin < other.end && other.begin < end; }
}
