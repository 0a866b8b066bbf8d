package org.diplokg.server.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

/** What the store keeps of a graph beside its quads: the sha256 of what it was made from (to skip unchanged files). */
public final class StoredGraph {
    private StoredGraph() {}

    /** The graph's quads plus {@code <graph> dkg:sha256 "…"} in the graph itself. */
    public static List<Quad> withHash(String graphIri, List<Quad> quads, String sha256) {
        Node g = NodeFactory.createURI(graphIri);
        List<Quad> all = new ArrayList<>(quads.size() + 1);
        all.addAll(quads);
        all.add(Quad.create(g, g, Store.SHA256, NodeFactory.createLiteralString(sha256)));
        return all;
    }
}
