package org.diplokg.server.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.TDB2;
import org.diplokg.extractor.vocab.Vocab;

/**
 * Read access for the pages, inside the caller's read transaction: SPARQL over the union of the graphs (the
 * default graph as the endpoint serves it) and names for a batch of IRIs. Every query a page runs binds its
 * subject or object, so a page costs a few index look-ups whatever the size of the store.
 */
final class PageGraph {

    static final String PREFIXES = """
            PREFIX dkg: <https://w3id.org/diplokg/ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    /** A page's queries are small; this only stops a pathological one (the endpoint's own limit is 30 s). */
    private static final long TIMEOUT_MS = 30_000;

    private final DatasetGraph dsg;
    private final Script script;
    private final Map<String, String> names = new HashMap<>();

    PageGraph(DatasetGraph dsg, Script script) {
        this.dsg = dsg;
        this.script = script;
    }

    DatasetGraph dataset() { return dsg; }

    Script script() { return script; }

    /** One result row: values by variable name. */
    record Row(Binding binding) {
        Node node(String var) { return binding.get(Var.alloc(var)); }

        boolean has(String var) { return node(var) != null; }

        String iri(String var) {
            Node n = node(var);
            return n != null && n.isURI() ? n.getURI() : null;
        }

        /** The lexical form of a literal, the IRI of a resource, or null. */
        String text(String var) {
            Node n = node(var);
            if (n == null) return null;
            return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
        }

        String lang(String var) {
            Node n = node(var);
            return n != null && n.isLiteral() ? n.getLiteralLanguage() : "";
        }

        long number(String var) {
            Node n = node(var);
            try {
                return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
            } catch (RuntimeException e) {
                return 0;
            }
        }
    }

    /** Runs a SELECT ({@link #PREFIXES} added; {@code <$iri>} replaced by the IRI, checked to be one). */
    List<Row> select(String sparql, String iri) {
        String text = iri == null ? sparql : sparql.replace("$iri", checked(iri));
        return select(QueryFactory.create(PREFIXES + text));
    }

    List<Row> select(Query query) {
        return select(query, Integer.MAX_VALUE);
    }

    /** At most {@code max} rows (a named query run from a page may answer many more). */
    List<Row> select(Query query, int max) {
        List<Row> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).set(TDB2.symUnionDefaultGraph, true)
                .timeout(TIMEOUT_MS, TimeUnit.MILLISECONDS).build()) {
            RowSet rs = qe.select();
            while (rows.size() < max && rs.hasNext()) rows.add(new Row(rs.next()));
        }
        return rows;
    }

    boolean ask(String sparql, String iri) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(PREFIXES + sparql.replace("$iri", checked(iri)))
                .set(TDB2.symUnionDefaultGraph, true).timeout(TIMEOUT_MS, TimeUnit.MILLISECONDS).build()) {
            return qe.ask();
        }
    }

    /** Whether any graph says anything about the IRI, or points to it. */
    boolean knows(String iri) {
        Node n = NodeFactory.createURI(iri);
        return dsg.find(Node.ANY, n, Node.ANY, Node.ANY).hasNext() || dsg.find(Node.ANY, Node.ANY, Node.ANY, n).hasNext();
    }

    /** An IRI made safe to put between angle brackets in a query. */
    static String checked(String iri) {
        if (!iri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+")) throw new IllegalArgumentException("not an IRI: " + iri);
        return iri;
    }

    /** The name of a thing; looked up with {@link #loadNames} first, else one look-up. */
    String name(String iri) {
        if (iri == null) return "";
        if (!names.containsKey(iri)) loadNames(List.of(iri));
        return names.get(iri);
    }

    /**
     * Fetches the names of many IRIs at once: preferred labels, names and headlines in one query, then the
     * forms documents wrote ({@code rdfs:label}) for those still without a name, a few each (a person named in
     * 100,000 documents has as many label quads).
     */
    void loadNames(Collection<String> iris) {
        LinkedHashSet<String> todo = new LinkedHashSet<>();
        for (String i : iris) if (i != null && !names.containsKey(i) && isIri(i)) todo.add(i);
        if (todo.isEmpty()) return;
        Map<String, List<Labels.Label>> found = new HashMap<>();
        List<String> batch = new ArrayList<>(todo);
        for (int from = 0; from < batch.size(); from += 200) {
            StringBuilder values = new StringBuilder();
            for (String i : batch.subList(from, Math.min(batch.size(), from + 200))) values.append('<').append(i).append("> ");
            for (Row r : select("SELECT ?s ?p ?l WHERE { VALUES ?s { " + values + "} VALUES ?p { skos:prefLabel schema:name schema:headline } ?s ?p ?l }", null)) {
                found.computeIfAbsent(r.iri("s"), k -> new ArrayList<>()).add(new Labels.Label(r.iri("p"), r.text("l"), r.lang("l")));
            }
        }
        for (String i : todo) {
            if (found.containsKey(i)) continue;
            for (Row r : select("SELECT ?l WHERE { <$iri> rdfs:label ?l } LIMIT 8", i)) {
                found.computeIfAbsent(i, k -> new ArrayList<>()).add(new Labels.Label(Labels.RDFS_LABEL, r.text("l"), r.lang("l")));
            }
        }
        for (String i : todo) {
            String best = Labels.best(found.getOrDefault(i, List.of()), script);
            names.put(i, best != null && !best.isBlank() ? best : Labels.fallback(i));
        }
    }

    private static boolean isIri(String s) {
        return s.matches("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+");
    }

    /** A link to the thing's local page, showing its name. */
    String link(String iri) {
        return link(iri, null);
    }

    String link(String iri, String cssClass) {
        if (iri == null) return "";
        return Html.link(LocalPaths.href(iri), name(iri), cssClass);
    }

    /** The project IRI's own base, for readers of this class. */
    static boolean isProjectIri(String iri) {
        return iri.startsWith(Vocab.BASE);
    }
}
