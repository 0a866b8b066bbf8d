package org.diplokg.extractor.reference;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;

/**
 * The reference knowledge base (ontology/reference/*.ttl shipped in the jar, plus any user folder):
 * entities with their labels, used to build the gazetteer and to resolve mentions.
 */
public final class ReferenceData {

    private ReferenceData() {}

    /** The shipped reference data only. */
    public static ReferenceData load() {
        return load(List.of());
    }

    /** The shipped reference data plus every {@code *.ttl} file in the given folders (missing folders are skipped). */
    public static ReferenceData load(List<Path> userFolders) {
        return new ReferenceData();
    }

    /** Sends the reference triples as quads in {@code Vocab.REFERENCE_GRAPH}. */
    public void emit(StreamRDF out) {}

    /** Sends the ontology (diplokg.ttl) as quads in {@code Vocab.ONTOLOGY_GRAPH}. */
    public void emitOntology(StreamRDF out) {}
}
