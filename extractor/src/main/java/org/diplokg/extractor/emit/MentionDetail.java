package org.diplokg.extractor.emit;

/**
 * How much of the text annotation a document graph carries. Mentions are most of a document's quads, and
 * the store loads at a fixed rate of quads, so the default keeps what the queries and entity pages use.
 */
public enum MentionDetail {
    /**
     * One {@code nif:Phrase} per distinct surface form of each entity, at its first occurrence: where and as
     * what the document names it, in four quads (class, {@code nif:anchorOf}, {@code itsrdf:taIdentRef},
     * {@code dkg:recogniser}). Its offsets are those of its IRI, {@code <doc>#char=begin,end} (NIF's RFC 5147
     * scheme, into the string of the context {@code <doc>#char=0,length}); {@code nif:beginIndex},
     * {@code nif:endIndex} and {@code nif:referenceContext} would say the same again in three more quads per phrase
     * (24 % of a real corpus's quads; a first ingest of 2,000 real files took 9 % less CPU without them).
     */
    FIRST,
    /**
     * Every occurrence as a {@code nif:Phrase} with its offsets ({@code nif:beginIndex}, {@code nif:endIndex}),
     * {@code nif:referenceContext}, {@code nif:Sentence}, class ({@code itsrdf:taClassRef}) and confidence: a full
     * NIF annotation of the text, for corpus work.
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
