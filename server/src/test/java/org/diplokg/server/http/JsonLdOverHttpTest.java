package org.diplokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.server.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An IRI dereferenced as JSON-LD keeps its labels' language tags as written (zh-Hans, not zh-hans). */
class JsonLdOverHttpTest {

    @TempDir Path dir;

    @Test
    void entityAsJsonLdKeepsLanguageTagsAsWritten() throws Exception {
        Path db = dir.resolve("db");
        String rcep = Vocab.ID + "agreement/rcep";
        try (Store store = Store.open(db)) {
            Txn.executeWrite(store.dataset(), () -> {
                var g = NodeFactory.createURI(Vocab.REFERENCE_GRAPH);
                var s = NodeFactory.createURI(rcep);
                var label = NodeFactory.createURI(Vocab.SKOS + "prefLabel");
                store.dataset().add(g, s, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NodeFactory.createURI(Vocab.DKG + "Agreement"));
                store.dataset().add(g, s, label, NodeFactory.createLiteralLang("区域全面经济伙伴关系协定", "zh-Hans"));
                store.dataset().add(g, s, label, NodeFactory.createLiteralLang("區域全面經濟夥伴關係協定", "zh-Hant"));
            });
        }
        KgServer server = KgServer.build(new ServerSettings(Path.of("..", "fuseki-config", "config.ttl"), db, dir,
                "127.0.0.1", 0, dir.resolve("secret").resolve("passwd"))).start();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "id/agreement/rcep"))
                    .header("Accept", "application/ld+json").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
            assertTrue(r.body().matches("(?s).*\"@language\"\\s*:\\s*\"zh-Hans\".*"), r.body());
            assertTrue(r.body().matches("(?s).*\"@language\"\\s*:\\s*\"zh-Hant\".*"), r.body());
            assertFalse(r.body().contains("\"zh-hans\""), r.body());
        } finally {
            server.close();
        }
    }
}
