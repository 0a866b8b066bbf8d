package org.diplokg.server.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class NamedQueryTest {

    @Test
    void readsTitleDescriptionWithContinuationLinesAndParams() {
        NamedQuery q = NamedQuery.parse("mentions", """
                # title: Where an entity is mentioned
                # description: Every mention of one entity,
                #   with offsets and the sentence.
                # param: entity — the entity's IRI (required)
                # param: ?limit how many
                PREFIX x: <urn:x:>
                # a comment inside the query is not header
                SELECT * { ?s ?p ?entity }
                """);
        assertEquals("Where an entity is mentioned", q.title());
        assertEquals("Every mention of one entity, with offsets and the sentence.", q.description());
        assertEquals(Map.of("entity", "the entity's IRI (required)", "limit", "how many"), q.params());
    }

    @Test
    void fileWithoutHeaderIsTitledByItsName() {
        NamedQuery q = NamedQuery.parse("plain", "SELECT * { ?s ?p ?o }");
        assertEquals("plain", q.title());
        assertEquals("", q.description());
        assertTrue(q.params().isEmpty());
    }

    @Test
    void everyProjectQueryHasATitleADescriptionAndParses() {
        QueryCatalogue catalogue = QueryCatalogue.fromFolder(Path.of("..", "queries"));
        assertTrue(catalogue.all().size() >= 5);
        for (String required : new String[] {"agreements-per-meeting", "meetings", "people-per-meeting", "documents", "mentions"}) {
            assertTrue(catalogue.find(required).isPresent(), required);
        }
        for (NamedQuery q : catalogue.all()) {
            assertFalse(q.title().equals(q.name()), q.name() + " has no title");
            assertFalse(q.description().isBlank(), q.name() + " has no description");
            QueryFactory.create(q.text());
        }
    }

    @Test
    void shippedCatalogueHasTheSameQueriesAsTheFolder() {
        QueryCatalogue folder = QueryCatalogue.fromFolder(Path.of("..", "queries"));
        QueryCatalogue shipped = QueryCatalogue.fromClasspath();
        assertEquals(folder.all().stream().map(NamedQuery::name).toList(), shipped.all().stream().map(NamedQuery::name).toList());
        assertEquals(folder.all(), QueryCatalogue.load(Optional.of(Path.of("..", "queries"))).all());
        assertTrue(folder.find("meetings.rq").isPresent(), "a name may be given with its .rq");
    }
}
