package org.diplokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplokg.server.store.FakeProcessor;
import org.diplokg.server.store.IngestListener;
import org.diplokg.server.store.IngestReport;
import org.diplokg.server.store.Ingester;
import org.diplokg.server.store.RemoteTarget;
import org.diplokg.server.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest into a database a running server holds: through the server, authenticated, queries answering throughout. */
class IngestWhileServingTest {

    @TempDir Path dir;

    private static final String COUNT = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?d { ?d a <https://schema.org/NewsArticle> } }";

    private static int count(String ds) throws Exception {
        HttpResponse<String> r = Http.query(ds + "/query", COUNT);
        assertEquals(200, r.statusCode(), r.body());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"").matcher(r.body());
        assertTrue(m.find(), r.body());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void documentsLoadThroughTheRunningServerAndAreQueryableWithoutRestart() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("first.txt"), "第一篇", StandardCharsets.UTF_8);
        Path db = dir.resolve("db");
        try (Store store = Store.open(db)) {
            new Ingester(store, new FakeProcessor(), List.of(), new Ingester.Settings(1, 1000, false)).ingest(List.of(docs), IngestListener.SILENT);
        }
        KgServer server = KgServer.build(new ServerSettings(Path.of("..", "fuseki-config", "config.ttl"), db, dir,
                "127.0.0.1", 0, dir.resolve("secret").resolve("passwd"))).start();
        try {
            String ds = server.datasetUrl();
            RemoteTarget.announce(server.location(), ds, server.passwordFile());
            assertEquals(1, count(ds));
            for (int i = 0; i < 40; i++) Files.writeString(docs.resolve("doc-" + i + ".txt"), "文档 " + i + "\n第二行", StandardCharsets.UTF_8);
            Files.writeString(docs.resolve("copy.txt"), "第一篇", StandardCharsets.UTF_8);

            Optional<RemoteTarget> target = RemoteTarget.find(db, PasswordFile.ADMIN);
            assertTrue(target.isPresent(), "the announced server is found");

            // queries keep being answered while the load runs
            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            List<String> problems = new ArrayList<>();
            Thread reader = new Thread(() -> {
                try {
                    while (loading.get()) {
                        int n = count(ds);
                        if (n < 1 || n > 41) synchronized (problems) { problems.add("count " + n); }
                        answered.incrementAndGet();
                    }
                } catch (Throwable e) {
                    synchronized (problems) { problems.add(e.toString()); }
                }
            });
            reader.start();
            IngestReport r;
            try {
                r = new Ingester(target.get(), new FakeProcessor(), List.of(), new Ingester.Settings(2, 1000, false))
                        .ingest(List.of(docs), IngestListener.SILENT);
            } finally {
                loading.set(false);
                reader.join(60_000);
            }
            assertEquals(40, r.added(), r.summaryLine());
            assertEquals(1, r.copies());
            assertEquals(1, r.unchanged());
            assertEquals(List.of(), problems);
            assertTrue(answered.get() >= 1, "queries answered during the load");
            assertEquals(41, count(ds), "queryable at once, no restart");

            // a change and a prune go through the server too
            Files.writeString(docs.resolve("doc-0.txt"), "改过的文档", StandardCharsets.UTF_8);
            Files.delete(docs.resolve("doc-1.txt"));
            IngestReport again = new Ingester(target.get(), new FakeProcessor(), List.of(),
                    new Ingester.Settings(1, 1000, false).withPrune(true)).ingest(List.of(docs), IngestListener.SILENT);
            assertEquals(1, again.changed(), again.summaryLine());
            assertEquals(1, again.pruned(), again.summaryLine());
            assertEquals(40, count(ds));
            HttpResponse<String> changed = Http.query(ds + "/query",
                    "ASK { GRAPH ?g { ?g <https://w3id.org/diplokg/ns#sourceFile> \"docs/doc-0.txt\" . ?x <http://www.w3.org/2000/01/rdf-schema#label> \"改过的文档\" } }");
            assertTrue(changed.body().contains("true"), changed.body());
        } finally {
            RemoteTarget.withdraw(server.location());
            server.close();
        }
        assertTrue(RemoteTarget.find(db, PasswordFile.ADMIN).isEmpty(), "no server announced after it stops");
    }

    @Test
    void aStaleAnnouncementIsIgnored() throws Exception {
        Path db = Files.createDirectories(dir.resolve("db2"));
        Path passwd = dir.resolve("passwd");
        PasswordFile.ensure(passwd);
        RemoteTarget.announce(db, "http://127.0.0.1:9/kg", passwd); // nothing listens on the discard port
        assertTrue(RemoteTarget.find(db, PasswordFile.ADMIN).isEmpty());
    }
}
