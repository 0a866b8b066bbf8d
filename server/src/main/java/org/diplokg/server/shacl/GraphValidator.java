package org.diplokg.server.shacl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplokg.server.store.Store;

/**
 * Checks the store's union graph against the SHACL shapes of {@code ontology/shapes.ttl}, so that
 * what the extractor emits keeps to the published vocabulary.
 */
public final class GraphValidator {

    static final String RESOURCE = "diplokg/ontology/shapes.ttl";

    private final Shapes shapes;

    private GraphValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public static GraphValidator of(Graph shapesGraph) {
        return new GraphValidator(Shapes.parse(shapesGraph));
    }

    /** The shapes file if given, else the copy shipped in the jar; empty when neither exists. */
    public static Optional<GraphValidator> load(Optional<Path> file) {
        Graph g = GraphFactory.createDefaultGraph();
        if (file.isPresent()) {
            RDFParser.source(file.get()).lang(Lang.TURTLE).parse(g);
            return Optional.of(of(g));
        }
        try (InputStream in = GraphValidator.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) return Optional.empty();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return Optional.of(of(g));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /** Validates the union of all graphs in the store. */
    public ValidationReport validate(Store store) {
        return Txn.calculateRead(store.dataset(), () -> validate(store.dataset().getUnionGraph()));
    }
}
