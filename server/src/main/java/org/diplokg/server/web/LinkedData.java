package org.diplokg.server.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.server.rdf.Prefixes;

/**
 * What an IRI dereferences to as RDF: every statement about it in any graph, and the statements that point to it
 * (up to {@link #INCOMING}: an economy is the object of a statement in most documents). A document's IRI also
 * names its graph, so a document gives that whole graph: what was extracted from it.
 */
final class LinkedData {
    private LinkedData() {}

    static final int INCOMING = 500;

    static Graph describe(PageGraph graph, String iri) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(Prefixes.prefixMapping());
        Node n = NodeFactory.createURI(iri);
        var dsg = graph.dataset();
        dsg.find(Node.ANY, n, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        if (Kind.of(iri) == Kind.DOCUMENT && !iri.contains("#")) {
            dsg.find(n, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        }
        var incoming = dsg.find(Node.ANY, Node.ANY, Node.ANY, n);
        int count = 0;
        while (incoming.hasNext() && count < INCOMING) {
            Quad q = incoming.next();
            if (q.getSubject().isBlank()) continue;
            Triple t = q.asTriple();
            if (!out.contains(t)) {
                out.add(t);
                count++;
            }
        }
        return out;
    }
}
