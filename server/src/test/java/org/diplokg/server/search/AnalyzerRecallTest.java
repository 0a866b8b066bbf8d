package org.diplokg.server.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.diplokg.extractor.vocab.Vocab;
import org.junit.jupiter.api.Test;

/**
 * Which analyzer finds more names: the bigram {@link SearchAnalyzer} or Lucene's SmartChineseAnalyzer (word
 * segmentation), both behind the same simplified/folded normalisation. Every reference entity's labels and acronyms
 * (and, with {@code -Ddiplokg.recall.trig=DIR}, the names as written in the TriG files of {@code extract}) are
 * indexed one document per entity; each Chinese name is queried as a phrase of each of its substrings of 2, 3 and 4
 * characters and whole, each Latin name whole; a query counts as found when its entity is among the hits.
 */
class AnalyzerRecallTest {

    static final Set<String> NAME_PREDICATES = Set.of(Vocab.SKOS + "prefLabel", Vocab.SKOS + "altLabel",
            Vocab.SKOS + "hiddenLabel", Vocab.DKG + "acronym", "http://www.w3.org/2000/01/rdf-schema#label", Vocab.SCHEMA + "name");

    record Recall(int found, int total) {
        double rate() { return total == 0 ? 1 : (double) found / total; }
        @Override public String toString() { return String.format("%.3f (%d/%d)", rate(), found, total); }
    }

    @Test
    void bigramsFindAtLeastAsManyNamesAsWordSegmentation() throws Exception {
        Map<String, Set<String>> names = names();
        Map<String, Recall> bigram = recall(new SearchAnalyzer(), names);
        Map<String, Recall> smart = recall(normalised(new SmartChineseAnalyzer()), names);
        System.out.println("entities " + names.size() + "; names " + names.values().stream().mapToInt(Set::size).sum());
        for (String k : bigram.keySet()) System.out.println("recall " + k + ": bigram " + bigram.get(k) + ", smartcn " + smart.get(k));
        for (String k : bigram.keySet()) {
            assertTrue(bigram.get(k).rate() >= smart.get(k).rate(), k + ": bigram " + bigram.get(k) + " < smartcn " + smart.get(k));
        }
        assertTrue(bigram.get("all").rate() > 0.99, "bigram recall " + bigram.get("all"));
    }

    /** Entity IRI → its names: the reference labels, plus names as written from TriG files when a folder is given. */
    static Map<String, Set<String>> names() throws IOException {
        Dataset ds = DatasetFactory.create();
        try (Stream<Path> files = Files.list(Path.of("..", "ontology", "reference"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) RDFDataMgr.read(ds, f.toString());
        }
        String trig = System.getProperty("diplokg.recall.trig");
        if (trig != null) {
            try (Stream<Path> files = Files.walk(Path.of(trig))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".trig")).sorted().toList()) RDFDataMgr.read(ds, f.toString());
            }
        }
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (var it = ds.asDatasetGraph().find(); it.hasNext(); ) {
            Quad q = it.next();
            Node s = q.getSubject(), o = q.getObject();
            if (!s.isURI() || s.getURI().startsWith(Vocab.DOC) || !o.isLiteral()) continue;
            if (!NAME_PREDICATES.contains(q.getPredicate().getURI())) continue;
            names.computeIfAbsent(s.getURI(), k -> new LinkedHashSet<>()).add(o.getLiteralLexicalForm());
        }
        return names;
    }

    static Map<String, Recall> recall(Analyzer analyzer, Map<String, Set<String>> names) throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            names.forEach((iri, values) -> {
                Document d = new Document();
                d.add(new StringField("uri", iri, Field.Store.YES));
                for (String v : values) d.add(new TextField("name", v, Field.Store.NO));
                try {
                    w.addDocument(d);
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String k : List.of("2 chars", "3 chars", "4 chars", "whole Chinese names", "whole Latin names", "all")) counts.put(k, new int[2]);
        QueryParser parser = new QueryParser("name", analyzer);
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (var e : names.entrySet()) {
                for (String name : e.getValue()) {
                    for (var q : queries(name).entrySet()) {
                        for (String text : q.getValue()) {
                            Query phrase = parser.parse('"' + text.replaceAll("[\"\\\\]", " ") + '"');
                            Query mine = new BooleanQuery.Builder().add(phrase, BooleanClause.Occur.MUST)
                                    .add(new TermQuery(new Term("uri", e.getKey())), BooleanClause.Occur.FILTER).build();
                            boolean found = searcher.count(mine) > 0;
                            for (String k : List.of(q.getKey(), "all")) {
                                counts.get(k)[1]++;
                                if (found) counts.get(k)[0]++;
                            }
                        }
                    }
                }
            }
        }
        Map<String, Recall> out = new LinkedHashMap<>();
        counts.forEach((k, c) -> out.put(k, new Recall(c[0], c[1])));
        return out;
    }

    /** Kind of query → the query texts made from one name. */
    static Map<String, List<String>> queries(String name) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String han = name.replaceAll("[^\\p{IsHan}]", "");
        if (han.length() >= 2 && han.length() * 2 >= name.strip().length()) {
            String s = name.strip();
            for (int n = 2; n <= 4; n++) {
                List<String> subs = new ArrayList<>();
                for (int i = 0; i + n <= s.length(); i++) {
                    String sub = s.substring(i, i + n);
                    if (sub.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) subs.add(sub);
                }
                if (n < s.length()) out.put(n + " chars", subs);
            }
            out.put("whole Chinese names", List.of(s));
        } else if (han.isEmpty()) {
            out.put("whole Latin names", List.of(name.strip()));
        }
        return out;
    }

    /** The other analyzer behind the same normalisation, so only the splitting differs. */
    static Analyzer normalised(Analyzer inner) {
        return new AnalyzerWrapper(inner.getReuseStrategy()) {
            @Override protected Analyzer getWrappedAnalyzer(String fieldName) { return inner; }
            @Override protected java.io.Reader wrapReader(String fieldName, java.io.Reader reader) {
                return new java.io.StringReader(SearchAnalyzer.normalise(SearchAnalyzer.read(reader)));
            }
        };
    }
}
