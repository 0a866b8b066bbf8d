package org.diplokg.server.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.diplokg.extractor.text.NormalisedText;
import org.diplokg.extractor.text.TextNormaliser;
import org.diplokg.server.query.QueryCatalogue;
import org.diplokg.server.query.QueryRunner;

/**
 * Search for the web pages: entities whose names match (the {@code entity-search} named query, through the text
 * index) and documents whose text matches, with the words around the first match. Both take what a user types:
 * simplified or traditional Chinese, English words, acronyms; two or more Chinese characters, or a whole Latin word.
 * Give it the served dataset (or a {@link org.diplokg.server.store.Store}'s); it opens its own read transaction and
 * reads the default graph as the union of the named graphs, as the server does.
 */
public final class Search {

    /** An entity: its IRI, its type's IRI (may be null), the name to show, and how many documents mention it. */
    public record EntityHit(String iri, String type, String name, long documents) {}

    /** A document: its IRI, its headline (may be null), publication date as written (may be null), a snippet. */
    public record DocumentHit(String iri, String title, String date, String snippet) {}

    /** Characters shown each side of the match in a snippet. */
    static final int CONTEXT = 40;

    private static final String DOCUMENTS = """
            PREFIX schema: <https://schema.org/>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX text:   <http://jena.apache.org/text#>
            SELECT ?doc ?title ?date ?string WHERE {
              (?context ?score) text:query (nif:isString ?phrase ?limit) .
              GRAPH ?doc {
                ?context nif:isString ?string .
                OPTIONAL { ?doc schema:headline ?title }
                OPTIONAL { ?doc schema:datePublished ?date }
              }
            }
            ORDER BY DESC(?score)
            """;

    private Search() {}

    /** The shipped {@code entity-search} query, read once (the catalogue reads every query file). */
    private static final class EntitySearchText {
        static final String TEXT = QueryCatalogue.fromClasspath().find("entity-search").orElseThrow().text();
    }

    /** Entities whose names contain {@code text}, most mentioned first (at most 200). */
    public static List<EntityHit> entities(DatasetGraph dsg, String text) {
        if (text == null || text.isBlank()) return List.of();
        Query q = QueryRunner.prepare(EntitySearchText.TEXT, List.of("text=" + quoted(text)));
        return select(dsg, q, b -> {
            Node type = b.get("class"), name = b.get("label"), docs = b.get("documents");
            return new EntityHit(b.get("entity").getURI(), type != null && type.isURI() ? type.getURI() : null,
                    name != null ? name.getLiteralLexicalForm() : null,
                    docs != null ? Long.parseLong(docs.getLiteralLexicalForm()) : 0);
        });
    }

    /** Runs {@code q} over the union of the graphs in a read transaction, one value per row. */
    private static <T> List<T> select(DatasetGraph dsg, Query q, java.util.function.Function<Binding, T> row) {
        List<T> out = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(q).set(TDB2.symUnionDefaultGraph, true).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) out.add(row.apply(rows.next()));
            }
        });
        return out;
    }

    /** Documents whose text contains {@code text}, best text match first, at most {@code limit}. */
    public static List<DocumentHit> documents(DatasetGraph dsg, String text, int limit) {
        if (text == null || text.isBlank()) return List.of();
        Query q = QueryRunner.prepare(DOCUMENTS, List.of("phrase=" + quoted(phrase(text)), "limit=" + Math.max(1, limit)));
        return select(dsg, q, b -> {
            Node title = b.get("title"), date = b.get("date");
            return new DocumentHit(b.get("doc").getURI(), title == null ? null : title.getLiteralLexicalForm(),
                    date == null ? null : date.getLiteralLexicalForm(), snippet(b.get("string").getLiteralLexicalForm(), text));
        });
    }

    /** The Lucene phrase for what a user typed: its words and characters in this order. */
    public static String phrase(String text) {
        return '"' + text.replaceAll("[\"\\\\]", " ") + '"';
    }

    /**
     * Up to {@link #CONTEXT} characters each side of the first place {@code query} occurs in {@code text}, both
     * compared as the index compares them (simplified, folded); the text's start when the words are apart.
     */
    public static String snippet(String text, String query) {
        NormalisedText n = TextNormaliser.normalise(text.replace('\n', ' ').replace('\r', ' '));
        String key = SearchAnalyzer.normalise(query);
        int at = key.isEmpty() ? -1 : n.text().indexOf(key);
        int begin, end;
        if (at < 0) {
            begin = 0;
            end = Math.min(text.length(), 2 * CONTEXT);
        } else {
            int from = n.origin(at), to = n.origin(at + key.length() - 1) + 1;
            begin = Math.max(0, from - CONTEXT);
            end = Math.min(text.length(), to + CONTEXT);
        }
        String s = text.substring(begin, end).replaceAll("\\s+", " ").strip();
        return (begin > 0 ? "…" : "") + s + (end < text.length() ? "…" : "");
    }

    /** A Turtle string for {@link QueryRunner#prepare}'s var=value. */
    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + '"';
    }
}
