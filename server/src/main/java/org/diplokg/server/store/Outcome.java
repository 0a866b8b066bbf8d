package org.diplokg.server.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.Quad;

/** What became of one file in the pipeline. */
public sealed interface Outcome {

    Path file();

    /** The store already holds this file's graph, made from the same bytes: nothing was parsed. */
    record Unchanged(Path file, String key) implements Outcome {}

    /** The file could not be used; {@code message} reads "path: problem". */
    record Failed(Path file, String message) implements Outcome {}

    /** The file was read and extracted; {@code quads} is its whole graph. */
    record Extracted(Path file, String key, String sha256, DocumentGraph extraction, List<Quad> quads)
            implements Outcome {
        public Extracted {
            quads = List.copyOf(quads);
        }

        public String graphIri() { return extraction.graphIri(); }

        /** What the store keeps of it: the graph's quads plus the record of the bytes it was made from. */
        public List<Quad> storedQuads() { return StoredGraph.withHash(graphIri(), quads, sha256); }
    }
}
