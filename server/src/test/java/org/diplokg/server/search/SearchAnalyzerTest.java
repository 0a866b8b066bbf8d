package org.diplokg.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.extractor.vocab.Vocab;
import org.junit.jupiter.api.Test;

/** The index's analysis made cheaper without changing a token, and a document text's entry made without the store. */
class SearchAnalyzerTest {

    @Test
    void nothingInTheSkippedRangeFolds() {
        char[] out = new char[4];
        for (char c = SearchAnalyzer.FoldingOutsideCjk.UNFOLDED_FROM; c <= SearchAnalyzer.FoldingOutsideCjk.UNFOLDED_TO; c++) {
            int n = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, out, 0, 1);
            assertTrue(n == 1 && out[0] == c, () -> "folds: " + Integer.toHexString(out[0]));
        }
        int n = ASCIIFoldingFilter.foldToASCII(new char[] {'\u2E28'}, 0, out, 0, 1); // just below the range: it folds
        assertTrue(n != 1 || out[0] != '\u2E28', "the range's lower end is where folding stops");
    }

    @Test
    void theSameTokensAsAsciiFolding() throws IOException {
        String alphabet = "中国东盟协定伙伴關係經濟éÉüßæŒñçÅ⑴Ⅻ＂＃ＡＢｃ１２abcXYZ019 -,.，。《》";
        Random random = new Random(20261207);
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            assertEquals(tokens(text, false), tokens(text, true), text);
        }
        assertEquals(List.of("cafe", "中国", "francais"), tokens("café 中国 français", true));
    }

    private static List<String> tokens(String text, boolean skipping) throws IOException {
        Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new WhitespaceTokenizer();
                TokenStream ts = skipping ? new SearchAnalyzer.FoldingOutsideCjk(t) : new ASCIIFoldingFilter(t);
                return new TokenStreamComponents(t, ts);
            }
        };
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }

    @Test
    void aDocumentTextsEntryFromItsGraph() {
        EntityDefinition def = new EntityDefinition("uri", "name");
        def.set("name", RDFS.Nodes.label);
        def.set("text", Vocab.nif("isString"));
        IndexDocuments docs = new IndexDocuments(new TextIndexLucene(new ByteBuffersDirectory(), new TextIndexConfig(def)));
        Node g = NodeFactory.createURI(Vocab.DOC + "abc");
        Node context = NodeFactory.createURI(Vocab.DOC + "abc#char=0,9");
        Node isString = Vocab.nif("isString");
        Optional<Document> d = docs.ownPartDocument(context, List.of(
                Quad.create(g, context, isString, NodeFactory.createLiteralString("外长会见了来访的客人")),
                Quad.create(g, context, RDFS.Nodes.label, NodeFactory.createLiteralString("不算名字"))));
        assertEquals("外长会见了来访的客人", d.orElseThrow().getField("text").stringValue());
        assertNull(d.get().getField("name"), "a document part's names are not indexed");
        assertEquals(Optional.empty(), docs.ownPartDocument(context, List.of(
                Quad.create(g, context, RDFS.Nodes.label, NodeFactory.createLiteralString("职务")))), "nothing indexed: no entry");
        assertNull(docs.ownPartDocument(context, List.of(
                Quad.create(g, context, isString, NodeFactory.createLiteralString("一")),
                Quad.create(g, context, isString, NodeFactory.createLiteralString("二")))), "two texts: read from the store");
    }
}
