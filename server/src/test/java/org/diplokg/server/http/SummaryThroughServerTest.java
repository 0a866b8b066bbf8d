package org.diplokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.system.Txn;
import org.diplokg.server.store.FakeProcessor;
import org.diplokg.server.store.IngestListener;
import org.diplokg.server.store.IngestReport;
import org.diplokg.server.store.Ingester;
import org.diplokg.server.store.RemoteTarget;
import org.diplokg.server.store.Store;
import org.diplokg.server.store.SummaryGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest through a running server keeps the summary graph equal to one recomputed from scratch. */
class SummaryThroughServerTest {

    @TempDir Path dir;

    @Test
    void writesThroughTheServerKeepTheSummaryCurrent() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("first.txt"), "第一篇\n北京", StandardCharsets.UTF_8);
        Path db = dir.resolve("db");
        try (Store store = Store.open(db)) {
            new Ingester(store, new FakeProcessor(), List.of(), new Ingester.Settings(1, 1000, false)).ingest(List.of(docs), IngestListener.SILENT);
        }
        KgServer server = KgServer.build(new ServerSettings(Path.of("..", "fuseki-config", "config.ttl"), db, dir,
                "127.0.0.1", 0, dir.resolve("secret").resolve("passwd"))).start();
        try {
            RemoteTarget.announce(server.location(), server.datasetUrl(), server.passwordFile());
            RemoteTarget target = RemoteTarget.find(db, PasswordFile.ADMIN).orElseThrow();
            for (int i = 0; i < 5; i++) Files.writeString(docs.resolve("doc-" + i + ".txt"), "文档 " + i + "\n北京", StandardCharsets.UTF_8);
            Files.writeString(docs.resolve("copy.txt"), "第一篇\n北京", StandardCharsets.UTF_8);
            IngestReport r = new Ingester(target, new FakeProcessor(), List.of(), new Ingester.Settings(2, 1000, false))
                    .ingest(List.of(docs), IngestListener.SILENT);
            assertEquals(5, r.added(), r.summaryLine());
            // a change, a removed document and a removed path of a document that keeps another (a graph rewritten)
            Files.writeString(docs.resolve("doc-0.txt"), "改过的文档", StandardCharsets.UTF_8);
            Files.delete(docs.resolve("doc-1.txt"));
            Files.delete(docs.resolve("copy.txt"));
            IngestReport again = new Ingester(target, new FakeProcessor(), List.of(),
                    new Ingester.Settings(1, 1000, false).withPrune(true)).ingest(List.of(docs), IngestListener.SILENT);
            assertEquals(1, again.changed(), again.summaryLine());
            String docsPage = Http.query(server.datasetUrl() + "/query",
                    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + SummaryGraph.GRAPH + "> { ?row <" + SummaryGraph.NS + "document> ?d } }").body();
            assertTrue(docsPage.contains("\"5\""), "five document rows: " + docsPage);
        } finally {
            RemoteTarget.withdraw(server.location());
            server.close();
        }
        try (Store store = Store.open(db)) {
            assertEquals(0, Txn.calculateRead(store.dataset(), () -> SummaryGraph.difference(store.dataset())));
        }
    }
}
