package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.AgreementStatement;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/**
 * The lexicon-driven agreement rules (agreement-*: kinds, document kinds, generic titles, free-trade heads, status
 * verbs, hopes and plans) and the meeting acts (meeting-encounter-verbs), on sentences written for the test.
 */
class AgreementCuesTest {

    private static DocumentKnowledge extract(String text) {
        return MiniExtractor.extract(text, "2021-11-13");
    }

    private static List<ResolvedEntity> of(DocumentKnowledge k, EntityType type) {
        return k.entities().stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void aBookTitleEndingInAKindOfAgreementIsAnAgreement() {
        // agreement-kind-words
        List<ResolvedEntity> a = of(extract("双方签署《中国与斐济投资保护条约》。"), EntityType.AGREEMENT);
        assertEquals(1, a.size(), a.toString());
    }

    @Test
    void aWhitePaperIsADocument() {
        // agreement-document-kind-words
        DocumentKnowledge k = extract("双方发表《中国与斐济海洋合作白皮书》。");
        assertTrue(of(k, EntityType.AGREEMENT).isEmpty(), k.entities().toString());
        assertEquals(1, of(k, EntityType.DOCUMENT).size(), k.entities().toString());
    }

    @Test
    void aGenericTitleNamesNoAgreement() {
        // agreement-generic-modifiers + agreement-generic-heads
        assertTrue(of(extract("双方签署《经贸协议》。"), EntityType.AGREEMENT).isEmpty());
        assertEquals(1, of(extract("双方签署《斐济经贸协议》。"), EntityType.AGREEMENT).size());
    }

    @Test
    void aFreeTradeAgreementIsNamedByItsTwoParties() {
        // agreement-free-trade-heads
        List<ResolvedEntity> a = of(extract("中方愿与智利共同落实中国-智利自贸协定升级议定书。"), EntityType.AGREEMENT);
        assertEquals(1, a.size(), a.toString());
        assertTrue(a.get(0).name().startsWith("中国-智利自贸协定"), a.get(0).name());
    }

    @Test
    void entryIntoForceIsAStatementDatedByItsSentence() {
        // agreement-status-entered-into-force
        List<AgreementStatement> s = extract("2022年1月1日，区域全面经济伙伴关系协定正式生效。").statements();
        assertEquals(1, s.size(), s.toString());
        assertEquals("EnteredIntoForce", s.get(0).action());
        assertEquals("2022-01-01", s.get(0).date().iso());
    }

    @Test
    void concludedNegotiationsSpanTheAgreementsName() {
        // agreement-status-concluded-negotiations: 实质性结束…谈判 around the name
        List<AgreementStatement> s = extract("2024年10月，中国与东盟宣布实质性结束中国－东盟自由贸易区升级谈判。").statements();
        assertEquals(2, s.size(), "one per coordinated actor: " + s);
        assertTrue(s.stream().allMatch(x -> x.action().equals("ConcludedNegotiations")), s.toString());
    }

    @Test
    void aHopeIsNotAStatement() {
        // agreement-hope-and-plan-words
        assertTrue(extract("双方希望区域全面经济伙伴关系协定尽快生效。").statements().isEmpty());
    }

    @Test
    void twoPeopleMeetingIsAMeetingUnlessItIsToCome() {
        // meeting-encounter-verbs, meeting-future-auxiliaries
        DocumentKnowledge held = extract("2021年11月12日，习近平在北京会见新西兰总理阿德恩。");
        assertTrue(held.meetings().stream().anyMatch(m -> m.name().contains("会见")), held.meetings().toString());
        DocumentKnowledge toCome = extract("2021年11月12日，习近平将在北京会见新西兰总理阿德恩。");
        assertFalse(toCome.meetings().stream().anyMatch(m -> m.name().contains("会见")), toCome.meetings().toString());
    }

    @Test
    void aDatedSigningIsAMeeting() {
        // agreement-status-signed in MeetingActRecogniser
        DocumentKnowledge k = extract("2020年11月15日，中国与东盟签署《区域全面经济伙伴关系协定》。");
        assertTrue(k.meetings().stream().anyMatch(m -> m.name().endsWith("签署")), k.meetings().toString());
    }
}
