package org.diplokg.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.server.store.FakeProcessor;
import org.diplokg.server.store.IngestListener;
import org.diplokg.server.store.Ingester;
import org.diplokg.server.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs with an empty project folder as home: defaults land in the temp dir, queries come from the classpath. */
    private int run(String... args) {
        Context ctx = new Context(new Home(dir.resolve("home")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return Main.run(args, ctx);
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void noArgumentsPrintsTheOverviewAndExits2() {
        assertEquals(2, run());
        assertTrue(err().contains("commands:") && err().contains("ingest"), err());
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        for (String c : List.of("up", "ingest", "serve", "query", "export", "extract", "validate")) {
            assertTrue(out().contains("  " + c + " "), c + " missing from\n" + out());
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : List.of("up", "ingest", "serve", "query", "export", "extract", "validate")) {
            out.reset();
            assertEquals(0, run(c, "--help"), c);
            assertTrue(out().startsWith("usage: diplokg " + c), out());
            assertTrue(out().contains("-h, --help"));
        }
    }

    @Test
    void aCommandListedInMetaInfServicesIsListedAndRun() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("  echo "), out());
        out.reset();
        assertEquals(0, run("echo", "--help"));
        assertTrue(out().startsWith("usage: diplokg echo WORD…"), out());
        out.reset();
        assertEquals(0, run("echo", "a", "b"));
        assertEquals("a b", out().strip());
    }

    @Test
    void discoveredCommandsComeAfterTheBuiltInOnesByNameAndCannotReplaceThem() {
        Command builtIn = new EchoCommand("up");
        Command imposter = new EchoCommand("up");
        List<Command> all = Main.withDiscovered(List.of(builtIn), List.of(new EchoCommand("zeta"), imposter, new EchoCommand("alpha")));
        assertEquals(List.of("up", "alpha", "zeta"), all.stream().map(Command::name).toList());
        assertSame(builtIn, all.get(0));
    }

    @Test
    void unknownCommandsAndOptionsExit2WithAClearMessage() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err().contains("unknown command frobnicate"), err());
        err.reset();
        assertEquals(2, run("ingest", "seeds", "--bogus"));
        assertTrue(err().contains("diplokg ingest: unknown option --bogus"), err());
        assertTrue(err().contains("usage: diplokg ingest PATH…"), err());
    }

    @Test
    void missingArgumentsAndBadValuesExit2AndTouchNothing() {
        assertEquals(2, run("ingest"));
        assertEquals(2, run("ingest", "x", "--threads", "many"));
        assertEquals(2, run("up", "--port", "70000"));
        assertEquals(2, run("ingest", "x", "--mentions", "some"));
        assertTrue(err().contains("--mentions takes first or all, not some"), err());
        assertFalse(Files.exists(dir.resolve("home")), "a usage error must not create the database");
        assertEquals(2, run("extract", "x"));
        assertTrue(err().contains("--out is required"), err());
        assertEquals(2, run("serve", "extra"));
        assertEquals(2, run("export", "--format", "xml"));
        assertEquals(2, run("query"));
        assertEquals(2, run("query", "no-such-query"));
        assertEquals(2, run("query", "mentions", "--db", dir.toString()));
        assertTrue(err().contains("needs --param entity"), err());
        assertEquals(2, run("query", "meetings", "--format", "xml"));
    }

    @Test
    void queryListShowsNamesAndTitles() {
        assertEquals(0, run("query", "--list"));
        assertTrue(out().lines().anyMatch(l -> l.matches("agreements-per-meeting\\s+Agreements mentioned at each meeting(\\s+\\(--param page\\))?")), out());
        assertTrue(out().contains("mentions "), out());
    }

    @Test
    void queryAndExportWorkOnAStore() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "亚太经合组织第二十八次领导人非正式会议");
        Path db = dir.resolve("db");
        try (Store store = Store.open(db)) {
            new Ingester(store, new FakeProcessor(), List.of(), new Ingester.Settings(1, 1000, false)).ingest(List.of(docs), IngestListener.SILENT);
        }
        assertEquals(0, run("query", "documents", "--db", db.toString(), "--format", "csv"), err());
        assertTrue(out().contains("亚太经合组织第二十八次领导人非正式会议"), out());

        Path ttl = dir.resolve("out/graph.ttl");
        assertEquals(0, run("export", "--db", db.toString(), "--out", ttl.toString()), err());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(ttl).parse(g);
        assertTrue(g.size() > 3);
        assertTrue(err().contains("as turtle"), err());

        assertEquals(1, run("export", "--db", db.toString(), "--graph", "urn:no:such:graph"));
    }

    @Test
    void queryOnAMissingDatabaseSaysHowToMakeOne() {
        assertEquals(1, run("query", "meetings", "--db", dir.resolve("none").toString()));
        assertTrue(err().contains("ingest"), err());
    }
}
