package org.diplokg.server.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.NodeFactory;
import org.diplokg.server.rdf.Prefixes;
import org.junit.jupiter.api.Test;

class NodeTextTest {

    @Test
    void showsPrefixedIrisWithChineseDecodedButStructuralEscapesKept() {
        String iri = "https://w3id.org/diplokg/id/meeting/%E5%85%A8%E7%90%83%E5%81%A5%E5%BA%B7%E5%B3%B0%E4%BC%9A-2021";
        assertEquals("id:meeting/全球健康峰会-2021", NodeText.of(NodeFactory.createURI(iri), Prefixes.prefixMapping()));
        assertEquals("doc:%2Fseeds%2Fa.txt", NodeText.of(NodeFactory.createURI("https://w3id.org/diplokg/doc/%2Fseeds%2Fa.txt"), Prefixes.prefixMapping()));
        assertEquals("<urn:x:%FF>", NodeText.of(NodeFactory.createURI("urn:x:%FF"), Prefixes.prefixMapping()));
    }

    @Test
    void literalsShowTheirTextOnly() {
        assertEquals("习近平", NodeText.of(NodeFactory.createLiteralLang("习近平", "zh-Hans"), Prefixes.prefixMapping()));
        assertEquals("", NodeText.of(null, Prefixes.prefixMapping()));
    }
}
