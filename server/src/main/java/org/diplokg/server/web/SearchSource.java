package org.diplokg.server.web;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where {@code /search} finds things. {@link SparqlSearch} reads labels with SPARQL; a full-text index plugs in
 * here. Called inside a read transaction on the dataset.
 */
public interface SearchSource {

    /**
     * @param iri       the entity or document
     * @param type      an rdf:type IRI of it, or null (the page reads the kind from the IRI when it can)
     * @param matched   the name or text that matched, as stored
     * @param documents how many documents mention it (1 for a document)
     */
    record Hit(String iri, String type, String matched, long documents) {}

    /** Entities and documents whose names (or text) contain {@code text}, the most mentioned first. */
    List<Hit> search(DatasetGraph dsg, String text, int limit);
}
