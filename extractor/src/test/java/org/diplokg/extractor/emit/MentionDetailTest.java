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
        dsg.find(Node.ANY, Node.ANY, ident, NodeFactory.createURI(entityIri)).forEachRemaining(q -> {
            String a = dsg.find(q.getGraph(), q.getSubject(), anchor, Node.ANY).next().getObject().getLiteralLexicalForm();
            anchors.add(offsets(q.getSubject())[0] + ":" + a);
        });
        return anchors;
    }

    /** {@code <doc>#char=b,e} → {b, e}. */
    private static int[] offsets(Node phrase) {
        String[] be = phrase.getURI().substring(phrase.getURI().indexOf("#char=") + 6).split(",");
        return new int[] {Integer.parseInt(be[0]), Integer.parseInt(be[1])};
    }

    private static List<Node> phrases(DatasetGraph dsg) {
        return dsg.stream(Node.ANY, Node.ANY, RDF.type.asNode(), NodeFactory.createURI(Vocab.NIF + "Phrase"))
                .map(q -> q.getSubject()).toList();
    }

    private static String context(DatasetGraph dsg) {
        return dsg.find(Node.ANY, Node.ANY, NodeFactory.createURI(Vocab.NIF + "isString"), Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    @Test
    void firstStatesAPhrasesOffsetsInItsIriOnly() {
        DatasetGraph dsg = emit(MentionDetail.FIRST);
        String text = context(dsg);
        Node anchor = NodeFactory.createURI(Vocab.NIF + "anchorOf");
        assertTrue(phrases(dsg).size() >= 2);
        for (Node p : phrases(dsg)) {
            List<String> predicates = dsg.stream(Node.ANY, p, Node.ANY, Node.ANY).map(q -> q.getPredicate().getURI()).toList();
            assertEquals(new TreeSet<>(List.of(RDF.type.getURI(), Vocab.NIF + "anchorOf", Vocab.ITSRDF + "taIdentRef", Vocab.DKG + "recogniser")),
                    new TreeSet<>(predicates), "four quads, no offsets or context stated: " + p);
            assertEquals(4, predicates.size(), p.getURI());
            int[] at = offsets(p);
            assertEquals(text.substring(at[0], at[1]), dsg.find(Node.ANY, p, anchor, Node.ANY).next().getObject().getLiteralLexicalForm(),
                    "the IRI's offsets cut the surface form from the text: " + p);
        }
    }

    @Test
    void allStatesTheIrisOffsetsAndContextToo() {
        DatasetGraph dsg = emit(MentionDetail.ALL);
        Node begin = NodeFactory.createURI(Vocab.NIF + "beginIndex"), end = NodeFactory.createURI(Vocab.NIF + "endIndex");
        Node context = NodeFactory.createURI(Vocab.NIF + "referenceContext");
        for (Node p : phrases(dsg)) {
            int[] at = offsets(p);
            assertEquals(Integer.toString(at[0]), dsg.find(Node.ANY, p, begin, Node.ANY).next().getObject().getLiteralLexicalForm());
            assertEquals(Integer.toString(at[1]), dsg.find(Node.ANY, p, end, Node.ANY).next().getObject().getLiteralLexicalForm());
            assertTrue(dsg.find(Node.ANY, p, context, Node.ANY).hasNext(), p.getURI());
        }
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
