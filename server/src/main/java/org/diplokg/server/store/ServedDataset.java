package org.diplokg.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The dataset of a running {@code serve}, read through its open Graph Store endpoint ({@code /kg/get}): how
 * {@code export} works while the server holds the database (TDB2 lets one process open it). The server is found
 * through the marker it writes into the database folder ({@link RemoteTarget#MARKER}); reading needs no login.
 */
public final class ServedDataset {

    private final String dataset;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServedDataset(String datasetUrl) {
        this.dataset = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
    }

    public String datasetUrl() { return dataset; }

    /** The server announced in {@code db}, when it answers. */
    public static Optional<ServedDataset> find(Path db) {
        Path marker = db.toAbsolutePath().normalize().resolve(RemoteTarget.MARKER);
        if (!Files.isRegularFile(marker)) return Optional.empty();
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            return Optional.empty();
        }
        String url = p.getProperty("dataset");
        if (url == null) return Optional.empty();
        ServedDataset s = new ServedDataset(url);
        return s.answers() ? Optional.of(s) : Optional.empty();
    }

    private boolean answers() {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(dataset + "/query?query="
                    + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Writes what {@link Exporter} would write from the store itself: the whole dataset, or one named graph.
     * N-Quads streams through; the other formats are built in memory from the fetched quads, as the pretty forms
     * are for a local export.
     *
     * @return the number of triples or quads written
     * @throws StoreException when the graph does not exist (404) or the server cannot be read
     */
    public long export(ExportFormat format, String graphIri, OutputStream out) {
        if (format == ExportFormat.NQUADS) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            AtomicLong n = new AtomicLong();
            writer.start();
            fetch(graphIri, new StreamRDFWrapper(writer) {
                @Override public void quad(Quad q) { n.incrementAndGet(); super.quad(q); }
            });
            writer.finish();
            return n.get();
        }
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(copy, () -> fetch(graphIri, org.apache.jena.riot.system.StreamRDFLib.dataset(copy)));
        return new Exporter(copy).export(format, graphIri, out);
    }

    /** Sends the quads of the dataset (or of one graph) to {@code sink}, graph names included; start and finish are the caller's. */
    private void fetch(String graphIri, StreamRDF sink) {
        Node graph = graphIri == null ? null : NodeFactory.createURI(graphIri);
        String url = dataset + "/get" + (graph == null ? "" : "?graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofHours(2))
                .header("Accept", graph == null ? "application/n-quads" : "application/n-triples").GET().build();
        HttpResponse<InputStream> r;
        try {
            r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new StoreException("cannot read from the server at " + dataset + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while reading from " + dataset, e);
        }
        try (InputStream body = r.body()) {
            if (r.statusCode() == 404) throw new NoSuchGraph(graphIri);
            if (r.statusCode() != 200) {
                throw new StoreException("the server at " + dataset + " answered HTTP " + r.statusCode() + " to " + url);
            }
            StreamRDF target = graph == null ? sink : new StreamRDFWrapper(sink) {
                @Override public void triple(org.apache.jena.graph.Triple t) { super.quad(Quad.create(graph, t)); }
            };
            RDFParser.source(body).lang(graph == null ? Lang.NQUADS : Lang.NTRIPLES).parse(new StreamRDFWrapper(target) {
                @Override public void start() {}
                @Override public void finish() {}
                @Override public void prefix(String p, String iri) {}
            });
        } catch (IOException e) {
            throw new StoreException("cannot read from the server at " + dataset + ": " + e.getMessage(), e);
        }
    }

    /** The server has no graph of that name. */
    public static final class NoSuchGraph extends StoreException {
        public NoSuchGraph(String graph) {
            super("no graph " + graph);
        }
    }
}
