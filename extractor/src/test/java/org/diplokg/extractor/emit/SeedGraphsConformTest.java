package org.diplokg.extractor.emit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.extractor.read.DocumentReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every graph the extractor writes for the seeds conforms to ontology/shapes.ttl, validated as {@code diplokg validate}
 * does: the document graph together with the reference and ontology graphs.
 */
class SeedGraphsConformTest {

    @ParameterizedTest
    @EnumSource(MentionDetail.class)
    void everySeedGraphConformsToTheShapes(MentionDetail detail) throws Exception {
        Extractor extractor = Seeds.extractor();
        Shapes shapes;
        try (InputStream in = getClass().getResourceAsStream("/diplokg/ontology/shapes.ttl")) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            shapes = Shapes.parse(g);
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Seeds.extractor().reference().emit(StreamRDFLib.dataset(dsg));
        Seeds.extractor().reference().emitOntology(StreamRDFLib.dataset(dsg));
        Graph context = GraphFactory.createDefaultGraph();
        dsg.getGraph(NodeFactory.createURI(Vocab.REFERENCE_GRAPH)).find().forEachRemaining(context::add);
        dsg.getGraph(NodeFactory.createURI(Vocab.ONTOLOGY_GRAPH)).find().forEachRemaining(context::add);
        assertFalse(context.isEmpty());

        DocumentReader reader = DocumentReader.create();
        try (Stream<Path> files = Files.list(Seeds.folder())) {
            for (Path f : files.sorted().toList()) {
                DocumentKnowledge k = extractor.extract(reader.read(f));
                DatasetGraph doc = DatasetGraphFactory.createTxnMem();
                DocumentEmitter.emit(k, detail, StreamRDFLib.dataset(doc));
                Graph g = GraphFactory.createDefaultGraph();
                context.find().forEachRemaining(g::add);
                Node name = NodeFactory.createURI(DocumentEmitter.graphIri(k));
                doc.getGraph(name).find().forEachRemaining(g::add);
                assertTrue(doc.getGraph(name).size() > 50, f + " emitted almost nothing");
                ValidationReport report = ShaclValidator.get().validate(shapes, g);
                assertTrue(report.conforms(), () -> f + " (" + detail + ") does not conform:\n" + describe(report));
            }
        }
    }

    private static String describe(ValidationReport report) {
        StringBuilder b = new StringBuilder();
        for (ReportEntry e : report.getEntries()) {
            b.append(e.focusNode()).append(' ').append(e.resultPath()).append(' ').append(e.message()).append('\n');
        }
        return b.toString();
    }
}
