package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** 港府 names the Hong Kong government as such, which ANNOTATION.md does not list; its bureaus stay bodies. */
class OrganisationRegionalGovernmentTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void theShortNameOfTheGovernmentIsNoBody() {
        List<String> o = organisations("港府昨日發表聲明，歡迎雙方重啟自貿談判。");
        assertFalse(o.contains("港府"), o.toString());
        assertFalse(o.stream().anyMatch(n -> n.startsWith("香港特")), o.toString());
    }

    @Test
    void aMinistryElsewhereInTheSamePassageStays() {
        List<String> o = organisations("港府今天表示，商务部将与香港继续磋商。");
        assertFalse(o.contains("港府"), o.toString());
        assertTrue(o.contains("商务部"), o.toString());
    }
}
