package org.diplokg.server.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextDocProducer;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplokg.server.store.SummaryGraph;
import org.diplokg.server.store.SummaryTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the text index current with every write through the text dataset (batched ingest, SPARQL update, the Graph
 * Store Protocol): it notes the subjects whose indexed values a transaction adds or deletes, and when the transaction
 * commits (before the store's own commit, still inside it) rewrites their documents from the store
 * ({@link IndexDocuments}). The index's commit is part of TDB2's, so readers see both or neither.
 *
 * <p>Named in {@code config.ttl} as the dataset's {@code text:textDocProducer} (jena-text builds it with the TDB2
 * dataset and the index) and used the same way by the command line's store. When it is made for an index with no
 * documents over a store that has names or texts (a database made before the index existed), it builds the index
 * first: a server or command started on an old database rebuilds its index at start.
 */
public final class EntityDocProducer implements TextDocProducer {

    private static final Logger LOG = LoggerFactory.getLogger(EntityDocProducer.class);

    private final DatasetGraph base;
    private final IndexDocuments documents;
    /** Per thread: read transactions on other threads start and finish while one writer works. */
    private final ThreadLocal<Set<Node>> touched = ThreadLocal.withInitial(LinkedHashSet::new);

    public EntityDocProducer(DatasetGraph base, TextIndex index) {
        this.base = base;
        this.documents = new IndexDocuments(index);
        if (!completeBulkLoad()) buildIfMissing();
    }

    /**
     * A bulk load leaves the shared summary rows and the index to its last transaction and marks the store until then
     * ({@link SummaryGraph#pending}); a store still marked was left by a load that died half-way. Its summary and index
     * are made from the store here, before anything reads or writes it (a rerun of the ingest then adds the files
     * that were missing, incrementally). Returns whether there was such a load to complete.
     */
    private boolean completeBulkLoad() {
        DatasetGraph tdb = SummaryTracker.tdb2(base);
        if (tdb == null || !Txn.calculateRead(tdb, () -> SummaryGraph.pending(tdb))) return false;
        long t0 = System.nanoTime();
        LOG.warn("A bulk load into this database did not finish: completing its summary graph and text index");
        Txn.executeWrite(tdb, () -> {
            SummaryGraph.recompute(tdb); // removes the mark; the index commits first, so a failure keeps the mark
            documents.rebuild(tdb);
        });
        LOG.info("Summary graph and text index completed in {} s", String.format("%.1f", (System.nanoTime() - t0) / 1e9));
        return true;
    }

    private void buildIfMissing() {
        if (documents.documentCount() > 0) return;
        Txn.executeRead(base, () -> {
            if (!documents.storeHasIndexedValues(base)) return;
            long t0 = System.nanoTime();
            LOG.info("The text index is empty and the database is not: building it");
            int n = documents.rebuild(base);
            LOG.info("Text index built: {} entries in {} s", n, String.format("%.1f", (System.nanoTime() - t0) / 1e9));
        });
    }

    @Override
    public void start() {
        touched.get().clear();
    }

    @Override
    public void finish() {
        Set<Node> subjects = touched.get();
        if (subjects.isEmpty()) return;
        try {
            documents.update(base, subjects);
        } finally {
            subjects.clear();
        }
    }

    @Override
    public void reset() {
        touched.get().clear();
    }

    @Override
    public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
        if ((action == TextQuadAction.ADD || action == TextQuadAction.DELETE) && documents.indexes(p)) touched.get().add(s);
    }
}
