package org.diplokg.extractor.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks ontology/diplokg.ttl against the vocabulary contract in ontology/README.md: every own term the contract
 * or the shapes use is declared once, in both languages, with a justification; reused terms are only annotated.
 */
class OntologyTest {
    private static final String ONTOLOGY = "diplokg/ontology/diplokg.ttl";
    private static final String SHAPES = "diplokg/ontology/shapes.ttl";
    private static final Node ONTOLOGY_IRI = NodeFactory.createURI("https://w3id.org/diplokg/ns");
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Set<Node> DECLARATION_KINDS = Set.of(
            OWL2.Class.asNode(), OWL2.ObjectProperty.asNode(), OWL2.DatatypeProperty.asNode(),
            OWL2.AnnotationProperty.asNode(), OWL2.NamedIndividual.asNode());
    /** A term of a vocabulary other than ours named in a comment: the standard term that was weighed. */
    private static final Pattern STANDARD_TERM = Pattern.compile("(schema|prov|itsrdf|skos|sem|rdf|nif|org):[A-Za-z]");
    private static final Pattern README_TERM = Pattern.compile("`dkg:([A-Za-z][A-Za-z0-9]*)`");

    private static Graph ontology;
    private static Graph shapes;

    @BeforeAll
    static void load() throws IOException {
        ontology = parse(ONTOLOGY);
        shapes = parse(SHAPES);
    }

    @Test
    void headerIsVersionedTitledDescribedAndLicensed() {
        assertTrue(ontology.contains(ONTOLOGY_IRI, RDF.type.asNode(), OWL2.Ontology.asNode()));
        assertEquals(List.of("0.1.0"), lexicalForms(objects(ONTOLOGY_IRI, OWL2.versionInfo.asNode())));
        for (String property : List.of("title", "description")) {
            List<Node> values = objects(ONTOLOGY_IRI, uri(DCTERMS + property));
            assertEquals(Set.of("zh-hans", "en"), languages(values), property + " in both languages");
        }
        assertEquals(List.of(uri("https://www.apache.org/licenses/LICENSE-2.0")),
                objects(ONTOLOGY_IRI, uri(DCTERMS + "license")));
        assertTrue(objects(ONTOLOGY_IRI, OWL2.imports.asNode()).isEmpty(), "references others by IRI, imports none");
    }

    @Test
    void everyOwnTermOfTheContractAndTheShapesIsDeclaredInBothLanguages() throws IOException {
        Set<String> terms = new TreeSet<>(contractTerms());
        terms.addAll(ownTermsUsedIn(shapes));
        terms.addAll(ownTermsUsedIn(ontology));
        assertTrue(terms.size() >= 30, "the contract names the own terms: " + terms);

        List<String> problems = new ArrayList<>();
        for (String term : terms) {
            Node node = uri(Vocab.DKG + term);
            if (objects(node, RDF.type.asNode()).stream().noneMatch(DECLARATION_KINDS::contains)) {
                problems.add("dkg:" + term + " is not declared");
            }
            for (Node property : List.of(RDFS.label.asNode(), RDFS.comment.asNode())) {
                List<Node> values = objects(node, property);
                for (String lang : List.of("zh-hans", "en")) {
                    long count = values.stream().filter(v -> v.isLiteral() && v.getLiteralLanguage().equalsIgnoreCase(lang)).count();
                    if (count != 1) {
                        problems.add("dkg:" + term + " has " + count + " " + property.getLocalName() + "@" + lang);
                    }
                }
            }
            if (!ontology.contains(node, RDFS.isDefinedBy.asNode(), ONTOLOGY_IRI)) {
                problems.add("dkg:" + term + " lacks rdfs:isDefinedBy the ontology");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void declaresNoOwnTermTheContractLacks() throws IOException {
        Set<String> declared = ownSubjects();
        declared.removeAll(contractTerms());
        assertTrue(declared.isEmpty(), "declared but not in ontology/README.md: " + declared);
    }

    @Test
    void everyOwnTermSaysWhichStandardTermItWasWeighedAgainst() {
        List<String> unjustified = new ArrayList<>();
        for (String term : ownSubjects()) {
            Node node = uri(Vocab.DKG + term);
            boolean individual = ontology.contains(node, RDF.type.asNode(), OWL2.NamedIndividual.asNode());
            for (Node comment : objects(node, RDFS.comment.asNode())) {
                String text = comment.getLiteralLexicalForm();
                boolean justified = individual ? text.contains("dkg:AgreementAction") : STANDARD_TERM.matcher(text).find();
                if (!justified) {
                    unjustified.add("dkg:" + term + "@" + comment.getLiteralLanguage());
                }
            }
        }
        assertTrue(unjustified.isEmpty(), "comments naming no standard term considered: " + unjustified);
    }

    @Test
    void noOwnTermIsDeclaredTwice() throws IOException {
        // Counted on the parser's output, before a graph would fold repeated triples into one.
        Map<Triple, Integer> ownTriples = new HashMap<>();
        Map<Node, Integer> declarations = new HashMap<>();
        try (InputStream in = resource(ONTOLOGY)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple triple) {
                    if (!triple.getSubject().isURI() || !triple.getSubject().getURI().startsWith(Vocab.DKG)) {
                        return;
                    }
                    ownTriples.merge(triple, 1, Integer::sum);
                    if (triple.getPredicate().equals(RDF.type.asNode()) && DECLARATION_KINDS.contains(triple.getObject())) {
                        declarations.merge(triple.getSubject(), 1, Integer::sum);
                    }
                }
            });
        }
        List<String> repeated = ownTriples.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getKey().toString()).collect(Collectors.toList());
        declarations.forEach((term, count) -> {
            if (count > 1) {
                repeated.add(term.getURI() + " declared as " + count + " kinds");
            }
        });
        assertTrue(repeated.isEmpty(), String.join("\n", repeated));
        assertEquals(ownSubjects().size(), declarations.size(), "every own subject is declared");
    }

    @Test
    void keepsTheSubsumptionsOfTheContract() {
        String schema = Vocab.SCHEMA;
        Map<String, String> classes = Map.of(
                "Meeting", schema + "Event", "MeetingSeries", schema + "EventSeries",
                "Economy", schema + "AdministrativeArea", "Agreement", schema + "Legislation");
        classes.forEach((own, reused) -> assertTrue(
                ontology.contains(uri(Vocab.DKG + own), RDFS.subClassOf.asNode(), uri(reused)), own + " ⊑ " + reused));
        Map<String, String> properties = Map.of(
                "chair", schema + "organizer", "inferredAbout", schema + "about",
                "acronym", Vocab.SKOS + "altLabel", "sideReference", Vocab.SKOS + "altLabel");
        properties.forEach((own, reused) -> assertTrue(
                ontology.contains(uri(Vocab.DKG + own), RDFS.subPropertyOf.asNode(), uri(reused)), own + " ⊑ " + reused));
        for (String action : List.of("Signed", "EnteredIntoForce", "AppliedToJoin", "ConcludedNegotiations", "Upgraded")) {
            assertTrue(ontology.contains(uri(Vocab.DKG + action), RDF.type.asNode(), uri(Vocab.DKG + "AgreementAction")), action);
        }
    }

    @Test
    void reusedTermsAreOnlyAnnotated() {
        Set<Node> allowed = Set.of(RDF.type.asNode(), RDFS.label.asNode(), RDFS.comment.asNode(), RDFS.isDefinedBy.asNode());
        List<String> redefinitions = new ArrayList<>();
        ontology.find().forEach(t -> {
            Node s = t.getSubject();
            if (s.isURI() && !s.getURI().startsWith(Vocab.DKG) && !s.equals(ONTOLOGY_IRI) && !allowed.contains(t.getPredicate())) {
                redefinitions.add(t.toString());
            }
        });
        assertTrue(redefinitions.isEmpty(), "reused terms get labels and rdfs:isDefinedBy only: " + redefinitions);
        ontology.find(null, RDF.type.asNode(), null).forEach(t -> {
            Node s = t.getSubject();
            if (s.isURI() && !s.getURI().startsWith(Vocab.DKG) && !s.equals(ONTOLOGY_IRI)) {
                assertFalse(objects(s, RDFS.isDefinedBy.asNode()).isEmpty(), s + " says where it is defined");
                assertEquals(Set.of("zh-hans", "en"), languages(objects(s, RDFS.label.asNode())), s + " labels");
            }
        });
    }

    @Test
    void everyClassTheShapesNameIsDeclaredInTheOntology() {
        Set<Node> named = new java.util.HashSet<>();
        for (String property : List.of("targetClass", "class")) {
            shapes.find(null, uri(SH + property), null).forEach(t -> named.add(t.getObject()));
        }
        assertFalse(named.isEmpty());
        List<Node> undeclared = named.stream()
                .filter(c -> !ontology.contains(c, RDF.type.asNode(), OWL2.Class.asNode())).toList();
        assertTrue(undeclared.isEmpty(), "classes used by shapes.ttl but not declared: " + undeclared);
    }

    /** The own terms ontology/README.md names, as local names: its backticked {@code dkg:xxx} tokens. */
    private static Set<String> contractTerms() throws IOException {
        Path readme = Path.of(System.getProperty("basedir", ".")).resolve("../ontology/README.md").normalize();
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Set<String> terms = new TreeSet<>();
        Matcher m = README_TERM.matcher(text);
        while (m.find()) {
            terms.add(m.group(1));
        }
        return terms;
    }

    private static Set<String> ownTermsUsedIn(Graph graph) {
        Set<String> terms = new TreeSet<>();
        graph.find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(Vocab.DKG)) {
                    terms.add(n.getURI().substring(Vocab.DKG.length()));
                }
            }
        });
        return terms;
    }

    private static Set<String> ownSubjects() {
        Set<String> subjects = new TreeSet<>();
        ontology.find().forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Vocab.DKG)) {
                subjects.add(t.getSubject().getURI().substring(Vocab.DKG.length()));
            }
        });
        return subjects;
    }

    private static List<Node> objects(Node subject, Node predicate) {
        return ontology.find(subject, predicate, null).mapWith(Triple::getObject).toList();
    }

    private static List<String> lexicalForms(List<Node> literals) {
        return literals.stream().map(Node::getLiteralLexicalForm).toList();
    }

    private static Set<String> languages(List<Node> literals) {
        return literals.stream().filter(Node::isLiteral).map(n -> n.getLiteralLanguage().toLowerCase())
                .collect(Collectors.toSet());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Graph parse(String resource) throws IOException {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = resource(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        }
        return graph;
    }

    private static InputStream resource(String name) {
        InputStream in = OntologyTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("not on the classpath: " + name);
        }
        return in;
    }
}
