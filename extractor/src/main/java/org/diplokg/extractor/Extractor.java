package org.diplokg.extractor;

import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.reference.ReferenceData;

/**
 * Documents to knowledge: the whole chain analyse → recognise → resolve for one document.
 * Build one (it loads the reference data and initialises HanLP once) and share it between threads.
 */
public final class Extractor {

    private final ReferenceData reference;

    private Extractor(Builder b) {
        this.reference = b.reference;
    }

    public static Builder builder() { return new Builder(); }

    public ReferenceData reference() { return reference; }

    /** Extracts everything from one document; never throws for bad content, only for bugs. */
    public Extraction extract(SourceDocument document) {
        throw new UnsupportedOperationException("not yet");
    }

    public static final class Builder {
        private ReferenceData reference;

        private Builder() {}

        /** The reference knowledge base; default {@link ReferenceData#load()}. */
        public Builder reference(ReferenceData reference) {
            this.reference = reference;
            return this;
        }

        public Extractor build() {
            if (reference == null) reference = ReferenceData.load();
            return new Extractor(this);
        }
    }
}
