package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** The ROK's ministries and presidential office and Japan's cabinet-level agencies, whose names are theirs alone. */
class OrganisationPartnerCabinetsTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2015-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void aKoreanMinistryIsNotCutToTheChineseOneItEndsWith() {
        List<String> o = organisations("韓國企劃財政部官員與中方就自貿協定進行磋商。");
        assertTrue(o.stream().anyMatch(n -> n.endsWith("企劃財政部") || n.endsWith("企划财政部")), o.toString());
        assertFalse(o.contains("財政部") || o.contains("财政部"), o.toString());
    }

    @Test
    void thePresidentialOfficeAndJapaneseAgencies() {
        List<String> o = organisations("青瓦台发言人表示,日本观光厅和内阁府也派员出席了会议。");
        assertTrue(o.contains("青瓦台"), o.toString());
        assertTrue(o.stream().anyMatch(n -> n.endsWith("观光厅")), o.toString());
        assertTrue(o.stream().anyMatch(n -> n.endsWith("内阁府")), o.toString());
    }

    @Test
    void unificationIsAMinistryOnlyWithItsCountry() {
        assertFalse(organisations("会议对下一阶段工作作出统一部署。").stream().anyMatch(n -> n.contains("统一部")));
    }
}
