package org.diplokg.server.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.Quad;

/** What became of one file in the pipeline. */
public sealed interface Outcome {

    Path file();

    /** The store already holds this file's graph, made from the same bytes: nothing was parsed. */
    record Unchanged(Path file, String key) implements Outcome {}

    /** The file could not be used; {@code message} reads "path: problem"; {@code sha256} when it was hashed, else null. */
    record Failed(Path file, String message, String sha256) implements Outcome {
        public Failed(Path file, String message) { this(file, message, null); }
    }

    /** Another path with the same bytes is (or is being) stored: this path joins that document. */
    record Copy(Path file, String key, String sha256) implements Outcome {}

    /**
     * The file was read and extracted; {@code quads} is its whole graph, {@code sketch} the quad of its story sketch
     * ({@link StoryLinks}), made on the worker that extracted it: on the loading thread, which is the busier side of a
     * first ingest once its writing overlaps extraction, the sketches were 4 % of its samples (2,000 real files).
     */
    record Extracted(Path file, String key, String sha256, DocumentGraph extraction, List<Quad> quads,
            Optional<Quad> sketch) implements Outcome {
        public Extracted {
            quads = List.copyOf(quads);
        }

        public Extracted(Path file, String key, String sha256, DocumentGraph extraction, List<Quad> quads) {
            this(file, key, sha256, extraction, quads,
                    StoryLinks.sketchQuad(extraction.graphIri(), extraction.document().body()));
        }

        public String graphIri() { return extraction.graphIri(); }

        /**
         * What the store keeps of it: the graph's quads, the record of the bytes it was made from, and the sketch of
         * its body that copies of one story are found by ({@link StoryLinks}).
         */
        public List<Quad> storedQuads() {
            List<Quad> all = StoredGraph.withHash(graphIri(), quads, sha256);
            sketch.ifPresent(all::add);
            return all;
        }
    }
}
