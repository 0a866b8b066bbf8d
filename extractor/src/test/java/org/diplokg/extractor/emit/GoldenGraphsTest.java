package org.diplokg.extractor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.vocab.Vocab;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden graphs: for each short hand-written document in {@code src/test/resources/golden-graphs/}, the graph the
 * extractor writes (extraction time from a fixed clock) is isomorphic to the expected {@code NAME.trig} beside it.
 * To accept a deliberate change, run with {@code -Ddiplokg.golden.write=true}, review the diff of the rewritten
 * files, and commit them.
 */
class GoldenGraphsTest {

    static final Path FOLDER = Path.of("src", "test", "resources", "golden-graphs");
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final boolean WRITE = Boolean.getBoolean("diplokg.golden.write");

    private static Extractor extractor;

    private static synchronized Extractor extractor() {
        if (extractor == null) extractor = Extractor.builder().reference(Seeds.extractor().reference()).clock(FIXED).build();
        return extractor;
    }

    private static List<Path> documents() throws Exception {
        try (Stream<Path> s = Files.list(FOLDER)) {
            return s.filter(p -> !p.toString().endsWith(".trig")).sorted().toList();
        }
    }

    /** The document's graph, written as the extract command writes it. */
    static String extractAsTriG(Path document) throws Exception {
        DocumentKnowledge k = extractor().extract(DocumentReader.create().read(document));
        List<Quad> quads = new ArrayList<>();
        DocumentEmitter.emit(k, MentionDetail.FIRST, new QuadSink(quads));
        StringWriter w = new StringWriter();
        SortedTriG.write(quads, prefixes(), w);
        return w.toString();
    }

    private static PrefixMap prefixes() {
        return PrefixMapFactory.create(Vocab.PREFIXES);
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentGivesItsExpectedGraph() throws Exception {
        return documents().stream().map(doc -> DynamicTest.dynamicTest(doc.getFileName().toString(), () -> {
            String name = doc.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
            Path expectedFile = FOLDER.resolve(name + ".trig");
            String actual = extractAsTriG(doc);
            if (WRITE || !Files.exists(expectedFile)) {
                try (Writer w = Files.newBufferedWriter(expectedFile, StandardCharsets.UTF_8)) {
                    w.write(actual);
                }
                if (!WRITE) fail("no expected graph for " + doc + ": wrote " + expectedFile + "; review it and commit it");
                return;
            }
            DatasetGraph expected = parse(Files.readString(expectedFile));
            DatasetGraph got = parse(actual);
            List<Node> names = new ArrayList<>();
            expected.listGraphNodes().forEachRemaining(names::add);
            List<Node> gotNames = new ArrayList<>();
            got.listGraphNodes().forEachRemaining(gotNames::add);
            assertEquals(names, gotNames, "graph names");
            for (Node g : names) {
                Graph e = expected.getGraph(g), a = got.getGraph(g);
                assertTrue(e.isIsomorphicWith(a), () -> doc + ": graph differs from " + expectedFile
                        + "\nonly expected:\n" + difference(e, a) + "\nonly produced:\n" + difference(a, e));
            }
        }));
    }

    @Test
    void theSameDocumentGivesTheSameBytesTwice() throws Exception {
        Path doc = documents().get(0);
        assertEquals(extractAsTriG(doc), extractAsTriG(doc));
    }

    private static DatasetGraph parse(String trig) {
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.fromString(trig, Lang.TRIG).parse(d);
        return d;
    }

    private static String difference(Graph a, Graph b) {
        StringBuilder s = new StringBuilder();
        Iterator<org.apache.jena.graph.Triple> it = a.find();
        while (it.hasNext()) {
            org.apache.jena.graph.Triple t = it.next();
            if (!b.contains(t)) s.append("  ").append(t).append('\n');
        }
        return s.toString();
    }

    /** Collects quads. */
    private record QuadSink(List<Quad> quads) implements org.apache.jena.riot.system.StreamRDF {
        @Override public void start() {}
        @Override public void triple(org.apache.jena.graph.Triple triple) { throw new IllegalStateException("triple outside a graph"); }
        @Override public void quad(Quad quad) { quads.add(quad); }
        @Override public void base(String base) {}
        @Override public void prefix(String prefix, String iri) {}
        @Override public void finish() {}
    }
}
