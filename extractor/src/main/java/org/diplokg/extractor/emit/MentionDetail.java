package org.diplokg.extractor.emit;

/**
 * How much of the text annotation a document graph carries. Mentions are most of a document's quads, and
 * the store loads at a fixed rate of quads, so the default keeps what the queries and entity pages use.
 */
public enum MentionDetail {
    /**
     * One {@code nif:Phrase} per distinct surface form of each entity, at its first occurrence: where and as
     * what the document names it. About a third of the quads of {@link #ALL}.
     */
    FIRST,
    /**
     * Every occurrence as a {@code nif:Phrase} with its {@code nif:Sentence}, class ({@code itsrdf:taClassRef})
     * and confidence: a full NIF annotation of the text, for corpus work.
     */
    ALL;

    /** The value of a {@code --mentions} option: {@code first} or {@code all}. */
    public static MentionDetail parse(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "first" -> FIRST;
            case "all" -> ALL;
            default -> throw new IllegalArgumentException("--mentions takes first or all, not " + s);
        };
    }
}
