package org.diplokg.extractor;

import org.apache.jena.riot.system.StreamRDF;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.summary.DocumentSummary;

/**
 * What was extracted from one document. {@link #emit(StreamRDF)} writes it as quads, all in the
 * document's own graph ({@link #graphIri()}); {@link #summary()} is the per-document JSON summary.
 */
public interface Extraction {

    SourceDocument document();

    /** The document's IRI, which also names the graph everything from it goes into. */
    String graphIri();

    /** Sends every quad of this document's graph to {@code out} (no start/finish calls). */
    void emit(StreamRDF out);

    DocumentSummary summary();
}
