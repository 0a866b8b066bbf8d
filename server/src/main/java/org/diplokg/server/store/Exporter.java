package org.diplokg.server.store;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplokg.server.rdf.JsonLd;
import org.diplokg.server.rdf.Prefixes;

/**
 * Writes the store out as linked data with the project's prefixes. Up to {@link #PRETTY_LIMIT}
 * triples the output is the pretty form (subjects grouped, nested blank nodes) built in memory;
 * above it, a streaming form that keeps memory flat. N-Quads always streams.
 */
public final class Exporter {

    /** Largest export written in the in-memory pretty form. */
    public static final long PRETTY_LIMIT = 500_000;

    private final DatasetGraph dsg;

    public Exporter(Store store) {
        this(store.dataset());
    }

    /** Any dataset: a store's, or one fetched from a running server. */
    public Exporter(DatasetGraph dataset) {
        this.dsg = dataset;
    }

    /**
     * @param graphIri one named graph, or null for everything (the union graph for Turtle)
     * @return the number of triples or quads written
     */
    public long export(ExportFormat format, String graphIri, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            if (format.keepsGraphs()) return exportDataset(format, graphIri, out);
            Graph graph = graphIri == null ? dsg.getUnionGraph() : dsg.getGraph(NodeFactory.createURI(graphIri));
            return exportGraph(graph, out);
        });
    }

    private long exportGraph(Graph graph, OutputStream out) {
        long size = graph.size();
        if (size <= PRETTY_LIMIT) {
            Graph copy = GraphFactory.createDefaultGraph();
            graph.find().forEachRemaining(copy::add);
            copy.getPrefixMapping().setNsPrefixes(Prefixes.prefixMapping());
            RDFWriter.source(copy).format(RDFFormat.TURTLE_PRETTY).output(out);
            return size;
        }
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        Prefixes.map().forEach(stream::prefix);
        long n = 0;
        for (Iterator<Triple> it = graph.find(); it.hasNext(); n++) stream.triple(it.next());
        stream.finish();
        return n;
    }

    private long exportDataset(ExportFormat format, String graphIri, OutputStream out) {
        Node g = graphIri == null ? Node.ANY : NodeFactory.createURI(graphIri);
        boolean streaming = format == ExportFormat.NQUADS || (format == ExportFormat.TRIG && count(g) > PRETTY_LIMIT);
        if (streaming) {
            RDFFormat f = format == ExportFormat.NQUADS ? RDFFormat.NQUADS : RDFFormat.TRIG_BLOCKS;
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, f);
            stream.start();
            Prefixes.map().forEach(stream::prefix);
            long n = 0;
            for (Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); n++) stream.quad(it.next());
            stream.finish();
            return n;
        }
        DatasetGraph copy = DatasetGraphFactory.create();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
        copy.prefixes().putAll(Prefixes.prefixMap());
        if (format == ExportFormat.JSONLD) JsonLd.write(copy, out); // language tags as written
        else RDFWriter.source(copy).format(RDFFormat.TRIG_PRETTY).output(out);
        return count(copy, Node.ANY);
    }

    private long count(Node g) {
        return count(dsg, g);
    }

    private static long count(DatasetGraph d, Node g) {
        long n = 0;
        for (Iterator<Quad> it = d.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) n++;
        return n;
    }
}
