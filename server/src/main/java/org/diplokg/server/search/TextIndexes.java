package org.diplokg.server.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.diplokg.extractor.vocab.Vocab;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.jena.vocabulary.RDF;

/**
 * Where the text index lives and how a database is opened with it. The index is the folder {@value #FOLDER} inside
 * the database folder, whatever the configuration's {@code text:directory} says ({@link #placeIndex}): one
 * {@code --db DIR} names the store and its index together, so copying or removing a database takes its index along,
 * and a new database at an old path never meets a stale index. Its definition (fields, predicates, analyzer) is the
 * {@code text:TextIndexLucene} of the shipped {@code config.ttl}, for the server and the command line alike.
 */
public final class TextIndexes {

    /** The index folder's name inside the database folder. */
    public static final String FOLDER = "text-index";

    static final String CONFIG = "diplokg/fuseki-config/config.ttl";

    private TextIndexes() {}

    public static Path folder(Path database) {
        return database.toAbsolutePath().normalize().resolve(FOLDER);
    }

    /** The database {@code base} (at {@code location}) behind a text dataset that keeps the index current. */
    public static DatasetGraph wrap(DatasetGraph base, Path location) {
        TextIndex index = open(location);
        return TextDatasetFactory.create(base, index, true, new EntityDocProducer(base, index));
    }

    /** Closes the index of a dataset made by {@link #wrap} (the database itself is left to its owner). */
    public static void close(DatasetGraph dsg) {
        if (dsg instanceof DatasetGraphText text) text.getTextIndex().close();
    }

    /** The TDB2 dataset under a text dataset (or {@code dsg} itself). */
    public static DatasetGraph base(DatasetGraph dsg) {
        return dsg instanceof DatasetGraphText text ? text.getWrapped() : dsg;
    }

    /** The index's documents for a text dataset, if it is one with a Lucene index. */
    public static java.util.Optional<IndexDocuments> documents(DatasetGraph dsg) {
        return dsg instanceof DatasetGraphText text && text.getTextIndex() instanceof org.apache.jena.query.text.TextIndexLucene
                ? java.util.Optional.of(new IndexDocuments(text.getTextIndex())) : java.util.Optional.empty();
    }

    /** The shipped configuration's index description, at {@code location}'s index folder. */
    static TextIndex open(Path location) {
        JenaSystem.init();
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = TextIndexes.class.getClassLoader().getResourceAsStream(CONFIG)) {
            if (in == null) throw new IllegalStateException("no Fuseki configuration in the jar (" + CONFIG + ")");
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        placeIndex(m, location);
        List<Resource> indexes = m.listResourcesWithProperty(RDF.type, TextVocab.textIndexLucene).toList();
        if (indexes.size() != 1) throw new IllegalStateException(CONFIG + " should describe one text:TextIndexLucene, not " + indexes.size());
        return (TextIndex) Assembler.general().open(indexes.get(0));
    }

    /** Points every {@code text:directory} of a configuration at the index folder of the database {@code location}. */
    public static void placeIndex(Model config, Path location) {
        Resource dir = config.createResource(folder(location).toUri().toString());
        for (Statement s : config.listStatements(null, TextVocab.pDirectory, (RDFNode) null).toList()) {
            config.remove(s);
            config.add(s.getSubject(), TextVocab.pDirectory, dir);
        }
    }

    /**
     * Loading with a bulk loader into an empty store, which writes to the TDB2 dataset under the text dataset and so
     * past its producer. The index is emptied when the load starts (the store is empty). The entries of a document's
     * own parts (its text: {@code doc/…#…} subjects named only in its graph) are written as its graph is loaded, in
     * the loader's transaction, so the text analysis overlaps extraction as before; the entries of everything named
     * across graphs (entities, reference data) once, at the end, from all their names; then the index commits, just
     * before the store's last commit. Rewriting the touched entities' entries at every bulk commit instead read all
     * the names of popular entities (中国: a few per document) again at each commit.
     */
    public static final class Bulk {
        private final DatasetGraph base;
        private final IndexDocuments documents;
        private final Map<Node, List<Quad>> own = new LinkedHashMap<>();
        private final Set<Node> shared = new LinkedHashSet<>();
        /** Own parts given an entry since the index was emptied. */
        private final Set<Node> indexed = new HashSet<>();
        private boolean emptied;
        /**
         * Lucene's in-memory buffer during a bulk load, instead of its 16 MB: fewer, larger segments flushed (each
         * flush sorts its segment's terms, and the same character pairs recur in every segment), at most a
         * sixteenth of the maximum heap (64 MB under {@code -Xmx1g}).
         */
        static final double BULK_RAM_BUFFER_MB = Math.min(256, Runtime.getRuntime().maxMemory() / 16 / (1024 * 1024));

        private Bulk(DatasetGraph base, IndexDocuments documents) {
            this.base = base;
            this.documents = documents;
        }

        /** For loading into {@code dsg}: the dataset to give the loader, and the index beside it (if any). */
        public static Bulk of(DatasetGraph dsg) {
            return new Bulk(base(dsg), documents(dsg).orElse(null));
        }

        /** The dataset the loader writes to. */
        public DatasetGraph dataset() { return base; }

        /**
         * A graph just given to the loader (call inside its transaction): its own parts' entries are written now, made
         * from the graph's quads (a part is new to the emptied index the first time it comes; a part that comes again,
         * in a graph loaded twice, is rewritten from the store).
         */
        public void loaded(Node graph, List<Quad> quads) {
            if (documents == null) return;
            if (!emptied) {
                documents.clear();
                documents.index().getIndexWriter().getConfig().setRAMBufferSizeMB(BULK_RAM_BUFFER_MB);
                emptied = true;
            }
            String prefix = graph != null && graph.isURI() ? graph.getURI() + "#" : null;
            for (Quad q : quads) {
                Node s = q.getSubject();
                if (!s.isURI() || !documents.indexes(q.getPredicate())) continue;
                boolean ownPart = prefix != null && s.getURI().startsWith(Vocab.DOC) && s.getURI().startsWith(prefix)
                        && q.getGraph().equals(graph) && !shared.contains(s);
                if (ownPart) own.computeIfAbsent(s, k -> new ArrayList<>()).add(q);
                else shared.add(s); // named in another graph too (or not a document part): written at the end
            }
            own.keySet().removeAll(shared);
            Map<Node, List<Quad>> fresh = new LinkedHashMap<>();
            List<Node> again = new ArrayList<>();
            own.forEach((s, stated) -> {
                if (indexed.add(s)) fresh.put(s, stated);
                else again.add(s);
            });
            documents.addNewParts(base, fresh);
            if (!again.isEmpty()) documents.update(base, again);
            own.clear();
        }

        /**
         * Writes the entries of everything named across graphs (read from the store: call in the loader's last
         * transaction, after its last flush), then starts the index's commit on a thread of its own and returns it;
         * {@link Commit#await} it before the store commits. The commit is Lucene's flush of the whole load's buffered
         * entries: 6 % of the loading thread at 2,000 real files, all of it after the last extraction, when the
         * workers' core is idle; the shared summary rows, which the index does not read, are written meanwhile.
         */
        public Commit finish() {
            if (documents == null || !emptied) return Commit.NONE;
            documents.update(base, shared);
            shared.clear();
            Commit commit = Commit.start(() -> documents.index().commit());
            return () -> {
                commit.await();
                documents.index().getIndexWriter().getConfig().setRAMBufferSizeMB(IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB);
            };
        }

        /** An index commit under way. */
        @FunctionalInterface
        public interface Commit {
            Commit NONE = () -> {};

            /** Waits for the commit; rethrows what it threw. */
            void await();

            private static Commit start(Runnable commit) {
                java.util.concurrent.FutureTask<Void> task = new java.util.concurrent.FutureTask<>(commit, null);
                Thread t = new Thread(task, "diplokg-index-commit");
                t.setDaemon(true);
                t.start();
                return () -> {
                    boolean interrupted = false;
                    try {
                        while (true) {
                            try {
                                task.get();
                                return;
                            } catch (InterruptedException e) {
                                interrupted = true; // the commit runs on; the store must not commit before it ends
                            }
                        }
                    } catch (java.util.concurrent.ExecutionException e) {
                        if (e.getCause() instanceof RuntimeException r) throw r;
                        if (e.getCause() instanceof Error err) throw err;
                        throw new IllegalStateException(e.getCause());
                    } finally {
                        if (interrupted) Thread.currentThread().interrupt();
                    }
                };
            }
        }

        /** Drops what was written since the last commit (the load failed). */
        public void abort() {
            if (documents != null && emptied) documents.index().rollback();
            own.clear();
            shared.clear();
            indexed.clear();
        }
    }
}
