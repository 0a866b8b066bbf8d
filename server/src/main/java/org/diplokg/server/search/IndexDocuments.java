package org.diplokg.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.server.store.SummaryTracker;

/**
 * The Lucene documents of the text index, written from what the store holds. One document per subject: an entity
 * with all its names from every graph (reference labels, acronyms, names as written in each document; each distinct
 * value once), a document text (a {@code nif:Context}) with its string. Rewriting a subject's document from the store
 * is what keeps the index right when one of many documents naming an entity changes or goes: the names still stated
 * elsewhere stay, the rest leave.
 *
 * <p>The fields and predicates are the configuration's entity map ({@code text:map} in {@code config.ttl}). Names are
 * indexed for entities, not for the parts of a document (memberships, phrases: IRIs under {@code doc/}), and nothing
 * from the ontology graph (class and property labels are not things to find). The primary field stores one value,
 * the name to show: the simplified-Chinese preferred label, else the name most documents use; {@code text:query}
 * returns it as the hit's literal.
 */
public final class IndexDocuments {

    static final Node PREF_LABEL = Vocab.skos("prefLabel");
    static final Node ONTOLOGY = NodeFactory.createURI(Vocab.ONTOLOGY_GRAPH);

    private final TextIndexLucene index;
    private final EntityDefinition def;

    public IndexDocuments(TextIndex index) {
        if (!(index instanceof TextIndexLucene lucene)) throw new IllegalArgumentException("not a Lucene text index: " + index);
        this.index = lucene;
        this.def = index.getDocDef();
    }

    public TextIndexLucene index() { return index; }

    /** Whether the predicate is one the index reads. */
    public boolean indexes(Node predicate) {
        return def.getField(predicate) != null;
    }

    /** Rewrites the documents of these subjects from what {@code base} holds (call inside a transaction on it). */
    public void update(DatasetGraph base, Collection<Node> subjects) {
        IndexWriter w = index.getIndexWriter();
        try {
            for (Node s : subjects) {
                if (!s.isURI()) continue;
                Term id = new Term(def.getEntityField(), s.getURI());
                Document d = document(base, s);
                if (d == null) w.deleteDocuments(id);
                else w.updateDocument(id, d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Empties the index and writes every subject of an indexed predicate again, then commits (call inside a read
     * transaction on {@code base}). Returns the number of Lucene documents.
     */
    public int rebuild(DatasetGraph base) {
        Set<Node> subjects = new LinkedHashSet<>();
        for (String field : def.fields()) {
            for (Node p : def.getPredicates(field)) {
                for (Iterator<Quad> it = base.find(Node.ANY, Node.ANY, p, Node.ANY); it.hasNext(); ) {
                    Node s = it.next().getSubject();
                    if (s.isURI()) subjects.add(s);
                }
            }
        }
        clear();
        update(base, subjects);
        index.commit();
        return documentCount();
    }

    /** Empties the index (committed with the next commit). */
    public void clear() {
        try {
            index.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Documents in the index as last committed. */
    public int documentCount() {
        try (DirectoryReader r = DirectoryReader.open(index.getDirectory())) {
            return r.numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code base} holds anything the index would read (call inside a transaction). */
    boolean storeHasIndexedValues(DatasetGraph base) {
        for (String field : def.fields()) {
            for (Node p : def.getPredicates(field)) {
                if (base.find(Node.ANY, Node.ANY, p, Node.ANY).hasNext()) return true;
            }
        }
        return false;
    }

    /**
     * The document of a part of one document graph that nothing else names, from that graph's quads about it
     * ({@code stated}), without reading the store: what {@link #document} would read back once the quads are loaded,
     * when each field has at most one value (a text's one {@code nif:isString}); empty when it cannot tell (several
     * values of a field, whose order the store decides), so the caller reads the store. A part with nothing indexed
     * (a membership: parts carry no names) has no document.
     */
    java.util.Optional<Document> ownPartDocument(Node s, List<Quad> stated) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Quad q : stated) {
            Node o = q.getObject();
            if (!o.isLiteral() || ONTOLOGY.equals(q.getGraph())) continue;
            String field = def.getField(q.getPredicate());
            if (field == null || field.equals(def.getPrimaryField())) continue; // a document part's names are not indexed
            String v = o.getLiteralLexicalForm();
            String before = values.putIfAbsent(field, v);
            if (before != null && !before.equals(v)) return null;
        }
        if (values.isEmpty()) return java.util.Optional.empty();
        Document d = new Document();
        d.add(new Field(def.getEntityField(), s.getURI(), TextIndexLucene.ftIRI));
        Map<String, String> inDocumentOrder = new HashMap<>(values); // document() adds its fields in this map's order
        for (var e : inDocumentOrder.entrySet()) d.add(new Field(e.getKey(), e.getValue(), TextField.TYPE_NOT_STORED));
        return java.util.Optional.of(d);
    }

    /**
     * Adds the documents of parts that are new to an index emptied at the start of a bulk load ({@link
     * TextIndexes.Bulk}): an add, not an update (no earlier entry to delete), and none for a part with nothing
     * indexed. The parts whose document cannot be made from {@code stated} are rewritten from the store.
     */
    void addNewParts(DatasetGraph base, Map<Node, List<Quad>> stated) {
        IndexWriter w = index.getIndexWriter();
        List<Node> fromStore = new java.util.ArrayList<>();
        try {
            for (var e : stated.entrySet()) {
                java.util.Optional<Document> d = ownPartDocument(e.getKey(), e.getValue());
                if (d == null) fromStore.add(e.getKey());
                else if (d.isPresent()) w.addDocument(d.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!fromStore.isEmpty()) update(base, fromStore);
    }

    /** The subject's document from every graph, or null when nothing indexed is left. */
    Document document(DatasetGraph base, Node s) {
        boolean documentPart = s.getURI().startsWith(Vocab.DOC);
        String nameField = def.getPrimaryField();
        Map<String, Map<String, Integer>> values = new HashMap<>();
        String preferred = null;
        for (var e : statedValues(base, s).entrySet()) {
            Node p = e.getKey().get(0), o = e.getKey().get(1);
            if (!o.isLiteral()) continue;
            String field = def.getField(p);
            if (field == null || documentPart && field.equals(nameField)) continue;
            String v = o.getLiteralLexicalForm();
            values.computeIfAbsent(field, f -> new LinkedHashMap<>()).merge(v, e.getValue(), Integer::sum);
            if (PREF_LABEL.equals(p) && "zh-hans".equalsIgnoreCase(o.getLiteralLanguage())) preferred = v;
        }
        if (values.isEmpty()) return null;
        Document d = new Document();
        d.add(new Field(def.getEntityField(), s.getURI(), TextIndexLucene.ftIRI));
        for (var e : values.entrySet()) {
            String shown = e.getKey().equals(nameField) ? (preferred != null ? preferred : mostUsed(e.getValue())) : null;
            if (shown != null) d.add(new Field(e.getKey(), shown, TextField.TYPE_STORED));
            for (String v : e.getValue().keySet()) {
                if (!v.equals(shown)) d.add(new Field(e.getKey(), v, TextField.TYPE_NOT_STORED));
            }
        }
        return d;
    }

    /**
     * (predicate, object) → number of graphs stating {@code s predicate object}, outside the ontology graph, in index
     * order. On TDB2 counted on node ids, decoding each distinct pair once: an entity named in most documents (中国)
     * is a few index entries per document, read again whenever a write touches it.
     */
    private Map<List<Node>, Integer> statedValues(DatasetGraph base, Node s) {
        Map<List<Node>, Integer> out = new LinkedHashMap<>();
        DatasetGraph tdb = SummaryTracker.tdb2(base);
        if (tdb == null) {
            for (Iterator<Quad> it = base.find(Node.ANY, s, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                if (!ONTOLOGY.equals(q.getGraph()) && indexes(q.getPredicate())) out.merge(List.of(q.getPredicate(), q.getObject()), 1, Integer::sum);
            }
            return out;
        }
        var storage = TDBInternal.getDatasetGraphTDB(tdb);
        NodeTable nodes = storage.getQuadTable().getNodeTupleTable().getNodeTable();
        NodeId ontology = nodes.getNodeIdForNode(ONTOLOGY);
        Map<NodeId, Boolean> indexed = new HashMap<>();
        Map<List<NodeId>, Integer> ids = new LinkedHashMap<>();
        for (var it = storage.getQuadTable().getNodeTupleTable().findAsNodeIds(Node.ANY, s, Node.ANY, Node.ANY); it.hasNext(); ) {
            Tuple<NodeId> t = it.next(); // g s p o
            if (t.get(0).equals(ontology) || !indexed.computeIfAbsent(t.get(2), p -> indexes(nodes.getNodeForNodeId(p)))) continue;
            ids.merge(List.of(t.get(2), t.get(3)), 1, Integer::sum);
        }
        for (var it = storage.getTripleTable().getNodeTupleTable().findAsNodeIds(s, Node.ANY, Node.ANY); it.hasNext(); ) {
            Tuple<NodeId> t = it.next(); // s p o, the stored default graph
            if (indexed.computeIfAbsent(t.get(1), p -> indexes(nodes.getNodeForNodeId(p)))) ids.merge(List.of(t.get(1), t.get(2)), 1, Integer::sum);
        }
        ids.forEach((po, n) -> out.merge(List.of(nodes.getNodeForNodeId(po.get(0)), nodes.getNodeForNodeId(po.get(1))), n, Integer::sum));
        return out;
    }

    /** The value stated in most graphs (the first seen of equals). */
    private static String mostUsed(Map<String, Integer> counts) {
        String best = null;
        int n = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }
}
