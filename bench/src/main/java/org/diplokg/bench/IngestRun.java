package org.diplokg.bench;

import java.nio.file.Path;
import java.util.List;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.server.store.DocumentProcessor;
import org.diplokg.server.store.IngestListener;
import org.diplokg.server.store.IngestReport;
import org.diplokg.server.store.Ingester;
import org.diplokg.server.store.StaticGraph;
import org.diplokg.server.store.Store;

/** The real ingest chain as {@code diplokg ingest} runs it, set up once for many timed runs. */
final class IngestRun {

    private final DocumentProcessor processor;
    private final List<StaticGraph> staticGraphs;
    private final int threads;

    IngestRun(ReferenceData reference, int threads) {
        this.processor = DocumentProcessor.of(DocumentReader.create(), Extractor.builder().reference(reference).build(),
                org.diplokg.extractor.emit.MentionDetail.FIRST);
        this.staticGraphs = List.of(
                new StaticGraph(Vocab.REFERENCE_GRAPH, "reference graph", reference::emit),
                new StaticGraph(Vocab.ONTOLOGY_GRAPH, "ontology graph", reference::emitOntology));
        this.threads = threads;
    }

    DocumentProcessor processor() { return processor; }


    /** Ingests {@code corpus} into the database in {@code db} (made when missing) and closes it again. */
    IngestReport ingest(Path db, Path corpus) throws Exception {
        try (Store store = Store.open(db)) {
            return new Ingester(store, processor, staticGraphs, Ingester.Settings.defaults().withThreads(threads))
                    .ingest(List.of(corpus), IngestListener.SILENT);
        }
    }
}
