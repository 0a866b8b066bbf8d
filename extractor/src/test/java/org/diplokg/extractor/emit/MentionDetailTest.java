package org.diplokg.extractor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.extractor.read.SourceDocument;
import org.junit.jupiter.api.Test;

class MentionDetailTest {

    /** China three times, written two ways. */
    private static final String BODY = "中国与新西兰签署自由贸易协定升级议定书。中方表示欢迎。\n中国将继续扩大开放。";

    private static DatasetGraph emit(MentionDetail detail) {
        Extractor x = Seeds.extractor();
        DocumentKnowledge k = x.extract(new SourceDocument("test/mentions.txt", "0".repeat(64), DocumentFormat.TEXT, "UTF-8",
                null, PartialDate.parseIso("2022-01-26"), "header", null, null, BODY, List.of()));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        DocumentEmitter.emit(k, detail, StreamRDFLib.dataset(dsg));
        return dsg;
    }

    private static TreeSet<String> phrasesOf(DatasetGraph dsg, String entityIri) {
        TreeSet<String> anchors = new TreeSet<>();
        Node ident = NodeFactory.createURI(Vocab.ITSRDF + "taIdentRef");
        Node anchor = NodeFactory.createURI(Vocab.NIF + "anchorOf");
        Node begin = NodeFactory.createURI(Vocab.NIF + "beginIndex");
        dsg.find(Node.ANY, Node.ANY, ident, NodeFactory.createURI(entityIri)).forEachRemaining(q -> {
            String a = dsg.find(q.getGraph(), q.getSubject(), anchor, Node.ANY).next().getObject().getLiteralLexicalForm();
            String b = dsg.find(q.getGraph(), q.getSubject(), begin, Node.ANY).next().getObject().getLiteralLexicalForm();
            anchors.add(b + ":" + a);
        });
        return anchors;
    }

    private static final String CHINA = Vocab.ID + "economy/cn";

    @Test
    void firstKeepsTheFirstOccurrenceOfEachSurfaceForm() {
        DatasetGraph dsg = emit(MentionDetail.FIRST);
        assertEquals(new TreeSet<>(List.of("0:中国", "20:中方")), phrasesOf(dsg, CHINA));
        assertTrue(dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), NodeFactory.createURI(Vocab.NIF + "Sentence")).hasNext() == false,
                "no sentence nodes by default");
    }

    @Test
    void allKeepsEveryOccurrenceWithItsSentence() {
        DatasetGraph dsg = emit(MentionDetail.ALL);
        assertEquals(new TreeSet<>(List.of("0:中国", "20:中方", "28:中国")), phrasesOf(dsg, CHINA));
        assertTrue(dsg.find(Node.ANY, Node.ANY, NodeFactory.createURI(Vocab.NIF + "sentence"), Node.ANY).hasNext());
        assertTrue(dsg.find(Node.ANY, Node.ANY, NodeFactory.createURI(Vocab.ITSRDF + "taClassRef"), Node.ANY).hasNext());
    }

    @Test
    void firstWritesFarFewerQuadsThanAll() {
        long first = emit(MentionDetail.FIRST).stream().count();
        long all = emit(MentionDetail.ALL).stream().count();
        assertTrue(first < all, first + " quads with first, " + all + " with all");
    }

    @Test
    void parseNamesTheBadValue() {
        assertEquals(MentionDetail.ALL, MentionDetail.parse("ALL"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MentionDetail.parse("some"));
        assertTrue(e.getMessage().contains("some"), e.getMessage());
    }
}
