package org.diplokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.server.query.QueryCatalogue;
import org.diplokg.server.query.QueryRunner;
import org.diplokg.server.store.FakeProcessor;
import org.diplokg.server.store.IngestListener;
import org.diplokg.server.store.Ingester;
import org.diplokg.server.store.RemoteTarget;
import org.diplokg.server.store.SummaryGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running server pages a listing from its in-memory order (sum:ordered): after documents are added, changed and
 * removed through it, paging through the documents listing gives every row exactly once, in the order a full sort
 * of the summary graph's keys gives.
 */
class ListingPagesAfterIngestTest {

    @TempDir Path dir;

    private static final Pattern DOC = Pattern.compile("\"doc\"\\s*:\\s*\\{[^}]*\"value\"\\s*:\\s*\"([^\"]+)\"");

    private static List<String> docs(String json) {
        List<String> out = new ArrayList<>();
        Matcher m = DOC.matcher(json);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static List<String> page(String endpoint, int n) throws Exception {
        String text = QueryCatalogue.fromFolder(Path.of("..", "queries")).find("documents").orElseThrow().text();
        return docs(Http.query(endpoint, QueryRunner.prepare(text, List.of("page=" + n)).toString()).body());
    }

    private static List<String> allPages(String endpoint) throws Exception {
        List<String> all = new ArrayList<>();
        for (int n = 1; ; n++) {
            List<String> p = page(endpoint, n);
            all.addAll(p);
            if (p.size() < 100) return all;
        }
    }

    /** The listing as a full sort of every key (the way the queries paged before sum:ordered). */
    private static List<String> fullSort(String endpoint) throws Exception {
        return docs(Http.query(endpoint, "SELECT ?doc WHERE { GRAPH <" + SummaryGraph.GRAPH + "> { ?row <" + SummaryGraph.NS
                + "document> ?doc ; <" + SummaryGraph.NS + "documentOrder> ?order } } ORDER BY ?order").body());
    }

    @Test
    void everyRowOnceInOrderAfterAddsChangesAndRemovals() throws Exception {
        Path db = dir.resolve("db");
        Path docs = FakeProcessor.storeOfSmallDocuments(dir.resolve("docs"), db, 150);
        KgServer server = KgServer.build(new ServerSettings(Path.of("..", "fuseki-config", "config.ttl"), db, dir,
                "127.0.0.1", 0, dir.resolve("secret").resolve("passwd"))).start();
        String endpoint = server.datasetUrl() + "/query";
        try {
            List<String> before = allPages(endpoint);
            assertEquals(150, before.size());
            assertEquals(fullSort(endpoint), before);

            RemoteTarget.announce(server.location(), server.datasetUrl(), server.passwordFile());
            RemoteTarget target = RemoteTarget.find(db, PasswordFile.ADMIN).orElseThrow();
            for (int i = 150; i < 190; i++) Files.writeString(docs.resolve("d" + i + ".txt"), "文档 " + i, StandardCharsets.UTF_8);
            for (int i = 0; i < 10; i++) Files.delete(docs.resolve("d" + i + ".txt"));
            Files.writeString(docs.resolve("d20.txt"), "改过的文档 20", StandardCharsets.UTF_8);
            new Ingester(target, new FakeProcessor(), List.of(), new Ingester.Settings(1, 1000, false).withPrune(true))
                    .ingest(List.of(docs), IngestListener.SILENT);

            List<String> after = allPages(endpoint);
            assertEquals(180, after.size(), "150 + 40 added − 10 removed");
            assertEquals(180, after.stream().distinct().count(), "no row twice");
            assertEquals(fullSort(endpoint), after, "in key order");
            assertEquals(after.subList(0, 100), page(endpoint, 1), "the same page again (from the kept order)");
        } finally {
            RemoteTarget.withdraw(server.location());
            server.close();
        }
    }
}
