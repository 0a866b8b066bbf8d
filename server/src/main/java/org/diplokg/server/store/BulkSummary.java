package org.diplokg.server.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The summary graph of a bulk load into an empty store, made as the documents go by rather than at each commit.
 * A document's own rows are loaded with it; the rows shared by documents (meetings, entities, pairs, classes, years)
 * are read from the store once, at the end, for every key the load met. Recomputing the touched shared rows at every
 * bulk commit instead read the rows of popular entities (中国, RCEP: in most documents) again at each of them, a cost
 * that grew with the store. Until the end the store holds {@link SummaryGraph#PENDING}, so a load that dies half-way
 * leaves a store that says its summary is incomplete.
 */
final class BulkSummary {

    private static final Node SOURCE_FILE = Ingester.SOURCE_FILE;

    private final SummaryGraph.Totals totals = new SummaryGraph.Totals();
    private final Set<Node> written = new HashSet<>();
    /** Documents that got another {@code dkg:sourceFile} after they were written (a copy under another path). */
    private final Set<Node> amended = new HashSet<>();
    /** Something other than whole new documents and extra paths was written: recompute at the end. */
    private boolean recompute;

    /** A whole graph written: for a document, its own summary rows, to load with it. */
    List<Quad> written(Node graph, List<Quad> quads) {
        if (!SummaryGraph.isDocumentGraph(graph) || recompute) return List.of();
        if (!written.add(graph)) {
            recompute = true; // written twice: the loader merged them, the totals cannot tell
            return List.of();
        }
        List<Quad> rows = new java.util.ArrayList<>();
        totals.add(SummaryContribution.of(graph, quads.iterator()), rows::add);
        return rows;
    }

    /** Quads added to graphs that may hold others. */
    void added(List<Quad> quads) {
        for (Quad q : quads) {
            Node g = q.getGraph();
            if (!SummaryGraph.isDocumentGraph(g)) continue;
            if (written.contains(g) && q.getSubject().equals(g) && q.getPredicate().equals(SOURCE_FILE)) amended.add(g);
            else recompute = true;
        }
    }

    /**
     * Completes the summary inside the load's last transaction: the shared rows go to {@code out} (the loader), the
     * rows of documents that gained a path are rewritten, and the pending mark is removed.
     */
    void complete(DatasetGraph dsg, Consumer<Quad> out) {
        if (recompute) {
            SummaryGraph.recompute(dsg); // also removes the mark
            return;
        }
        totals.sharedRows(dsg, out);
        for (Node doc : amended) {
            SummaryContribution now = SummaryContribution.read(dsg, doc);
            dsg.deleteAny(SummaryGraph.G, SummaryGraph.documentRowIri(doc), Node.ANY, Node.ANY);
            SummaryGraph.documentRow(now).forEach(dsg::add);
        }
        dsg.delete(SummaryGraph.PENDING);
    }
}
