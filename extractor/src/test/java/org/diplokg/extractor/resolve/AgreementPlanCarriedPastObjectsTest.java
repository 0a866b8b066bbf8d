package org.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.junit.jupiter.api.Test;

/** A plan (将…) carries over later subjectless clauses even where an earlier one names a party in its object. */
class AgreementPlanCarriedPastObjectsTest {

    private static List<AgreementStatement> statements(String text) {
        return MiniExtractor.extract(text, "2024-06-01").statements();
    }

    @Test
    void aPartyInsideAnObjectDoesNotEndThePlan() {
        assertTrue(statements("峰会上，各国元首将签署并发表《某某宣言》，审议通过《中国与智利合作规划》等文件，"
                + "签署《成员国海关合作协定》。").isEmpty());
        assertTrue(statements("峰會期間，各國元首將簽署並發表《某某宣言》，批准關於新西蘭代表所提報告的決議，"
                + "見證簽署《成員國海關合作協定》。").isEmpty());
    }

    @Test
    void aClauseOpeningWithItsOwnSubjectStatesItsOwnAct() {
        List<AgreementStatement> s = statements("各国元首将出席峰会，智利签署《成员国海关合作协定》。");
        assertEquals(List.of("智利"), s.stream().map(AgreementStatement::actorName).toList(), s.toString());
    }
}
