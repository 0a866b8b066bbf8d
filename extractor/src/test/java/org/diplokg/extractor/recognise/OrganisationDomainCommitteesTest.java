package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** A committee or council named only by its domain words, which HanLP tags as no organisation, is read back to its clause's edge. */
class OrganisationDomainCommitteesTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(org.diplokg.extractor.MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void committeesAfterAVerbAndInAList() {
        List<String> o = organisations("该市去年成立了海洋渔业资源委员会、文化旅游推广委员会,以推动相关工作。");
        assertTrue(o.contains("海洋渔业资源委员会"), o.toString());
        assertTrue(o.contains("文化旅游推广委员会"), o.toString());
    }

    @Test
    void aCouncilAfterAPrepositionInTraditionalScript() {
        List<String> o = organisations("代表團還將同工商理事會舉行對話。");
        assertTrue(o.contains("工商理事會"), o.toString());
    }

    @Test
    void aQuotedSloganBeforeTheDomainIsNotCutOff() {
        List<String> o = organisations("当地成立“数字经济”建设工作委员会。");
        assertFalse(o.contains("建设工作委员会"), o.toString());
    }

    @Test
    void aTermOfANamedBodyIsNoCommitteeOfItsOwn() {
        List<String> o = organisations("政协第十三届全国委员会常务委员会第五次会议今天上午在北京闭幕。");
        assertFalse(o.contains("全国委员会"), o.toString());
    }

    @Test
    void aKnownCouncilKeepsItsOwnBounds() {
        List<String> o = organisations("双方将在晚些时候与欧洲理事会成员进行讨论。");
        assertFalse(o.stream().anyMatch(n -> n.length() > 5 && n.endsWith("欧洲理事会")), o.toString());
    }
}
