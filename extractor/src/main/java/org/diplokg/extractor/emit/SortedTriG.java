package org.diplokg.extractor.emit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * TriG in a fixed order, so that two extractions of the same files give the same bytes (and a diff shows what
 * changed): graphs, subjects, predicates and objects each sorted, numbers inside IRIs compared as numbers
 * ({@code #char=5,24} before {@code #char=12,20}), the graph's own node first and {@code rdf:type} first. No blank
 * nodes are expected (the emitter mints every node an IRI); a blank node is written with its label, which is stable
 * only within one run.
 */
public final class SortedTriG {
    private SortedTriG() {}

    /** Writes {@code quads} as TriG with the prefixes of {@code prefixes}. */
    public static void write(List<Quad> quads, PrefixMap prefixes, Writer out) {
        try {
            for (Map.Entry<String, String> p : new TreeMap<>(prefixes.getMapping()).entrySet()) {
                out.write("PREFIX " + p.getKey() + ": <" + p.getValue() + ">\n");
            }
            Map<Node, Map<Node, Map<Node, List<Node>>>> graphs = new TreeMap<>(NODE_ORDER);
            for (Quad q : quads) {
                graphs.computeIfAbsent(q.getGraph(), g -> new TreeMap<>(subjectOrder(g)))
                        .computeIfAbsent(q.getSubject(), s -> new TreeMap<>(PREDICATE_ORDER))
                        .computeIfAbsent(q.getPredicate(), p -> new ArrayList<>())
                        .add(q.getObject());
            }
            for (Map.Entry<Node, Map<Node, Map<Node, List<Node>>>> g : graphs.entrySet()) {
                out.write("\n" + str(g.getKey(), prefixes) + " {\n");
                for (Map.Entry<Node, Map<Node, List<Node>>> s : g.getValue().entrySet()) subject(s.getKey(), s.getValue(), prefixes, out);
                out.write("}\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void subject(Node subject, Map<Node, List<Node>> predicates, PrefixMap prefixes, Writer out) throws IOException {
        out.write("    " + str(subject, prefixes) + "\n");
        int n = 0;
        for (Map.Entry<Node, List<Node>> p : predicates.entrySet()) {
            List<Node> objects = p.getValue().stream().distinct().sorted(NODE_ORDER).toList();
            List<String> written = new ArrayList<>(objects.size());
            for (Node o : objects) written.add(str(o, prefixes));
            String predicate = p.getKey().equals(RDF.type.asNode()) ? "a" : str(p.getKey(), prefixes);
            out.write("        " + predicate + " " + String.join(" , ", written) + (++n == predicates.size() ? " .\n" : " ;\n"));
        }
    }

    private static String str(Node n, PrefixMap prefixes) {
        return NodeFmtLib.str(n, prefixes);
    }

    /** Nodes by their N-Triples form, digit runs compared as numbers. */
    static final Comparator<Node> NODE_ORDER = Comparator.comparing(NodeFmtLib::strNT, SortedTriG::compareNatural);

    private static final Comparator<Node> PREDICATE_ORDER = Comparator
            .comparing((Node p) -> !p.equals(RDF.type.asNode()))
            .thenComparing(NODE_ORDER);

    /** The graph's own node (the document) first, then the rest in {@link #NODE_ORDER}. */
    private static Comparator<Node> subjectOrder(Node graph) {
        return Comparator.comparing((Node s) -> !s.equals(graph)).thenComparing(NODE_ORDER);
    }

    /** Compares strings with runs of ASCII digits taken as numbers: a2 &lt; a10. */
    static int compareNatural(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i), y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int ie = i, je = j;
                while (ie < a.length() && isDigit(a.charAt(ie))) ie++;
                while (je < b.length() && isDigit(b.charAt(je))) je++;
                String dx = a.substring(i, ie).replaceFirst("^0+(?=.)", ""), dy = b.substring(j, je).replaceFirst("^0+(?=.)", "");
                int c = dx.length() != dy.length() ? Integer.compare(dx.length(), dy.length()) : dx.compareTo(dy);
                if (c != 0) return c;
                i = ie;
                j = je;
            } else {
                if (x != y) return Character.compare(x, y);
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
