package org.diplokg.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.system.Txn;
import org.diplokg.server.store.FakeProcessor;
import org.diplokg.server.store.Store;
import org.diplokg.server.store.SummaryGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listing queries page (--param page=N) and the summary command checks and rebuilds the summary graph. */
class SummaryPagingTest {

    @TempDir Path dir;

    private String run(int expectedExit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Context ctx = new Context(new Home(Path.of("..")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        int code = Main.run(args, ctx);
        assertEquals(expectedExit, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> docs(String csv) {
        List<String> out = new ArrayList<>();
        csv.lines().skip(1).forEach(l -> out.add(l.substring(0, l.indexOf(','))));
        return out;
    }

    @Test
    void pagesAreDisjointOrderedAndTheSummaryCommandRebuilds() throws Exception {
        Path db = dir.resolve("db");
        Path docs = FakeProcessor.storeOfSmallDocuments(dir.resolve("docs"), db, 150);
        List<String> first = docs(run(0, "query", "documents", "--db", db.toString(), "--format", "csv"));
        List<String> second = docs(run(0, "query", "documents", "--db", db.toString(), "--format", "csv", "--param", "page=2"));
        List<String> third = docs(run(0, "query", "documents", "--db", db.toString(), "--format", "csv", "--param", "page=3"));
        assertEquals(100, first.size());
        assertEquals(50, second.size());
        assertEquals(0, third.size());
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        assertEquals(150, all.size(), "pages 1 and 2 are disjoint and cover every document");
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        assertEquals(both.stream().sorted().toList(), both, "undated documents in IRI order across pages");
        assertTrue(run(0, "query", "--list").contains("--param page="), "query --list shows parameters");

        assertTrue(run(0, "summary", "--db", db.toString()).contains("current"));
        try (Store store = Store.open(db)) {
            Txn.executeWrite(store.dataset(), () -> store.dataset().deleteAny(org.apache.jena.graph.NodeFactory.createURI(SummaryGraph.GRAPH),
                    org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY));
        }
        assertTrue(run(1, "summary", "--db", db.toString()).contains("differ"));
        assertTrue(run(0, "summary", "--db", db.toString(), "--rebuild").contains("rebuilt"));
        assertTrue(run(0, "summary", "--db", db.toString()).contains("current"));
        assertEquals(first, docs(run(0, "query", "documents", "--db", db.toString(), "--format", "csv")));
    }
}
