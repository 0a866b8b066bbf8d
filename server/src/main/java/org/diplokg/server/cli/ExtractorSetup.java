package org.diplokg.server.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.emit.MentionDetail;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.server.store.DocumentProcessor;
import org.diplokg.server.store.StaticGraph;

/**
 * The real extraction chain for the commands: the reference data (shipped plus the user's folders),
 * loaded once; the extractor, built on first use only.
 */
public final class ExtractorSetup {

    private final ReferenceData reference;
    private final MentionDetail mentions;

    private ExtractorSetup(ReferenceData reference, MentionDetail mentions) {
        this.reference = reference;
        this.mentions = mentions;
    }

    /** Shipped reference data plus {@code ontology/user/} and any {@code --reference} folders. */
    public static ExtractorSetup load(Home home, List<String> extraFolders) {
        return load(home, extraFolders, MentionDetail.FIRST);
    }

    /** As {@link #load(Home, List)}, writing {@code mentions} of each document. */
    static ExtractorSetup load(Home home, List<String> extraFolders, MentionDetail mentions) {
        List<Path> folders = new ArrayList<>();
        folders.add(home.userReference());
        extraFolders.forEach(f -> folders.add(Path.of(f)));
        return new ExtractorSetup(ReferenceData.load(folders), mentions);
    }

    public DocumentProcessor processor() {
        DocumentReader reader = DocumentReader.create();
        return DocumentProcessor.lazy(() -> DocumentProcessor.of(reader, Extractor.builder().reference(reference).build(), mentions));
    }

    public List<StaticGraph> staticGraphs() {
        return List.of(
                new StaticGraph(Vocab.REFERENCE_GRAPH, "reference graph", reference::emit),
                new StaticGraph(Vocab.ONTOLOGY_GRAPH, "ontology graph", reference::emitOntology));
    }
}
