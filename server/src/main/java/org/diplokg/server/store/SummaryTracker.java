package org.diplokg.server.store;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Keeps {@link SummaryGraph} current in the same transaction as the document graphs. Whoever writes a document
 * graph calls {@link #touch} before changing it (the sinks of ingest and load, the server's write endpoints), which
 * records what the graph contributed before; when the write transaction commits, TDB2's coordinator calls
 * {@link #notifyPrepareStart} on the writing thread while the transaction is still open, and the summary rows of
 * every touched graph are brought up to date there, so they commit (or abort) with the documents. A write to the
 * reference graph rebuilds the whole summary (reference names and counts are in many rows).
 */
public final class SummaryTracker implements TransactionListener {

    private static final Map<TransactionCoordinator, SummaryTracker> TRACKERS = new WeakHashMap<>();

    /** What one thread's open write transaction has touched. */
    private static final class Pending {
        final Map<Node, SummaryContribution> before = new HashMap<>();
        final Map<Node, SummaryContribution> after = new HashMap<>();
        boolean reference;
    }

    private final DatasetGraph dsg;
    private final ThreadLocal<Pending> pending = new ThreadLocal<>();

    private SummaryTracker(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The tracker of a TDB2 dataset, listening to its transactions from the first call on (make it outside a transaction). */
    public static SummaryTracker of(DatasetGraph served) {
        DatasetGraph dsg = tdb2(served);
        if (dsg == null) throw new IllegalArgumentException("the summary graph needs a TDB2 dataset");
        TransactionCoordinator coordinator = TDBInternal.getDatasetGraphTDB(dsg).getTxnSystem().getTxnMgr();
        synchronized (TRACKERS) {
            return TRACKERS.computeIfAbsent(coordinator, c -> {
                SummaryTracker t = new SummaryTracker(dsg);
                c.modifyConfig(() -> c.addListener(t)); // waits for running transactions: call outside one
                return t;
            });
        }
    }

    /**
     * The TDB2 dataset under wrappers (the full-text index's {@code DatasetGraphText}), or null when there is none.
     * The tracker reads and writes the summary there, in the same transaction, so summary rows are not indexed.
     */
    public static DatasetGraph tdb2(DatasetGraph dsg) {
        for (DatasetGraph d = dsg; d != null; ) {
            if (TDBInternal.isTDB2(d)) return d;
            d = d instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w ? w.getWrapped() : null;
        }
        return null;
    }

    /** The tracker of a dataset if {@link #of} made one (usable inside a transaction); else null. */
    public static SummaryTracker find(DatasetGraph served) {
        DatasetGraph dsg = tdb2(served);
        if (dsg == null) return null;
        TransactionCoordinator coordinator = TDBInternal.getDatasetGraphTDB(dsg).getTxnSystem().getTxnMgr();
        synchronized (TRACKERS) {
            return TRACKERS.get(coordinator);
        }
    }

    /** Call inside the write transaction, before graph {@code g} is changed. */
    public void touch(Node g) {
        if (g == null || !g.isURI()) return;
        boolean doc = SummaryGraph.isDocumentGraph(g);
        boolean ref = g.equals(SummaryGraph.REFERENCE);
        if (!doc && !ref) return;
        Pending p = pending.get();
        if (p == null) pending.set(p = new Pending());
        if (ref) {
            p.reference = true;
        } else {
            p.after.remove(g); // changed again: read it back at commit
            if (!p.before.containsKey(g)) p.before.put(g, SummaryContribution.read(dsg, g));
        }
    }

    /** The writer knows what {@code g} holds now (it just wrote the whole graph): saves reading it back. */
    public void written(Node g, SummaryContribution now) {
        Pending p = pending.get();
        if (p != null && p.before.containsKey(g)) p.after.put(g, now);
    }

    @Override
    public void notifyPrepareStart(Transaction txn) {
        Pending p = pending.get();
        if (p == null || txn.getMode() != ReadWrite.WRITE) return;
        pending.remove();
        if (p.reference) SummaryGraph.recompute(dsg);
        else if (!p.before.isEmpty()) SummaryGraph.update(dsg, p.before, p.after);
    }

    @Override
    public void notifyAbortStart(Transaction txn) {
        pending.remove();
    }

    @Override
    public void notifyTxnFinish(Transaction txn) {
        pending.remove();
    }
}
