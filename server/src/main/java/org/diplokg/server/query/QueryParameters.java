package org.diplokg.server.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * Values given on the command line as {@code var=value}, bound into a query before it runs. A value
 * is read as: {@code <iri>}, a quoted literal, or a number in Turtle syntax; {@code prefix:local}
 * when the query or the project declares the prefix; an absolute IRI ({@code https://…}); otherwise
 * a plain string.
 */
public final class QueryParameters {
    private QueryParameters() {}

    /** Parses {@code var=value} items; a malformed item is an {@link IllegalArgumentException}. */
    public static Map<String, Node> parse(List<String> items, PrefixMapping prefixes) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (String item : items) {
            int eq = item.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--param wants var=value, got: " + item);
            String var = item.substring(0, eq).strip().replaceFirst("^[?$]", "");
            if (!var.matches("[A-Za-z_][A-Za-z0-9_]*")) throw new IllegalArgumentException("not a variable name: " + var);
            out.put(var, node(item.substring(eq + 1).strip(), prefixes));
        }
        return out;
    }

    static Node node(String value, PrefixMapping prefixes) {
        if (value.startsWith("<") && value.endsWith(">")) return NodeFactory.createURI(value.substring(1, value.length() - 1));
        if (value.startsWith("\"") || value.startsWith("'") || value.matches("[+-]?\\d+(\\.\\d+)?")) {
            try {
                return NodeFactoryExtra.parseNode(value, PrefixMapFactory.create(prefixes));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cannot read the value " + value + ": " + e.getMessage());
            }
        }
        int colon = value.indexOf(':');
        if (colon > 0) {
            String prefix = value.substring(0, colon);
            String ns = prefixes.getNsPrefixURI(prefix);
            if (ns != null && !value.startsWith(prefix + "://")) return NodeFactory.createURI(ns + value.substring(colon + 1));
            if (value.matches("[A-Za-z][A-Za-z0-9+.-]*:\\S+")) return NodeFactory.createURI(value);
        }
        return NodeFactory.createLiteralString(value);
    }

    /** The query with each bound variable replaced by its value (also usable as text sent to a server). */
    public static Query bind(Query query, Map<String, Node> values) {
        if (values.isEmpty()) return query;
        Map<Var, Node> subst = new LinkedHashMap<>();
        values.forEach((k, v) -> subst.put(Var.alloc(k), v));
        return QueryTransformOps.syntaxSubstitute(query, subst);
    }
}
