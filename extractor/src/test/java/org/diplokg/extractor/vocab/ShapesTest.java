package org.diplokg.extractor.vocab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Validates hand-written graphs against ontology/shapes.ttl the way {@code diplokg validate} does: one document graph
 * together with the reference graph and the ontology graph. A valid document conforms; each broken variant (a SPARQL
 * update applied to the document graph) fails on exactly the property it breaks.
 */
class ShapesTest {
    private static final String SH = "http://www.w3.org/ns/shacl#";

    private static Graph shapesGraph;
    private static Shapes shapes;
    private static Graph ontology;
    private static Graph reference;
    private static PrefixMapping prefixes;

    @BeforeAll
    static void load() {
        shapesGraph = parse("diplokg/ontology/shapes.ttl");
        shapes = Shapes.parse(shapesGraph);
        ontology = parse("diplokg/ontology/diplokg.ttl");
        reference = parse("shapes/reference.ttl");
        prefixes = shapesGraph.getPrefixMapping();
    }

    @Test
    void validDocumentGraphConforms() {
        ValidationReport report = validate(document());
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void validDocumentExercisesEveryTargetedClass() {
        Graph data = union(document());
        Set<Node> missing = shapesGraph.find(null, NodeFactory.createURI(SH + "targetClass"), null)
                .mapWith(t -> t.getObject()).toSet().stream()
                .filter(c -> !data.contains(Node.ANY, RDF.type.asNode(), c))
                .collect(Collectors.toSet());
        assertTrue(missing.isEmpty(), "the valid fixture has no instance of " + missing + ", so its check is vacuous");
    }

    @Test
    void ontologyGraphAloneConforms() {
        ValidationReport report = ShaclValidator.get().validate(shapes, ontology);
        assertTrue(report.conforms(), () -> describe(report));
    }

    @ParameterizedTest(name = "{0} fails on {1}")
    @CsvSource({
        "ordinal-as-string,        dkg:ordinal,          sh:DatatypeConstraintComponent",
        "two-ordinals,             dkg:ordinal,          sh:MaxCountConstraintComponent",
        "phrase-begin-after-end,   nif:beginIndex,       sh:LessThanConstraintComponent",
        "sha256-not-hex,           dkg:sha256,           sh:PatternConstraintComponent",
        "start-date-as-string,     schema:startDate,     sh:NodeConstraintComponent",
        "chair-not-a-person,       dkg:chair,            sh:ClassConstraintComponent",
        "action-outside-list,      dkg:action,           sh:InConstraintComponent",
        "statement-without-source, prov:wasDerivedFrom,  sh:MinCountConstraintComponent",
        "confidence-above-one,     dkg:confidence,       sh:MaxInclusiveConstraintComponent",
        "unknown-format,           dkg:format,           sh:InConstraintComponent",
        "phrase-without-entity,    itsrdf:taIdentRef,    sh:MinCountConstraintComponent",
    })
    void brokenDocumentFailsOnTheBrokenProperty(String variant, String path, String component) {
        Graph document = document();
        UpdateAction.parseExecute(text("shapes/broken/" + variant + ".ru"), document);

        ValidationReport report = validate(document);

        assertFalse(report.conforms(), variant + " should not conform");
        Node expectedPath = NodeFactory.createURI(prefixes.expandPrefix(path));
        Node expectedComponent = NodeFactory.createURI(prefixes.expandPrefix(component));
        List<ReportEntry> elsewhere = report.getEntries().stream()
                .filter(e -> !(e.resultPath() instanceof P_Link link && link.getNode().equals(expectedPath))).toList();
        assertTrue(elsewhere.isEmpty(), () -> "results on other paths than " + path + ":\n" + describe(report));
        assertTrue(report.getEntries().stream().anyMatch(e -> e.sourceConstraintComponent().equals(expectedComponent)),
                () -> "no " + component + " result:\n" + describe(report));
    }

    /**
     * The default mention model states a phrase's offsets in its IRI only ({@code doc#char=b,e}): a phrase without
     * {@code nif:beginIndex}, {@code nif:endIndex} and {@code nif:referenceContext} conforms, one whose IRI has no
     * offsets does not.
     */
    @Test
    void aPhrasesOffsetsMayBeItsIrisAlone() {
        String prefixes = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
                PREFIX dkg: <https://w3id.org/diplokg/ns#>
                """;
        Graph document = document();
        UpdateAction.parseExecute(prefixes + """
                DELETE { ?p nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?c }
                WHERE { ?p a nif:Phrase ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?c }""", document);
        ValidationReport lean = validate(document);
        assertTrue(lean.conforms(), () -> describe(lean));

        UpdateAction.parseExecute(prefixes + """
                INSERT DATA { <https://w3id.org/diplokg/doc/apec-2021#mention-1> a nif:Phrase ; nif:anchorOf "习近平" ;
                  itsrdf:taIdentRef <https://w3id.org/diplokg/id/person/xi-jinping> ; dkg:recogniser "gazetteer" }""", document);
        ValidationReport report = validate(document);
        assertFalse(report.conforms());
        Node pattern = NodeFactory.createURI("http://www.w3.org/ns/shacl#PatternConstraintComponent");
        assertTrue(report.getEntries().stream().anyMatch(e -> e.sourceConstraintComponent().equals(pattern)
                && e.focusNode().getURI().endsWith("#mention-1")), () -> describe(report));
    }

    /** Checks the project's reference knowledge base, once it exists, against the same shapes. */
    @Test
    void referenceDataConformsWhenPresent() throws IOException {
        Path ontologyDir = Path.of(System.getProperty("basedir", ".")).resolve("../ontology").normalize();
        List<Path> files;
        try (Stream<Path> walk = Stream.of("reference", "user").map(ontologyDir::resolve).filter(Files::isDirectory)
                .flatMap(ShapesTest::list)) {
            files = walk.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
        Assumptions.assumeFalse(files.isEmpty(), "no reference data yet");
        Graph data = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(data, ontology);
        for (Path file : files) {
            RDFParser.source(file).lang(Lang.TURTLE).parse(data);
        }
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        assertTrue(report.conforms(), () -> describe(report));
    }

    private static ValidationReport validate(Graph document) {
        return ShaclValidator.get().validate(shapes, union(document));
    }

    /** The graph validate sees: one document graph, the reference graph and the ontology graph together. */
    private static Graph union(Graph document) {
        Graph data = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(data, document);
        GraphUtil.addInto(data, reference);
        GraphUtil.addInto(data, ontology);
        return data;
    }

    private static Graph document() {
        return parse("shapes/document.ttl");
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream()
                .map(e -> e.focusNode() + " " + e.resultPath() + " " + e.sourceConstraintComponent() + ": " + e.message())
                .collect(Collectors.joining("\n"));
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.list(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Graph parse(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = stream(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    private static String text(String resource) {
        try (InputStream in = stream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String resource) {
        InputStream in = ShapesTest.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("not on the classpath: " + resource);
        }
        return in;
    }
}
