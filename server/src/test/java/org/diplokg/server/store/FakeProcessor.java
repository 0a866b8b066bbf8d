package org.diplokg.server.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.extractor.read.DocumentException;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.read.SourceDocument;

/**
 * A stand-in extractor for store tests, so they test the store and not extraction accuracy: the
 * document graph holds the document node with the first line as headline and one labelled node per
 * line, and its path as dkg:sourceFile. A file containing "BROKEN" fails as an unreadable document would; one
 * containing "SPIN" runs until it is stopped; one containing "OOM" runs out of memory.
 */
public final class FakeProcessor implements DocumentProcessor {

    private final AtomicInteger calls = new AtomicInteger();

    /** How many files were actually processed (not skipped as unchanged). */
    public int calls() { return calls.get(); }

    @Override
    public DocumentGraph process(byte[] bytes, Path file, String key) throws DocumentException {
        calls.incrementAndGet();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.contains("BROKEN")) throw new DocumentException(file, "broken on purpose");
        if (text.contains("OOM")) throw new OutOfMemoryError("Java heap space");
        if (text.contains("SPIN")) {
            long x = 0;
            while (x >= 0) x = (x + 1) & 0xFFFFFFFL; // a stuck extraction: never ends, ignores interrupts
            throw new IllegalStateException("unreachable");
        }
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        SourceDocument doc = new SourceDocument(key, DocumentReader.sha256(bytes), DocumentFormat.TEXT, "UTF-8",
                lines.isEmpty() ? null : lines.get(0), null, null, null, null, text.strip(), List.of());
        String iri = Vocab.documentIriFor(doc.sha256());
        Node g = NodeFactory.createURI(iri);
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, g, RDF.type.asNode(), Vocab.schema("NewsArticle")));
        quads.add(Quad.create(g, g, Vocab.dkg("sourceFile"), NodeFactory.createLiteralString(key)));
        if (doc.title() != null) quads.add(Quad.create(g, g, Vocab.schema("headline"), NodeFactory.createLiteralString(doc.title())));
        for (int i = 0; i < lines.size(); i++) {
            Node line = NodeFactory.createURI(iri + "#line-" + i);
            quads.add(Quad.create(g, line, RDFS.label.asNode(), NodeFactory.createLiteralString(lines.get(i))));
            quads.add(Quad.create(g, g, Vocab.schema("mentions"), line));
        }
        return new DocumentGraph() {
            @Override public SourceDocument document() { return doc; }
            @Override public String graphIri() { return iri; }
            @Override public void emit(StreamRDF out) { quads.forEach(out::quad); }
            @Override public String summaryJson() { return "{\"doc\": \"" + file.getFileName() + "\"}"; }
        };
    }

    /**
     * A store at {@code db} holding {@code n} small documents ({@code d0.txt} … in {@code docs}, "文档 i"), ingested
     * with this processor: the fixture of the listing and paging tests. Returns the folder of the documents.
     */
    public static java.nio.file.Path storeOfSmallDocuments(java.nio.file.Path docs, java.nio.file.Path db, int n) throws Exception {
        java.nio.file.Files.createDirectories(docs);
        for (int i = 0; i < n; i++)
            java.nio.file.Files.writeString(docs.resolve("d" + i + ".txt"), "文档 " + i, java.nio.charset.StandardCharsets.UTF_8);
        try (Store store = Store.open(db)) {
            new Ingester(store, new FakeProcessor(), java.util.List.of(), new Ingester.Settings(1, 1000, false))
                    .ingest(java.util.List.of(docs), IngestListener.SILENT);
        }
        return docs;
    }
}
