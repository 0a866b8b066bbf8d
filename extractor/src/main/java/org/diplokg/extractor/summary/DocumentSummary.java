package org.diplokg.extractor.summary;

/** The per-document JSON summary described in shared/eval/SCHEMA.md. */
public interface DocumentSummary {
    /** The summary as pretty-printed JSON (UTF-8 text, Chinese unescaped). */
    String toJson();
}
