package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/**
 * Party organs named inside titles (ANNOTATION: 浙江省委书记 → 浙江省委): a district's committee (区委) with the city
 * before it, and a body's Party group or committee before a member's title (党组成员, 党委常委), not before its
 * secretary's (党组书记 is the body's head).
 */
class OrganisationPartyOrgansTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(org.diplokg.extractor.MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void aDistrictCommitteeWithItsCity() {
        List<String> o = organisations("南京市鼓楼区委书记张明会见了来访的代表团。");
        assertTrue(o.contains("南京市鼓楼区委"), o.toString());
    }

    @Test
    void aDistrictThatEntrustsIsNoCommittee() {
        List<String> o = organisations("鼓楼区委托第三方机构开展评估。");
        assertFalse(o.stream().anyMatch(n -> n.endsWith("区委")), o.toString());
    }

    @Test
    void aMinistrysPartyGroupBeforeAMembersTitle() {
        List<String> o = organisations("商务部党组成员、部长助理李华出席会议并致辞。");
        assertTrue(o.contains("商务部党组"), o.toString());
    }

    @Test
    void traditionalScriptPartyGroup() {
        List<String> o = organisations("外交部黨組成員、副部長陳明在會上發言。");
        assertTrue(o.contains("外交部黨組"), o.toString());
    }

    @Test
    void aSecretarysTitleNamesTheBodyItHeads() {
        List<String> o = organisations("商务部党组书记、部长李华会见了客人。");
        assertTrue(o.contains("商务部"), o.toString());
        assertFalse(o.contains("商务部党组"), o.toString());
    }
}
