package org.diplokg.server.query;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/** A node as a person reads it in a table: prefixed IRIs, literals without quotes or datatypes. */
final class NodeText {
    private NodeText() {}

    static String of(Node n, PrefixMapping pm) {
        if (n == null) return "";
        if (n.isURI()) {
            String s = pm.shortForm(n.getURI());
            return readable(s.equals(n.getURI()) ? "<" + s + ">" : s);
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm().replace('\n', ' ').replace('\r', ' ');
            return lex.length() > 120 ? lex.substring(0, 117) + "..." : lex;
        }
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        return n.toString();
    }

    /** Percent-encoded UTF-8 shown as the characters it encodes (id:meeting/%E5%85%A8… → id:meeting/全…). */
    static String readable(String iri) {
        if (iri.indexOf('%') < 0) return iri;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < iri.length(); ) {
            char c = iri.charAt(i);
            if (c == '%' && i + 2 < iri.length() && hex(iri.charAt(i + 1)) >= 0 && hex(iri.charAt(i + 2)) >= 0) {
                bytes.write(hex(iri.charAt(i + 1)) * 16 + hex(iri.charAt(i + 2)));
                i += 3;
                continue;
            }
            flush(bytes, out);
            out.append(c);
            i++;
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(java.io.ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() == 0) return;
        byte[] b = bytes.toByteArray();
        bytes.reset();
        java.nio.charset.CharsetDecoder dec = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
        try {
            String s = dec.decode(java.nio.ByteBuffer.wrap(b)).toString();
            // Keep characters that would change the IRI's structure or are invisible encoded.
            if (s.chars().allMatch(ch -> ch > 0x7F)) {
                out.append(s);
                return;
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            // not UTF-8: keep the escapes
        }
        for (byte x : b) out.append('%').append(String.format("%02X", x & 0xFF));
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
