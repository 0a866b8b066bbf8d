package org.diplokg.server.query;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionEval;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.IterLib;
import org.apache.jena.sys.JenaSubsystemLifecycle;
import org.apache.jena.tdb2.solver.BindingNodeId;
import org.apache.jena.tdb2.solver.BindingTDB;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.diplokg.server.store.SummaryGraph;

/**
 * {@code (?row ?key) sum:ordered sum:pairOrder}: the summary graph's rows having that order predicate, with their
 * key, in ascending key order — the same rows as {@code GRAPH <…/graph/summary> { ?row sum:pairOrder ?key }}
 * sorted by {@code ?key}, read from {@link OrderIndex}. A listing takes its page with LIMIT/OFFSET on a sub-query
 * around it (no ORDER BY there: the solutions already come in order), so a page costs its own rows, not a sort of
 * the whole listing.
 */
public final class OrderedRows extends PropertyFunctionEval {

    // not PFuncListAndSimple: in Jena 5.6 it declares a single subject and a list object, the reverse of its name
    public OrderedRows() { super(PropFuncArgType.PF_ARG_LIST, PropFuncArgType.PF_ARG_SINGLE); }

    public static final String IRI = SummaryGraph.NS + "ordered";
    static final Node SUMMARY = NodeFactory.createURI(SummaryGraph.GRAPH);

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
        if (subject.getArgListSize() != 2) throw new QueryBuildException("sum:ordered wants (?row ?key) as its subject");
        if (!object.isNode()) throw new QueryBuildException("sum:ordered wants an order predicate as its object");
        super.build(subject, predicate, object, execCxt);
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg objectArg, ExecutionContext execCxt) {
        Node object = objectArg.getArg();
        if (!object.isURI()) return IterLib.noResults(execCxt);
        List<OrderIndex.Entry> rows = OrderIndex.sorted(execCxt.getDataset(), SUMMARY, object);
        Node rowArg = subject.getArg(0);
        Node keyArg = subject.getArg(1);
        Iterator<OrderIndex.Entry> it = rows.iterator();
        Iterator<Binding> out = new Iterator<>() {
            Binding next;

            @Override
            public boolean hasNext() {
                while (next == null && it.hasNext()) next = bind(binding, rowArg, keyArg, it.next(), execCxt);
                return next != null;
            }

            @Override
            public Binding next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                Binding b = next;
                next = null;
                return b;
            }
        };
        return QueryIterPlainWrapper.create(out, execCxt);
    }

    /** The solution for one row, or null when a given row or key does not match it. */
    private static Binding bind(Binding parent, Node rowArg, Node keyArg, OrderIndex.Entry e, ExecutionContext cxt) {
        if (e.row() == null) {
            // on TDB2 the row and key are decoded only when read: an OFFSET skips rows without decoding them
            NodeTable nodes = tdb(cxt).getQuadTable().getNodeTupleTable().getNodeTable();
            if (!rowArg.isVariable() && !rowArg.equals(nodes.getNodeForNodeId(e.rowId()))) return null;
            if (!keyArg.isVariable() && !keyArg.equals(nodes.getNodeForNodeId(e.keyId()))) return null;
            BindingNodeId ids = new BindingNodeId(parent);
            if (rowArg.isVariable()) ids.put(Var.alloc(rowArg), e.rowId());
            if (keyArg.isVariable()) ids.put(Var.alloc(keyArg), e.keyId());
            return new BindingTDB(ids, nodes);
        }
        if (!rowArg.isVariable() && !rowArg.equals(e.row())) return null;
        if (!keyArg.isVariable() && !keyArg.equals(e.keyNode())) return null;
        var b = BindingFactory.builder(parent);
        if (rowArg.isVariable()) b.add(Var.alloc(rowArg), e.row());
        if (keyArg.isVariable()) b.add(Var.alloc(keyArg), e.keyNode());
        return b.build();
    }

    private static DatasetGraphTDB tdb(ExecutionContext cxt) { return OrderIndex.tdbOf(cxt.getDataset()); }

    /** Registers the function when Jena initialises (listed in META-INF/services). */
    public static final class Install implements JenaSubsystemLifecycle {
        @Override
        public void start() { PropertyFunctionRegistry.get().put(IRI, OrderedRows.class); }

        @Override
        public void stop() {}

        @Override
        public int level() { return 60; }
    }
}
