package org.diplokg.server.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.server.store.DocumentGraph;
import org.diplokg.server.store.DocumentProcessor;

/**
 * A stand-in extractor for search tests: each line {@code key=name} of a file is an entity {@code id/test/key} named
 * as written, mentioned by the document; the whole file is the document's text ({@code nif:isString}), its first line
 * the headline.
 */
final class NamesProcessor implements DocumentProcessor {

    static final Node NIF_CONTEXT = Vocab.nif("Context");

    @Override
    public DocumentGraph process(byte[] bytes, Path file, String key) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        SourceDocument doc = new SourceDocument(key, DocumentReader.sha256(bytes), DocumentFormat.TEXT, "UTF-8",
                text.lines().findFirst().orElse(null), null, null, null, null, text, List.of());
        String iri = Vocab.documentIriFor(doc.sha256());
        Node g = NodeFactory.createURI(iri);
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, g, RDF.type.asNode(), Vocab.schema("NewsArticle")));
        quads.add(Quad.create(g, g, Vocab.dkg("sourceFile"), NodeFactory.createLiteralString(key)));
        quads.add(Quad.create(g, g, Vocab.schema("headline"), NodeFactory.createLiteralString(doc.title())));
        Node context = NodeFactory.createURI(iri + "#char=0," + text.length());
        quads.add(Quad.create(g, context, RDF.type.asNode(), NIF_CONTEXT));
        quads.add(Quad.create(g, context, Vocab.nif("isString"), NodeFactory.createLiteralString(text)));
        for (String line : text.lines().toList()) {
            int eq = line.indexOf('=');
            if (eq <= 0) continue;
            String k = line.substring(0, eq).strip();
            Node entity = NodeFactory.createURI(k.contains("/") ? Vocab.ID + k : Vocab.ID + "test/" + k);
            quads.add(Quad.create(g, entity, RDFS.label.asNode(), NodeFactory.createLiteralLang(line.substring(eq + 1).strip(), "zh-Hans")));
            quads.add(Quad.create(g, g, Vocab.schema("mentions"), entity));
        }
        return new DocumentGraph() {
            @Override public SourceDocument document() { return doc; }
            @Override public String graphIri() { return iri; }
            @Override public void emit(StreamRDF out) { quads.forEach(out::quad); }
            @Override public String summaryJson() { return "{}"; }
        };
    }
}
