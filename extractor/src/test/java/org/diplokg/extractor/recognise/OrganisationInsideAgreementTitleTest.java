package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/**
 * Bodies named only inside an agreement's title are organisations of the page (the gold of sets D and F lists them,
 * as ANNOTATION.md lists bodies inside office titles and meeting names); a grouping joined to its partner by a dash
 * (中国—东盟自由贸易区) names a party as an economy and is not listed for that. Passages written for the test.
 */
class OrganisationInsideAgreementTitleTest {

    private static List<String> organisations(String text) {
        return MiniExtractor.extract(text, "2023-04-12").entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .map(ResolvedEntity::name).toList();
    }

    @Test
    void bodiesWrittenOnlyInTheTitleAreListed() {
        List<String> traditional = organisations("同日，雙方還簽署了《香港貿易發展局與澳門貿易投資促進局合作備忘錄》。");
        assertTrue(traditional.contains("香港貿易發展局") && traditional.contains("澳門貿易投資促進局"), traditional.toString());
        List<String> simplified = organisations("会后，双方签署了《中华人民共和国商务部和新加坡贸工部关于加强电子商务合作的谅解备忘录》。");
        assertTrue(simplified.contains("中华人民共和国商务部"), simplified.toString());
    }

    @Test
    void aGroupingJoinedByADashToItsPartnerIsAParty() {
        List<String> found = organisations("会议期间，两国部长表示，将共同推动中国—东盟自由贸易区3.0版谈判。");
        assertFalse(found.contains("东盟"), found.toString());
    }
}
