package org.diplokg.server.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.diplokg.server.store.SummaryTracker;

/**
 * The handlers that replace Fuseki's own for the query, update and read-write graph store operations,
 * applying {@link SparqlChecks}: no SERVICE, no LOAD from files, no writes to the default graph.
 */
final class KgOperations {

    private KgOperations() {}

    /** SPARQL query: refuses SERVICE before anything runs (400). */
    static final class QueryService extends SPARQL_QueryDataset {
        @Override
        protected void validateQuery(HttpAction action, Query query) {
            super.validateQuery(action, query);
            SparqlChecks.service(query).ifPresent(s -> ServletOps.errorBadRequest(SparqlChecks.serviceRefused(s)));
        }
    }

    /** SPARQL update: refuses SERVICE, LOAD from non-http(s) URLs and default-graph writes before anything runs (400). */
    static final class UpdateService extends SPARQL_Update {
        @Override
        protected void execute(HttpAction action, InputStream input) {
            byte[] bytes;
            try {
                bytes = input.readAllBytes(); // bounded by the request size limit
            } catch (IOException e) {
                ServletOps.errorOccurred(e);
                return;
            }
            UpdateRequest request = null;
            try {
                request = UpdateFactory.create(new String(bytes, StandardCharsets.UTF_8), Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            } catch (RuntimeException e) {
                // Fuseki's own handler reports the parse error.
            }
            if (request != null) SparqlChecks.problem(request).ifPresent(ServletOps::errorBadRequest);
            super.execute(action, new ByteArrayInputStream(bytes));
        }
    }

    /** Read-write graph store: refuses uploads into the default graph (400). */
    static final class GraphStore extends GSP_RW {
        @Override
        protected void doPut(HttpAction action) {
            refuseDefaultGraph(action);
            super.doPut(action);
        }

        @Override
        protected void doPost(HttpAction action) {
            refuseDefaultGraph(action);
            super.doPost(action);
        }

        private static void refuseDefaultGraph(HttpAction action) {
            if (isQuads(action)) {
                // A dataset upload: triples (Turtle, N-Triples ...) would all go to the default graph.
                ContentType ct = ActionLib.getContentType(action);
                Lang lang = ct == null ? null : RDFLanguages.contentTypeToLang(ct.getContentTypeStr());
                if (lang != null && RDFLanguages.isTriples(lang)) refuse(action);
                return;
            }
            String graph = action.getRequestParameter(HttpNames.paramGraph);
            if (action.getRequestParameter(HttpNames.paramGraphDefault) != null || HttpNames.graphTargetDefault.equals(graph)
                    || graph != null && Quad.isDefaultGraph(org.apache.jena.graph.NodeFactory.createURI(graph)))
                refuse(action);
        }

        private static void refuse(HttpAction action) {
            ActionLib.consumeBody(action); // read the upload, so the client reads the answer on a healthy connection
            ServletOps.errorBadRequest(SparqlChecks.DEFAULT_GRAPH_REFUSED);
        }

        @Override
        protected DatasetGraph decideDataset(HttpAction action) {
            DatasetGraph dsg = super.decideDataset(action);
            String method = action.getRequestMethod();
            boolean write = HttpNames.METHOD_PUT.equalsIgnoreCase(method) || HttpNames.METHOD_POST.equalsIgnoreCase(method);
            DatasetGraph checked = write && isQuads(action) ? new NoDefaultGraphWrites(dsg) : dsg;
            SummaryTracker summary = SummaryTracker.find(dsg);
            boolean changes = write || HttpNames.METHOD_DELETE.equalsIgnoreCase(method);
            return changes && summary != null ? new SummaryTouching(checked, summary) : checked;
        }
    }

    /** Starts keeping the summary graph of the served TDB2 dataset(s) current (before any request runs). */
    static void trackSummary(org.apache.jena.fuseki.main.FusekiServer server) {
        for (var dap : server.getDataAccessPointRegistry().accessPoints()) {
            DatasetGraph dsg = dap.getDataService().getDataset();
            if (SummaryTracker.tdb2(dsg) != null) SummaryTracker.of(dsg);
        }
    }

    /**
     * Tells the summary tracker which graphs a graph-store write changes, before it changes them (the summary rows
     * are then brought up to date when the request's transaction commits). Graph views are made over this dataset,
     * so that clearing or filling a graph passes through here too.
     */
    static final class SummaryTouching extends DatasetGraphWrapper {
        private final SummaryTracker summary;

        SummaryTouching(DatasetGraph dsg, SummaryTracker summary) {
            super(dsg);
            this.summary = summary;
        }

        @Override public org.apache.jena.graph.Graph getGraph(Node g) { return org.apache.jena.sparql.core.GraphView.createNamedGraph(this, g); }
        @Override public void add(Quad q) { summary.touch(q.getGraph()); super.add(q); }
        @Override public void add(Node g, Node s, Node p, Node o) { summary.touch(g); super.add(g, s, p, o); }
        @Override public void delete(Quad q) { summary.touch(q.getGraph()); super.delete(q); }
        @Override public void delete(Node g, Node s, Node p, Node o) { summary.touch(g); super.delete(g, s, p, o); }
        @Override public void deleteAny(Node g, Node s, Node p, Node o) { summary.touch(g); super.deleteAny(g, s, p, o); }
        @Override public void removeGraph(Node g) { summary.touch(g); super.removeGraph(g); }
        @Override public void addGraph(Node g, org.apache.jena.graph.Graph graph) { summary.touch(g); super.addGraph(g, graph); }
    }

    /** A dataset that refuses triples for the default graph (in a TriG or N-Quads upload). */
    static final class NoDefaultGraphWrites extends DatasetGraphWrapper {
        NoDefaultGraphWrites(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public void add(Quad quad) {
            check(quad.getGraph());
            super.add(quad);
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            check(g);
            super.add(g, s, p, o);
        }

        private static void check(Node g) {
            if (g == null || Quad.isDefaultGraph(g)) ServletOps.errorBadRequest(SparqlChecks.DEFAULT_GRAPH_REFUSED);
        }
    }
}
