package org.diplokg.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final NameRules rules = new NameRules(new Normaliser(Function.identity()));

    @Test
    void agreementNamesIncludeParenthesisedAcronym() throws Exception {
        assertEquals(Set.of("cptpp", "全面与进步跨太平洋伙伴关系协定"),
                rules.agreementNames(JSON.readTree("{\"key\": \"全面与进步跨太平洋伙伴关系协定（CPTPP）\"}")));
    }

    @Test
    void agreementsContainingEachOtherNeedFourCodePoints() {
        assertTrue(NameRules.sameAgreement(Set.of("中欧投资"), Set.of("中欧投资协定")));
        assertFalse(NameRules.sameAgreement(Set.of("欧投"), Set.of("中欧投资协定")));
        // three characters outside the BMP are six UTF-16 units but still only three characters
        assertFalse(NameRules.sameAgreement(Set.of("𠀁𠀂𠀃"), Set.of("𠀀𠀁𠀂𠀃协定")));
        assertTrue(NameRules.sameAgreement(Set.of("𠀁𠀂𠀃协"), Set.of("𠀀𠀁𠀂𠀃协定")));
    }

    @Test
    void nameSimilarityIsLongestCommonSubstringOverShorterName() {
        assertEquals(1.0, NameRules.nameSimilarity("领导人非正式会议", "亚太经合组织领导人非正式会议"));
        assertEquals(4.0 / 6, NameRules.nameSimilarity("中美元首视频会晤", "中美视频会晤"));
        assertEquals(0.0, NameRules.nameSimilarity("a", "b"));
        assertEquals(1.0, NameRules.nameSimilarity("a", "a"));
        assertEquals(0.5, NameRules.nameSimilarity("𠀀𠀁", "𠀀x"));
    }

    @Test
    void personNamesCollectAliasesAndDropEmpty() throws Exception {
        assertEquals(Set.of("杰辛達·阿德恩", "杰辛达·阿德恩", "阿德恩", "ardern"), rules.personNames(JSON.readTree(
                "{\"name\": \"杰辛達·阿德恩\", \"simplified\": \"杰辛达·阿德恩\", \"also_written\": [\"阿德恩\", null], \"as_written\": \"Ardern\"}")));
    }
}
