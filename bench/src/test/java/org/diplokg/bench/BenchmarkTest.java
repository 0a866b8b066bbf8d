package org.diplokg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.server.cli.Context;
import org.diplokg.server.cli.Home;
import org.diplokg.server.cli.Main;
import org.diplokg.server.query.NamedQuery;
import org.diplokg.server.query.QueryCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small real run of {@code diplokg bench} (50 documents, one run, the heap check included) through
 * the command line: the report must hold every figure, and the corpus must be the one the generator
 * promises. Nothing here is timed: the figures only have to exist and be sane.
 */
class BenchmarkTest {

    static final Path HOME = Path.of("..").toAbsolutePath().normalize();

    @TempDir static Path dir;
    static Path out;
    static int exit;
    static String printed;
    static JsonObject json;

    @BeforeAll
    static void runBench() throws Exception {
        out = dir.resolve("bench");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Context ctx = new Context(new Home(HOME), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), false);
        exit = Main.run(new String[] {"bench", "--docs", "50", "--runs", "1", "--sample", "30", "--query-runs", "2", "--warm-up", "0",
                "--heap-check", "--out", out.toString()}, ctx);
        printed = stdout.toString(StandardCharsets.UTF_8) + stderr.toString(StandardCharsets.UTF_8);
        json = Files.exists(out.resolve("bench.json")) ? JSON.read(out.resolve("bench.json").toString()) : null;
    }

    static double number(JsonObject o, String... path) {
        JsonValue v = o;
        for (String key : path) {
            assertTrue(v.isObject() && v.getAsObject().hasKey(key), "missing " + String.join(".", path) + " in " + v);
            v = v.getAsObject().get(key);
        }
        assertTrue(v.isNumber(), String.join(".", path) + " is not a number: " + v);
        return v.getAsNumber().value().doubleValue();
    }

    @Test
    void finishesAndWritesBothReports() throws Exception {
        assertEquals(0, exit, printed);
        assertNotNull(json, printed);
        String table = Files.readString(out.resolve("bench.txt"), StandardCharsets.UTF_8);
        assertTrue(table.contains("extraction ÷ plain HanLP"), table);
        assertTrue(table.contains("query agreements-per-meeting"), table);
        assertTrue(printed.contains(table.strip().lines().findFirst().orElseThrow()), "the table is printed too");
    }

    @Test
    void recordsTheMachine() {
        assertTrue(number(json, "machine", "cores") >= 1);
        assertTrue(number(json, "machine", "maxHeapBytes") > 0);
        assertFalse(json.get("machine").getAsObject().get("jvm").getAsString().value().isBlank());
    }

    @Test
    void reportsTheCorpusItGenerated() {
        assertEquals(50, number(json, "corpus", "documents"));
        for (DocumentFormat f : DocumentFormat.values()) {
            assertTrue(number(json, "corpus", "formats", f.label()) > 0, f.label());
        }
        assertTrue(number(json, "corpus", "gb18030") > 0);
        assertTrue(number(json, "corpus", "medianChars") > 1000);
    }

    @Test
    void measuresExtractionBesidePlainHanlp() {
        for (String part : List.of("read", "extraction", "hanlp")) {
            assertEquals(30, number(json, part, "documents"), part);
            assertTrue(number(json, part, "docsPerSecond") > 0, part);
            assertTrue(number(json, part, "charsPerSecond") > number(json, part, "docsPerSecond"), part);
        }
        assertEquals(number(json, "extraction", "chars"), number(json, "hanlp", "chars"), "the same texts");
        double ratio = number(json, "extractionToHanlp");
        assertEquals(number(json, "extraction", "docsPerSecond") / number(json, "hanlp", "docsPerSecond"), ratio, 0.01);
    }

    @Test
    void measuresIngestReingestHeapAndDatabase() {
        assertEquals(50, number(json, "ingest", "documents"));
        assertEquals(0, number(json, "ingest", "failed"));
        assertTrue(number(json, "ingest", "quads") > 50 * 100, "quads for 50 documents and the reference data");
        assertTrue(number(json, "ingest", "docsPerSecond") > 0);
        assertTrue(number(json, "ingest", "quadsPerSecond") > number(json, "ingest", "docsPerSecond"));
        assertTrue(number(json, "reingest", "docsPerSecond") > 0);
        assertEquals(5, number(json, "incrementalIngest", "documents"));
        assertTrue(number(json, "incrementalIngest", "docsPerSecond") > 0);
        assertTrue(number(json, "heap", "gcSeconds") >= 0);
        assertTrue(number(json, "heap", "peakUsedBytes") > 0);
        assertTrue(number(json, "heap", "maxBytes") >= number(json, "heap", "peakAfterGcBytes"));
        assertEquals(number(json, "ingest", "quads"), number(json, "database", "quads"));
        assertEquals(53, number(json, "database", "graphs"), "50 documents, the reference, ontology and summary graphs");
        assertTrue(number(json, "database", "bytes") > 0);
    }

    @Test
    void timesEveryNamedQuery() {
        Set<String> names = QueryCatalogue.load(java.util.Optional.of(HOME.resolve("queries"))).all().stream()
                .map(NamedQuery::name).collect(Collectors.toSet());
        JsonObject queries = json.get("queries").getAsObject();
        assertEquals(names, queries.keys());
        for (String name : names) {
            assertFalse(queries.get(name).getAsObject().get("timedOut").getAsBoolean().value(), name);
            assertTrue(number(queries, name, "medianMs") >= 0, name);
            assertTrue(number(queries, name, "p95Ms") >= number(queries, name, "medianMs"), name);
            assertTrue(number(queries, name, "rows") >= 0, name);
        }
        assertTrue(number(queries, "agreements-per-meeting", "rows") > 0, "the corpus names meetings with agreements");
    }

    @Test
    void timesServeStartUpInANewJvm() {
        assertEquals("subprocess", json.get("serve").getAsObject().get("mode").getAsString().value());
        assertTrue(number(json, "serve", "startToFirstAnswerMs") > 0);
    }

    @Test
    void runsTheHeapCheckInASmallJvm() {
        JsonObject h = json.get("heapCheck").getAsObject();
        assertTrue(h.get("completed").getAsBoolean().value(), h.toString());
        assertEquals("1g", h.get("maxHeap").getAsString().value());
        assertEquals(50, number(json, "heapCheck", "documents"));
        assertEquals(number(json, "ingest", "quads"), number(json, "heapCheck", "quads"));
    }

    @Test
    void checksEveryTarget() {
        var targets = json.get("targets").getAsArray();
        assertEquals(6, targets.size());
        for (JsonValue t : targets) {
            assertTrue(t.getAsObject().hasKey("holds"), t.toString());
            assertFalse(t.getAsObject().get("measured").getAsString().value().isBlank(), t.toString());
        }
    }

    @Test
    void refusesAFolderOfOtherFiles(@TempDir Path other) throws Exception {
        Files.writeString(other.resolve("notes.txt"), "mine");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context ctx = new Context(new Home(HOME), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(Main.FAILED, Main.run(new String[] {"bench", "--docs", "5", "--out", other.toString()}, ctx));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("holds other files"), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(other.resolve("notes.txt")));
    }
}
