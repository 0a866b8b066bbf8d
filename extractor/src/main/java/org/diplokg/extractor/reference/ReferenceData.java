package org.diplokg.extractor.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.vocab.Vocab;

/**
 * The reference knowledge base: {@code ontology/reference/*.ttl} shipped in the jar (under
 * {@code diplokg/ontology/}) plus any user folders, read once into a graph, with an index of its entities.
 * Immutable after loading; share one instance.
 */
public final class ReferenceData {

    private static final String RESOURCE_ROOT = "diplokg/ontology";

    private final Graph graph;
    private final Graph ontology;
    private final Map<String, ReferenceEntity> entities;

    private ReferenceData(Graph graph, Graph ontology) {
        this.graph = graph;
        this.ontology = ontology;
        this.entities = index(graph);
    }

    /** The shipped reference data only. */
    public static ReferenceData load() {
        return load(List.of());
    }

    /** The shipped reference data plus every {@code *.ttl} file in the given folders (missing folders are skipped). */
    public static ReferenceData load(List<Path> userFolders) {
        Graph graph = GraphFactory.createDefaultGraph();
        Graph ontology = GraphFactory.createDefaultGraph();
        withShippedFolder(root -> {
            parseFolder(root.resolve("reference"), graph);
            Path onto = root.resolve("diplokg.ttl");
            if (Files.exists(onto)) parseFile(onto, ontology);
        });
        for (Path folder : userFolders) {
            if (Files.isDirectory(folder)) parseFolder(folder, graph);
        }
        return new ReferenceData(graph, ontology);
    }

    /** Builds reference data from a graph already in memory (tests, custom set-ups). */
    public static ReferenceData of(Graph graph) {
        return new ReferenceData(graph, GraphFactory.createDefaultGraph());
    }

    public Graph graph() { return graph; }

    public Collection<ReferenceEntity> entities() { return entities.values(); }

    public Optional<ReferenceEntity> find(String iri) { return Optional.ofNullable(iri == null ? null : entities.get(iri)); }

    /** The standard acronym of an agreement, or of the agreement it upgrades (CAFTA for CAFTA 3.0); else null. */
    public String acronymOf(ReferenceEntity agreement) {
        if (agreement.acronym() != null) return agreement.acronym();
        return find(agreement.upgradeOf()).map(ReferenceEntity::acronym).orElse(null);
    }

    /**
     * The traditional-script Chinese labels of an entity (zh-Hant, zh-HK, zh-TW), the preferred label first: the
     * name to give where a document is written in traditional script.
     */
    public List<String> traditionalLabelsOf(ReferenceEntity entity) {
        Node s = NodeFactory.createURI(entity.iri());
        List<String> out = new ArrayList<>();
        for (Node p : List.of(PREF, Vocab.skos("altLabel"))) {
            g(s, p).forEach(o -> {
                String lang = o.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT);
                if (lang.equals("zh-hant") || lang.equals("zh-hk") || lang.equals("zh-tw")) out.add(o.getLiteralLexicalForm().strip());
            });
        }
        return out;
    }

    private List<Node> g(Node s, Node p) {
        return graph.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral).toList();
    }

    /** Sends the reference triples as quads in {@link Vocab#REFERENCE_GRAPH}. */
    public void emit(StreamRDF out) {
        emitGraph(graph, Vocab.REFERENCE_GRAPH, out);
    }

    /** Sends the ontology (diplokg.ttl) as quads in {@link Vocab#ONTOLOGY_GRAPH}. */
    public void emitOntology(StreamRDF out) {
        emitGraph(ontology, Vocab.ONTOLOGY_GRAPH, out);
    }

    private static void emitGraph(Graph g, String graphIri, StreamRDF out) {
        Node gn = NodeFactory.createURI(graphIri);
        g.find().forEachRemaining(t -> out.quad(org.apache.jena.sparql.core.Quad.create(gn, t)));
    }

    // ---- loading

    private interface FolderAction {
        void accept(Path root) throws IOException;
    }

    private static void withShippedFolder(FolderAction action) {
        URL url = ReferenceData.class.getClassLoader().getResource(RESOURCE_ROOT);
        if (url == null) return;
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                boolean close = false;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    close = true;
                }
                try {
                    action.accept(fs.provider().getPath(uri));
                } finally {
                    if (close) fs.close();
                }
            } else {
                action.accept(Path.of(uri));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped reference data", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void parseFolder(Path folder, Graph into) {
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> ttl = files.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted(Comparator.comparing(Path::toString)).toList();
            for (Path p : ttl) parseFile(p, into);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference folder " + folder, e);
        }
    }

    private static void parseFile(Path file, Graph into) {
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(Vocab.BASE).parse(into);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("reference file " + file + " is not valid Turtle: " + e.getMessage(), e);
        }
    }

    // ---- indexing

    private static final Node PREF = Vocab.skos("prefLabel");
    private static final List<Node> LABELS = List.of(PREF, Vocab.skos("altLabel"), Vocab.skos("hiddenLabel"),
            Vocab.dkg("acronym"), Vocab.dkg("sideReference"), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"));

    private static Map<String, ReferenceEntity> index(Graph g) {
        Map<String, EntityType> types = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            g.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(type.classIri())).forEachRemaining(t -> {
                if (t.getSubject().isURI()) types.putIfAbsent(t.getSubject().getURI(), type);
            });
        }
        Map<String, ReferenceEntity> out = new HashMap<>();
        types.forEach((iri, type) -> {
            Node s = NodeFactory.createURI(iri);
            List<String> labels = new ArrayList<>();
            String zh = null, en = null, acronym = null;
            for (Node p : LABELS) {
                for (Triple t : g.find(s, p, Node.ANY).toList()) {
                    if (!t.getObject().isLiteral()) continue;
                    String lex = t.getObject().getLiteralLexicalForm().strip();
                    String lang = t.getObject().getLiteralLanguage();
                    labels.add(lex);
                    if (p.equals(PREF) && lang.equalsIgnoreCase("zh-Hans")) zh = lex;
                    if (p.equals(PREF) && lang.startsWith("en")) en = lex;
                    if (p.equals(Vocab.dkg("acronym")) && acronym == null) acronym = lex;
                }
            }
            out.put(iri, new ReferenceEntity(iri, type, zh, en, labels, acronym,
                    uri(g, s, Vocab.schema("superEvent")),
                    integer(g, s, Vocab.dkg("ordinal")),
                    date(g, s, Vocab.schema("startDate")),
                    date(g, s, Vocab.schema("endDate")),
                    type == EntityType.PLACE ? uri(g, s, Vocab.schema("containedInPlace")) : uri(g, s, Vocab.schema("location")),
                    uri(g, s, Vocab.dkg("upgradeOf")),
                    uri(g, s, Vocab.dkg("organisedBy"))));
        });
        // in IRI order: Map.copyOf iterates in an order that changes from JVM to JVM, and the recognisers take the first
        // of several entities that fit (a label two bodies share, a series' editions)
        Map<String, ReferenceEntity> sorted = new LinkedHashMap<>();
        out.keySet().stream().sorted().forEach(iri -> sorted.put(iri, out.get(iri)));
        return Collections.unmodifiableMap(sorted);
    }

    private static String uri(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isURI)
                .map(Node::getURI).findFirst().orElse(null);
    }

    private static int integer(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(n -> n.getLiteralLexicalForm()).filter(x -> x.matches("\\d+")).map(Integer::parseInt).findFirst().orElse(0);
    }

    private static PartialDate date(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(n -> n.getLiteralLexicalForm()).filter(x -> x.matches("\\d{4}(-\\d{2}(-\\d{2})?)?"))
                .map(PartialDate::parseIso).findFirst().orElse(null);
    }
}
