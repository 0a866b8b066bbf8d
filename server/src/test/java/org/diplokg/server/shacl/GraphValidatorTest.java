package org.diplokg.server.shacl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class GraphValidatorTest {

    private static Graph turtle(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void aMeetingWithAWordForAnOrdinalDoesNotConform() {
        GraphValidator v = GraphValidator.load(Optional.of(Path.of("..", "ontology", "shapes.ttl"))).orElseThrow();
        ValidationReport report = v.validate(turtle("""
                PREFIX dkg: <https://w3id.org/diplokg/ns#>
                PREFIX schema: <https://schema.org/>
                <https://w3id.org/diplokg/id/meeting/x> a dkg:Meeting ;
                    schema:name "亚太经合组织第二十八次领导人非正式会议"@zh-Hans ;
                    dkg:ordinal "第二十八次" .
                """));
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.resultPath().toString().contains("ordinal")), report.getEntries().toString());
    }

    @Test
    void shippedShapesAreFoundWithoutAFile() {
        assertTrue(GraphValidator.load(Optional.empty()).isPresent(), "shapes.ttl should ship in the extractor jar");
    }
}
