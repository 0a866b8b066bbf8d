package org.diplokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplokg.server.query.NamedQuery;
import org.diplokg.server.query.OrderIndex;
import org.diplokg.server.query.QueryCatalogue;
import org.diplokg.server.store.FakeProcessor;
import org.diplokg.server.store.SummaryGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After start the server reads every named listing once, so a user's first page comes from the kept order. */
class ListingWarmUpTest {

    @TempDir Path dir;

    private static Node order(String local) { return NodeFactory.createURI(SummaryGraph.NS + local); }

    @Test
    void theListingsAreTheNamedQueriesPagedFromAKeptOrderWithoutOtherParameters() {
        List<String> names = ListingWarmUp.listings(QueryCatalogue.fromFolder(Path.of("..", "queries")).all()).stream()
                .map(NamedQuery::name).sorted().toList();
        assertEquals(List.of("agreement-statements", "agreements", "agreements-per-meeting", "documents", "meetings",
                "people", "people-per-meeting"), names, "mentions and entity-search need a parameter; types is not paged");
    }

    @Test
    void everyListingsOrderIsKeptOnceTheServerHasStarted() throws Exception {
        Path db = dir.resolve("db");
        FakeProcessor.storeOfSmallDocuments(dir.resolve("docs"), db, 30);
        KgServer server = KgServer.build(new ServerSettings(Path.of("..", "fuseki-config", "config.ttl"), db, Path.of("..").toAbsolutePath(),
                "127.0.0.1", 0, dir.resolve("secret").resolve("passwd")));
        DatasetGraph dsg = server.fuseki().getDataAccessPointRegistry().get("/" + KgServer.DATASET).getDataService().getDataset();
        try {
            assertFalse(OrderIndex.kept(dsg, order("documentOrder")), "nothing is kept before the server starts");
            server.start().listingsReady().get(2, TimeUnit.MINUTES);
            for (String key : List.of("documentOrder", "pairOrder", "meetingOrder", "agreementOrder", "personOrder",
                    "attendanceOrder", "statementOrder"))
                assertTrue(OrderIndex.kept(dsg, order(key)), key + " kept after start");
        } finally {
            server.close();
        }
    }
}
