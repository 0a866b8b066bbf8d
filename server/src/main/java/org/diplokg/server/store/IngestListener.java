package org.diplokg.server.store;

/** Hears how an ingest goes; every call comes from the thread running the ingest. */
public interface IngestListener {

    default void started(int totalFiles) {}

    default void progress(int done, int total) {}

    /** A file failed; {@code message} reads "path: problem". */
    default void failed(String message) {}

    /** A file was read with a correction; {@code message} reads "path: warning: what". */
    default void warned(String message) {}

    /** An entry of a folder was left out; {@code message} reads "path: skipped: reason". */
    default void skipped(String message) {}

    /** A reference or ontology graph was (re)loaded. */
    default void staticGraphLoaded(String label, int quads) {}

    /** Extraction is over; the store is committing what was written. */
    default void committing() {}

    default void finished(IngestReport report) {}

    IngestListener SILENT = new IngestListener() {};
}
