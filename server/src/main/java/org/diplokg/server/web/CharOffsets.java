package org.diplokg.server.web;

import java.util.Optional;

/**
 * A phrase's offsets as its IRI states them, {@code <doc>#char=begin,end} (NIF's RFC 5147 scheme; UTF-16 code
 * units of the document's text, end exclusive). The default mention model states no {@code nif:beginIndex} /
 * {@code nif:endIndex}: the IRI says the same.
 */
record CharOffsets(int begin, int end) {

    private static final String MARK = "#char=";

    /** The offsets of {@code iri}, when it ends in {@code #char=begin,end} with {@code begin <= end}. */
    static Optional<CharOffsets> ofIri(String iri) {
        if (iri == null) return Optional.empty();
        int at = iri.lastIndexOf(MARK);
        if (at < 0) return Optional.empty();
        String[] parts = iri.substring(at + MARK.length()).split(",", -1);
        if (parts.length != 2) return Optional.empty();
        try {
            int b = Integer.parseInt(parts[0]), e = Integer.parseInt(parts[1]);
            return b >= 0 && b <= e ? Optional.of(new CharOffsets(b, e)) : Optional.empty();
        } catch (NumberFormatException x) {
            return Optional.empty();
        }
    }
}
