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
            return s.equals(n.getURI()) ? "<" + s + ">" : s;
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm().replace('\n', ' ').replace('\r', ' ');
            return lex.length() > 120 ? lex.substring(0, 117) + "..." : lex;
        }
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        return n.toString();
    }
}
