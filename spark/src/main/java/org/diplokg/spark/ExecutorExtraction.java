package org.diplokg.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.emit.MentionDetail;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.server.store.DocumentProcessor;
import org.diplokg.server.store.ExtractionPipeline;

/**
 * The extraction chain of one executor JVM, built once on first use (reference data loaded and HanLP initialised
 * once per JVM, not per task) and shared by the tasks that JVM runs. It is the very chain {@code ingest} uses
 * ({@link ExtractionPipeline#extract}), so both store the same quads.
 */
final class ExecutorExtraction {
    private ExecutorExtraction() {}

    /** What the chain depends on; equal settings share one chain. */
    record Settings(List<String> referenceFolders, MentionDetail mentions) implements java.io.Serializable {
        Settings {
            referenceFolders = List.copyOf(referenceFolders);
            Objects.requireNonNull(mentions);
        }
    }

    private static Settings built;
    private static ExtractionPipeline pipeline;

    static synchronized ExtractionPipeline pipeline(Settings settings) {
        if (pipeline == null || !settings.equals(built)) {
            List<Path> folders = new ArrayList<>();
            settings.referenceFolders().forEach(f -> folders.add(Path.of(f)));
            ReferenceData reference = ReferenceData.load(folders);
            DocumentProcessor processor = DocumentProcessor.of(DocumentReader.create(),
                    Extractor.builder().reference(reference).build(), settings.mentions());
            pipeline = new ExtractionPipeline(processor, 1);
            built = settings;
        }
        return pipeline;
    }
}
