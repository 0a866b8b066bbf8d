package org.diplokg.server.store;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.emit.MentionDetail;
import org.diplokg.extractor.read.DocumentException;
import org.diplokg.extractor.read.DocumentReader;

/**
 * Turns the bytes of one file into a {@link DocumentGraph}. Must be thread-safe: the pipeline calls
 * it from all its workers at once.
 */
@FunctionalInterface
public interface DocumentProcessor {

    DocumentGraph process(byte[] bytes, Path file, String key) throws DocumentException;

    /** The real chain: read the document, extract from it, write {@code detail} mentions. */
    static DocumentProcessor of(DocumentReader reader, Extractor extractor, MentionDetail detail) {
        return (bytes, file, key) -> DocumentGraph.of(extractor.extract(reader.read(bytes, file, key)), extractor.reference(), detail);
    }

    /**
     * Builds the processor on first use only, so that a run in which every file is unchanged never
     * pays for setting up the extractor (dictionaries, HanLP).
     */
    static DocumentProcessor lazy(Supplier<DocumentProcessor> factory) {
        return new DocumentProcessor() {
            private volatile DocumentProcessor delegate;

            @Override
            public DocumentGraph process(byte[] bytes, Path file, String key) throws DocumentException {
                DocumentProcessor d = delegate;
                if (d == null) {
                    synchronized (this) {
                        d = delegate;
                        if (d == null) delegate = d = factory.get();
                    }
                }
                return d.process(bytes, file, key);
            }
        };
    }
}
