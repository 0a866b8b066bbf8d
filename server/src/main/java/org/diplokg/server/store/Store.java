package org.diplokg.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.server.search.TextIndexes;

/**
 * The TDB2 database: one named graph per document, the reference and ontology graphs, nothing in the
 * stored default graph (the served default graph is the union). Each graph records the hash of what
 * it was made from as {@code <graph> dkg:sha256 "…"} inside itself, which is how unchanged input is
 * recognised without parsing it.
 */
public final class Store implements AutoCloseable {

    static final Node SHA256 = Vocab.dkg("sha256");

    private final Path location;
    private final DatasetGraph base;
    private final DatasetGraph dsg;
    private final boolean owned;

    private Store(Path location, DatasetGraph base, boolean owned) {
        this.location = location;
        this.base = base;
        // Opened here: behind the text dataset, so every write keeps the full-text index current. Attached: as the
        // server opened it (its text index, if any, is found by text:query through the shared context).
        this.dsg = owned ? TextIndexes.wrap(base, location) : base;
        this.owned = owned;
    }

    /** Opens (creating if needed) the database in {@code dir}; {@link #close()} releases it. */
    public static Store open(Path dir) {
        return connect(dir, true);
    }

    /**
     * The database in {@code dir} as already opened in this process (by a running server, say);
     * {@link #close()} leaves it open for its other users.
     */
    public static Store attach(Path dir) {
        return connect(dir, false);
    }

    /** Whether {@code dir} holds a TDB2 database (a {@code Data-NNNN} folder). */
    public static boolean isDatabase(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (var entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Throws unless {@code dir} is a database, an empty folder or a path not yet made. */
    public static void checkUsable(Path dir) {
        if (Files.isDirectory(dir) && !isDatabase(dir) && !isEmptyFolder(dir)) {
            throw new StoreException(dir + ": this folder holds other files and no TDB2 database; give an empty or new folder");
        }
    }

    private static Store connect(Path dir, boolean owned) {
        Path abs = dir.toAbsolutePath().normalize();
        checkUsable(abs);
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot create the database folder: " + e.getMessage(), e);
        }
        DatasetGraph base;
        try {
            base = DatabaseMgr.connectDatasetGraph(abs.toString());
        } catch (DBOpEnvException e) {
            throw new StoreException(dir + ": the database is in use by another process"
                    + " (a running server?); stop it or query it over HTTP", e);
        } catch (RuntimeException e) {
            throw new StoreException(dir + ": cannot open the database: " + e.getMessage(), e);
        }
        try {
            return new Store(abs, base, owned);
        } catch (RuntimeException e) {
            if (owned) TDBInternal.expel(base);
            throw new StoreException(dir + ": cannot open the text index (" + TextIndexes.FOLDER + "): " + e.getMessage(), e);
        }
    }

    private static boolean isEmptyFolder(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    public Path location() { return location; }

    /** The dataset to read and write (with the text index when opened by {@link #open}). */
    public DatasetGraph dataset() { return dsg; }

    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> storage().getQuadTable().getNodeTupleTable().getTupleTable().isEmpty()
                && storage().getTripleTable().getNodeTupleTable().getTupleTable().isEmpty());
    }

    /**
     * Number of quads stored (named graphs plus the stored default graph). TDB2 keeps no count, so this
     * walks one index; it steps over the index records without building an object per record, which is
     * several times faster than {@code TupleTable.size()} (about 0.2 s for 7 million quads).
     */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> count(storage().getQuadTable().getNodeTupleTable().getTupleTable())
                + count(storage().getTripleTable().getNodeTupleTable().getTupleTable()));
    }

    private static long count(TupleTable table) {
        TupleIndex index = table.getIndex(0);
        if (index instanceof TupleIndexRecord record && record.getRangeIndex() instanceof BPlusTree tree) {
            long n = 0;
            for (Iterator<Boolean> it = tree.iterator(null, null, (bytes, slot, key, factory) -> Boolean.TRUE); it.hasNext(); it.next()) n++;
            return n;
        }
        return table.size();
    }

    /** Graph IRI → the sha256 the graph records about itself. One index scan over dkg:sha256. */
    public Map<String, String> graphHashes() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> hashes = new HashMap<>();
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, SHA256, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getGraph().isURI() && q.getGraph().equals(q.getSubject()) && q.getObject().isLiteral()) {
                    hashes.put(q.getGraph().getURI(), q.getObject().getLiteralLexicalForm());
                }
            }
            return hashes;
        });
    }

    /**
     * Path → document: every {@code <doc> dkg:sourceFile "path"} a document graph states about itself. One index
     * scan over dkg:sourceFile. A path stated by two documents (which ingest never writes) maps to either.
     */
    public Map<String, String> sourceFiles() {
        Node p = Vocab.dkg("sourceFile");
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> paths = new HashMap<>();
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getGraph().isURI() && q.getGraph().equals(q.getSubject()) && q.getObject().isLiteral()) {
                    paths.put(q.getObject().getLiteralLexicalForm(), q.getGraph().getURI());
                }
            }
            return paths;
        });
    }

    public Optional<String> findGraphHash(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> it = dsg.find(g, g, SHA256, Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    public long graphCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    private DatasetGraphTDB storage() {
        return TDBInternal.getDatasetGraphTDB(base);
    }

    /** Releases the database (when opened with {@link #open}) so another process can use it. */
    @Override
    public void close() {
        if (owned) {
            TextIndexes.close(dsg);
            TDBInternal.expel(base);
        }
    }
}
