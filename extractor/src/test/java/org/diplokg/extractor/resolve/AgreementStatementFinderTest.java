package org.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.MiniExtractor;
import org.junit.jupiter.api.Test;

class AgreementStatementFinderTest {

    private static List<AgreementStatement> statements(String text) {
        DocumentKnowledge k = MiniExtractor.extract(text, "2021-11-13");
        return k.statements();
    }

    @Test
    void anApplicationToJoinIsAStatementOfTheEconomyThatApplied() {
        List<AgreementStatement> s = statements("中方已申请加入《全面与进步跨太平洋伙伴关系协定》。");
        assertEquals(1, s.size(), s.toString());
        assertEquals("AppliedToJoin", s.get(0).action());
        assertEquals("https://w3id.org/diplokg/id/agreement/cptpp", s.get(0).agreement());
        assertEquals("https://w3id.org/diplokg/id/economy/cn", s.get(0).actor());
    }

    @Test
    void aSigningCarriesTheDateOfItsSentence() {
        List<AgreementStatement> s = statements("2020年11月15日，中国等15国正式签署区域全面经济伙伴关系协定。");
        assertEquals(1, s.size(), s.toString());
        assertEquals("Signed", s.get(0).action());
        assertEquals("2020-11-15", s.get(0).date().iso());
    }

    @Test
    void hopesAndPlansAreNotStatements() {
        assertTrue(statements("中方期待《区域全面经济伙伴关系协定》明年如期生效。").isEmpty());
        assertTrue(statements("推动区域全面经济伙伴关系协定(RCEP)早日生效。").isEmpty());
        assertTrue(statements("中方将积极考虑加入全面与进步跨太平洋伙伴关系协定。").isEmpty());
    }

    @Test
    void theVerbMustStandNextToTheAgreement() {
        assertTrue(statements("目前中国签署的最高水平的自贸协定是RCEP。").isEmpty());
    }
}
