package org.diplokg.eval;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NormaliserTest {

    private final Normaliser identity = new Normaliser(Function.identity());

    @Test
    void removesUnicodeWhitespaceUnifiesDotsAndLowerCases() {
        assertEquals("杰辛达·阿德恩", identity.norm(" 杰辛达 • 阿德恩\u3000"));
        assertEquals("joebiden", identity.norm("JOE\u2028BIDEN"));
        assertEquals("a·b·c", identity.norm("a・b‧c"));
        assertEquals("ab", identity.norm("a\u001cb"));       // Python's \s covers the information separators
        assertEquals("apec2021", identity.norm("ＡＰＥＣ２０２１")); // NFKC
        assertEquals("οδος", identity.norm("ΟΔΟΣ"));           // final sigma, as str.lower
    }

    @Test
    void normalisesNoneToEmptyAndNumbersThroughStr() {
        assertEquals("", identity.norm(NullNode.getInstance()));
        assertEquals("28", identity.norm(IntNode.valueOf(28)));
    }

    @Test
    void bareDropsQuotesBookTitleMarksAndParenthesisedParts() {
        assertEquals("全面与进步跨太平洋伙伴关系协定", identity.bare("《全面与进步跨太平洋伙伴关系协定》（CPTPP）"));
        assertEquals("区域全面经济伙伴关系协定", identity.bare("“区域全面经济伙伴关系协定 (RCEP)”"));
    }

    @Test
    void convertsToSimplifiedBeforeLowerCasing() {
        Normaliser n = new Normaliser(s -> s.replace("習", "习").replace("X", "Y"));
        assertEquals("习近平y", n.norm("習近平X"));
    }

    @Test
    void defaultHanLpConverterSimplifiesTraditionalNames() {
        Normaliser n = new Normaliser(org.diplokg.extractor.text.HanLp::toSimplified);
        assertEquals("亚太经合组织", n.norm("亞太經合組織"));
        assertEquals("习近平", n.norm("習近平"));
    }
}
