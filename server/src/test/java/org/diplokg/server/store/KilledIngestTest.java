package org.diplokg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: an ingest in a child JVM killed (SIGKILL) while it loads leaves a store that opens, and a rerun
 * converges to what a clean run stores — the same document graphs with the same number of triples.
 */
class KilledIngestTest {

    @TempDir
    Path dir;

    private Process ingest(Path corpus, Path db, Path log) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Ddiplokg.home=" + Path.of("..").toAbsolutePath().normalize());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.diplokg.server.cli.Main");
        cmd.addAll(List.of("ingest", corpus.toString(), "--db", db.toString(), "--threads", "1"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Graph name → number of triples in it. */
    private static TreeMap<String, Long> graphs(Path db) {
        try (Store store = Store.open(db)) {
            DatasetGraph dsg = store.dataset();
            return Txn.calculateRead(dsg, () -> {
                TreeMap<String, Long> out = new TreeMap<>();
                for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                    Node g = it.next();
                    out.put(g.getURI(), dsg.getGraph(g).size() + 0L);
                }
                return out;
            });
        }
    }

    @Test
    void aRerunAfterAKilledIngestConvergesToACleanRun() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < 150; i++) {
            Files.writeString(corpus.resolve("doc-" + i + ".txt"), "title: 报道" + i + "\ndate: 2023-11-" + String.format("%02d", i % 28 + 1)
                    + "\n\n国家主席习近平" + (i % 28 + 1) + "日出席亚太经合组织第三十次领导人非正式会议，表示中方愿推动区域全面经济伙伴关系协定高质量实施。第"
                    + i + "篇。\n".repeat(1 + i % 5), StandardCharsets.UTF_8);
        }
        Path killed = dir.resolve("killed"), clean = dir.resolve("clean");
        Path log = dir.resolve("killed.log");
        Process p = ingest(corpus, killed, log);
        // kill it once it is loading: the static graphs are written first, then the documents
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < deadline
                && !(Files.exists(log) && Files.readString(log).contains("loaded the ontology graph"))) {
            Thread.sleep(50);
        }
        Thread.sleep(700);
        boolean killedMidway = p.isAlive();
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(killedMidway, "the ingest ended before it could be killed; nothing was tested:\n" + Files.readString(log));

        Process rerun = ingest(corpus, killed, dir.resolve("rerun.log"));
        assertTrue(rerun.waitFor(180, TimeUnit.SECONDS), "the rerun finished");
        assertEquals(0, rerun.exitValue(), Files.readString(dir.resolve("rerun.log")));
        Process fresh = ingest(corpus, clean, dir.resolve("clean.log"));
        assertTrue(fresh.waitFor(180, TimeUnit.SECONDS), "the clean run finished");
        assertEquals(0, fresh.exitValue(), Files.readString(dir.resolve("clean.log")));

        TreeMap<String, Long> afterKill = graphs(killed), reference = graphs(clean);
        assertEquals(reference, afterKill);
        assertTrue(reference.size() >= 152, "150 documents and the static graphs: " + reference.size());
    }
}
