package org.diplokg.server.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.diplokg.server.rdf.Prefixes;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    private static Node one(String item) {
        return QueryParameters.parse(List.of(item), Prefixes.prefixMapping()).values().iterator().next();
    }

    @Test
    void readsIrisInEveryWrittenForm() {
        Node rcep = NodeFactory.createURI("https://w3id.org/diplokg/id/agreement/rcep");
        assertEquals(rcep, one("entity=<https://w3id.org/diplokg/id/agreement/rcep>"));
        assertEquals(rcep, one("entity=id:agreement/rcep"));
        assertEquals(rcep, one("?entity=https://w3id.org/diplokg/id/agreement/rcep"));
    }

    @Test
    void readsLiteralsAndPlainText() {
        assertEquals(NodeFactory.createLiteralLang("习近平", "zh"), one("name=\"习近平\"@zh"));
        assertEquals(NodeFactoryExtra.intToNode(28), one("n=28"));
        assertEquals(NodeFactory.createLiteralString("伙伴关系"), one("text=伙伴关系"));
        assertEquals(NodeFactory.createLiteralString("RCEP"), one("text=RCEP"));
    }

    @Test
    void rejectsItemsWithoutAVariable() {
        assertThrows(IllegalArgumentException.class, () -> one("justtext"));
        assertThrows(IllegalArgumentException.class, () -> one("1x=y"));
    }

    @Test
    void bindingReplacesTheVariableInPatternsAndFilters() {
        Query q = QueryFactory.create("SELECT ?s { ?s ?p ?o FILTER(CONTAINS(STR(?o), ?text)) }");
        Query bound = QueryParameters.bind(q, Map.of("text", NodeFactory.createLiteralString("协定")));
        String where = bound.toString().substring(bound.toString().indexOf("WHERE"));
        assertTrue(where.contains("contains(str(?o), \"协定\")") && !where.contains("?text"), where);
    }
}
