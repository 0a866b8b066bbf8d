package org.diplokg.server.store;

import org.apache.jena.riot.system.StreamRDF;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.emit.DocumentEmitter;
import org.diplokg.extractor.emit.MentionDetail;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.extractor.summary.JsonSummary;

/**
 * What the ingest pipeline needs of one processed file: the document as read, the IRI of its graph, its quads and
 * its JSON summary. {@link #of} adapts the extractor's knowledge; store tests use stand-ins.
 */
public interface DocumentGraph {

    SourceDocument document();

    /** The document's IRI, which also names the graph everything from it goes into. */
    String graphIri();

    /** Sends every quad of this document's graph to {@code out} (no start/finish calls). */
    void emit(StreamRDF out);

    /** The per-document JSON summary of shared/eval/SCHEMA.md. */
    String summaryJson();

    /** The extractor's knowledge of a document, written with {@code detail} mentions. */
    static DocumentGraph of(DocumentKnowledge knowledge, ReferenceData reference, MentionDetail detail) {
        return new DocumentGraph() {
            @Override public SourceDocument document() { return knowledge.document(); }
            @Override public String graphIri() { return DocumentEmitter.graphIri(knowledge); }
            @Override public void emit(StreamRDF out) { DocumentEmitter.emit(knowledge, detail, out); }
            @Override public String summaryJson() { return JsonSummary.of(knowledge, reference).toJson(); }
        };
    }
}
