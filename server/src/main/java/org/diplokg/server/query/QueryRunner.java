package org.diplokg.server.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.diplokg.server.rdf.Prefixes;

/**
 * Runs a query on the store the way the server does: the default graph is the union of the named
 * graphs, and a query may not run longer than the timeout.
 */
public final class QueryRunner {

    private final Function<Query, QueryExec> execs;
    private final DatasetGraph txn;

    private QueryRunner(Function<Query, QueryExec> execs, DatasetGraph txn) {
        this.execs = execs;
        this.txn = txn;
    }

    /** On a dataset in this process; {@code timeoutMillis} 0 means no limit. */
    public static QueryRunner local(DatasetGraph dsg, long timeoutMillis) {
        return new QueryRunner(q -> {
            var b = QueryExec.dataset(dsg).query(q).set(TDB2.symUnionDefaultGraph, true);
            if (timeoutMillis > 0) b.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            return b.build();
        }, dsg);
    }

    /** On a SPARQL endpoint, e.g. a running server's {@code /kg/query}. */
    public static QueryRunner remote(String endpoint) {
        return new QueryRunner(q -> QueryExecHTTP.service(endpoint).query(q).build(), null);
    }

    /** Parses {@code text} (project prefixes predeclared) and binds {@code params}; {@code page=N} picks a page. */
    public static Query prepare(String text, List<String> params) {
        Query query = QueryFactory.create(text);
        PrefixMapping pm = Prefixes.prefixMapping();
        pm.setNsPrefixes(query.getPrefixMapping());
        Map<String, Node> values = new java.util.LinkedHashMap<>(QueryParameters.parse(params, pm));
        Node page = values.remove("page");
        Query bound = QueryParameters.bind(query, values);
        if (page != null) {
            if (!page.isLiteral() || !page.getLiteralLexicalForm().matches("\\d{1,9}"))
                throw new IllegalArgumentException("page wants a number, got " + page);
            Paging.apply(bound, Long.parseLong(page.getLiteralLexicalForm()));
        }
        return bound;
    }

    /** Runs and prints; returns the number of rows (or triples for CONSTRUCT/DESCRIBE). */
    public long run(Query query, OutputFormat format, OutputStream out) {
        return txn == null ? execute(query, format, out) : Txn.calculateRead(txn, () -> execute(query, format, out));
    }

    private long execute(Query query, OutputFormat format, OutputStream out) {
        try (QueryExec exec = execs.apply(query)) {
            if (query.isSelectType()) return printRows(query, exec.select(), format, out);
            if (query.isAskType()) {
                boolean b = exec.ask();
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                if (format == OutputFormat.JSON) ResultSetFormatter.outputAsJSON(ps, b); else ps.println(b ? "yes" : "no");
                ps.flush();
                return b ? 1 : 0;
            }
            Graph g = query.isConstructType() ? exec.construct() : exec.describe();
            g.getPrefixMapping().setNsPrefixes(Prefixes.prefixMapping());
            RDFDataMgr.write(out, g, format == OutputFormat.JSON ? Lang.JSONLD : Lang.TURTLE);
            return g.size();
        }
    }

    private static long printRows(Query query, RowSet rows, OutputFormat format, OutputStream out) {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        switch (format) {
            case CSV, TSV, JSON -> {
                RowSetRewindable r = rows.rewindable();
                ResultSet rs = ResultSet.adapt(r);
                if (format == OutputFormat.CSV) ResultSetFormatter.outputAsCSV(ps, rs);
                else if (format == OutputFormat.TSV) ResultSetFormatter.outputAsTSV(ps, rs);
                else ResultSetFormatter.outputAsJSON(ps, rs);
                ps.flush();
                return r.size();
            }
            default -> {
                PrefixMapping pm = Prefixes.prefixMapping();
                pm.setNsPrefixes(query.getPrefixMapping());
                List<Var> vars = rows.getResultVars();
                TextTable table = new TextTable(vars.stream().map(Var::getVarName).toList());
                long n = 0;
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    List<String> cells = new ArrayList<>(vars.size());
                    for (Var v : vars) cells.add(NodeText.of(b.get(v), pm));
                    table.add(cells);
                    n++;
                }
                ps.print(table.render());
                ps.println(n + (n == 1 ? " row" : " rows"));
                ps.flush();
                return n;
            }
        }
    }
}
