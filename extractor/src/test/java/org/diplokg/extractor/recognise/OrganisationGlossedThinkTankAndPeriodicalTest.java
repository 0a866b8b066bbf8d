package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A think tank glossed with its acronym and a periodical in quotation marks glossed with its Latin name. */
class OrganisationGlossedThinkTankAndPeriodicalTest {

    private static List<String> keys(String text) {
        return Recognise.keys(new OrganisationRecogniser(), text);
    }

    @Test
    void aThinkTankBeforeItsAcronym() {
        List<String> k = keys("本次研讨会由国际战略智库(ISTT)与当地大学联合举办。");
        assertTrue(k.contains("国际战略智库"), k.toString());
    }

    @Test
    void aPeriodicalInCornerQuotesBeforeItsLatinName() {
        List<String> k = keys("「南島觀察報」(The Island Observer)昨天報導,雙方已完成談判。");
        assertTrue(k.contains("南島觀察報") || k.contains("南岛观察报"), k.toString());
    }

    @Test
    void aQuotedPeriodicalWithoutAGlossIsNotReadHere() {
        List<String> k = keys("「北方快報」昨天指出,雙方已完成談判。");
        assertFalse(k.stream().anyMatch(n -> n.contains("快")), k.toString());
    }

    @Test
    void aCaptionOnTheLineBeforeIsNoPartOfTheName() {
        List<String> k = keys("会议现场\n海洋发展智库(ODT)发布了报告。");
        assertFalse(k.stream().anyMatch(n -> n.contains("现场")), k.toString());
    }
}
