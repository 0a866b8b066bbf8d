package org.diplokg.server.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Collects what an emitter sends into one graph. Triples and default-graph quads land in that graph;
 * a quad naming another graph is a broken promise of the emitter and fails loudly rather than
 * spilling into someone else's graph.
 */
public final class QuadCollector implements StreamRDF {
    private final Node graph;
    private final List<Quad> quads = new ArrayList<>();
    private final PrefixMap prefixes = PrefixMapFactory.create();

    public QuadCollector(Node graph) {
        this.graph = graph;
    }

    public Node graph() { return graph; }

    public List<Quad> quads() { return quads; }

    /** Prefixes the emitter declared (for writing readable files). */
    public PrefixMap prefixes() { return prefixes; }

    @Override
    public void triple(Triple triple) {
        quads.add(Quad.create(graph, triple));
    }

    @Override
    public void quad(Quad quad) {
        if (quad.isDefaultGraph() || quad.getGraph() == null) {
            quads.add(Quad.create(graph, quad.asTriple()));
        } else if (quad.getGraph().equals(graph)) {
            quads.add(quad);
        } else {
            throw new IllegalStateException("a quad outside the graph " + graph.getURI() + ": " + quad.getGraph());
        }
    }

    @Override
    public void prefix(String prefix, String iri) {
        prefixes.add(prefix, iri);
    }

    @Override public void start() {}
    @Override public void base(String base) {}
    @Override public void finish() {}
}
