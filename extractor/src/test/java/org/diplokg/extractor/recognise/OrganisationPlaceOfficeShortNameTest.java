package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** A place with its level and an office's short name ending in 办 (湖北省外办), whatever follows it. */
class OrganisationPlaceOfficeShortNameTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void aProvincesForeignAffairsOfficeBeforeAVerb() {
        List<String> o = organisations("南京5月3日电 (记者 王明)记者3日从江苏省外办获悉,江苏省与法国某大区签署合作备忘录。");
        assertTrue(o.contains("江苏省外办"), o.toString());
    }

    @Test
    void aCitysOfficeWrittenWithItsNounsBeforeADeputysTitle() {
        List<String> o = organisations("杭州市政府合作交流办副主任李明出席。");
        assertTrue(o.contains("杭州市政府合作交流办"), o.toString());
    }

    @Test
    void aCitysForeignAffairsOfficeInTraditionalScript() {
        List<String> o = organisations("昆明市外事辦副主任張華會見客人。");
        assertTrue(o.stream().anyMatch(n -> n.equals("昆明市外事辦") || n.equals("昆明市外事办")), o.toString());
    }

    @Test
    void aPlaceThatHoldsAnEventIsNoOffice() {
        List<String> o = organisations("明年江苏省将举办国际博览会。");
        assertFalse(o.stream().anyMatch(n -> n.endsWith("办")), o.toString());
    }
}
