package org.diplokg.server.store;

import java.util.Map;
import org.apache.jena.system.Txn;
import org.diplokg.server.rdf.Prefixes;

/**
 * Where an ingest writes: the TDB2 store opened by this process ({@link #local}), or a running server that holds
 * it ({@link RemoteTarget}, through its authenticated Graph Store Protocol and update endpoints).
 */
public interface IngestTarget {

    /** Whether nothing is stored yet (then the bulk loader may be used). */
    boolean isEmpty();

    /** Graph IRI → the sha256 the graph records about itself. */
    Map<String, String> graphHashes();

    /** Path → document, from every document's dkg:sourceFile. */
    Map<String, String> sourceFiles();

    GraphSink sink(boolean bulk, long batchQuads);

    long quadCount();

    /** Called once after a run that wrote something. */
    void written();

    /** Recomputes the copies-of-one-story links; returns the number of linked pairs. */
    int refreshStories();

    /** The database folder when this process writes it directly (file stamps are kept beside it), else empty. */
    default java.util.Optional<java.nio.file.Path> localFolder() { return java.util.Optional.empty(); }

    static IngestTarget local(Store store) {
        return new IngestTarget() {
            @Override public java.util.Optional<java.nio.file.Path> localFolder() { return java.util.Optional.of(store.location()); }
            @Override public boolean isEmpty() { return store.isEmpty(); }
            @Override public Map<String, String> graphHashes() { return store.graphHashes(); }
            @Override public Map<String, String> sourceFiles() { return store.sourceFiles(); }

            @Override
            public GraphSink sink(boolean bulk, long batchQuads) {
                return bulk ? new GraphSink.Bulk(store.dataset()) : new GraphSink.Batched(store.dataset(), batchQuads);
            }

            @Override public long quadCount() { return store.quadCount(); }

            @Override
            public void written() {
                Txn.executeWrite(store.dataset(), () -> store.dataset().prefixes().putAll(Prefixes.prefixMap()));
            }

            @Override public int refreshStories() { return StoryLinks.refresh(store); }
        };
    }
}
