package org.diplokg.server.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * What the public server refuses in SPARQL: {@code SERVICE} anywhere (the server would send requests
 * to any host named in a query), and in updates, {@code LOAD} from anything but http(s) URLs and any
 * write addressed to the default graph (which is served as the union of the named graphs, so what is
 * stored in it is never seen).
 */
public final class SparqlChecks {

    /** Where to write instead, for the messages. */
    static final String HOW_TO_WRITE = "write into a named graph instead: "
            + "INSERT DATA { GRAPH <urn:example:notes> { <urn:example:a> <urn:example:b> \"c\" } }, "
            + "INSERT { GRAPH <IRI> { ... } } WHERE { ... } (or WITH <IRI> before it), LOAD <URL> INTO GRAPH <IRI>, "
            + "or with the graph store PUT/POST .../data?graph=IRI (TriG or N-Quads to .../data must name a graph for every triple)";

    static final String DEFAULT_GRAPH_REFUSED = "Writes to the default graph are refused: the default graph served here is "
            + "the union of the named graphs, so triples stored in it would never be seen; " + HOW_TO_WRITE + ".";

    private SparqlChecks() {}

    /** The first SERVICE of the query (also inside sub-queries and EXISTS), if any. */
    public static Optional<String> service(Query query) {
        return service(Algebra.compile(query));
    }

    static Optional<String> service(Element pattern) {
        return pattern == null ? Optional.empty() : service(Algebra.compile(pattern));
    }

    private static Optional<String> service(Op op) {
        String[] found = {null};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService s) {
                if (found[0] == null) found[0] = s.getService().toString();
            }
        }, new ExprVisitorBase());
        return Optional.ofNullable(found[0]);
    }

    static String serviceRefused(String target) {
        return "SERVICE is disabled on this server (it would make the server send requests to other hosts): SERVICE "
                + ascii(target) + ". Query that endpoint yourself, or load its data into a named graph here.";
    }

    /** Text for an error message that Fuseki may write with a length in characters: ASCII only. */
    static String ascii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7f) sb.append((char) c);
            else sb.append(String.format(c > 0xffff ? "\\U%08X" : "\\u%04X", c));
        });
        return sb.toString();
    }

    /** Why the update is refused, or empty when it may run. */
    public static Optional<String> problem(UpdateRequest request) {
        for (Update u : request.getOperations()) {
            Optional<String> p = problem(u);
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    private static Optional<String> problem(Update u) {
        if (u instanceof UpdateData data) {
            return anyDefault(data.getQuads()) ? Optional.of(DEFAULT_GRAPH_REFUSED) : Optional.empty();
        }
        if (u instanceof UpdateDeleteWhere dw) {
            return anyDefault(dw.getQuads()) ? Optional.of(DEFAULT_GRAPH_REFUSED) : Optional.empty();
        }
        if (u instanceof UpdateModify m) {
            Optional<String> svc = service(m.getWherePattern());
            if (svc.isPresent()) return Optional.of(serviceRefused(svc.get()));
            boolean with = m.getWithIRI() != null && !Quad.isDefaultGraph(m.getWithIRI());
            if (!with && (anyDefault(m.getInsertQuads()) || anyDefault(m.getDeleteQuads())))
                return Optional.of(DEFAULT_GRAPH_REFUSED);
            return Optional.empty();
        }
        if (u instanceof UpdateLoad load) {
            String source = load.getSource();
            String scheme = source == null ? "" : source.contains(":") ? source.substring(0, source.indexOf(':')).toLowerCase(Locale.ROOT) : "";
            if (!scheme.equals("http") && !scheme.equals("https"))
                return Optional.of("LOAD reads http: and https: URLs only; " + (scheme.isEmpty() ? "this source" : scheme + ": URLs")
                        + " are refused. To add a file, send it to the graph store: PUT/POST .../data?graph=IRI with its content type.");
            if (load.getDest() == null || Quad.isDefaultGraph(load.getDest()))
                return Optional.of("LOAD without INTO GRAPH writes to the default graph, which is refused: the default graph served here"
                        + " is the union of the named graphs, so triples stored in it would never be seen; use LOAD <URL> INTO GRAPH <IRI>.");
            return Optional.empty();
        }
        if (u instanceof UpdateBinaryOp op) { // ADD, COPY, MOVE
            return op.getDest().isDefault() || op.getDest().isOneNamedGraph() && Quad.isDefaultGraph(op.getDest().getGraph())
                    ? Optional.of(DEFAULT_GRAPH_REFUSED) : Optional.empty();
        }
        return Optional.empty(); // CLEAR, DROP, CREATE: clearing the stored default graph is allowed (it removes hidden data)
    }

    private static boolean anyDefault(List<Quad> quads) {
        for (Quad q : quads) {
            Node g = q.getGraph();
            if (g == null || Quad.isDefaultGraph(g)) return true;
        }
        return false;
    }
}
