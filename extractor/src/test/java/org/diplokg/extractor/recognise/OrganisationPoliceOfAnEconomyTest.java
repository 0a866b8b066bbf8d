package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** An economy's police (警方), like its armed forces (军方), is one of its agencies. */
class OrganisationPoliceOfAnEconomyTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void aCountrysPolice() {
        List<String> o = organisations("泰国警方昨日逮捕了两名嫌疑人。");
        assertTrue(o.contains("泰国警方"), o.toString());
    }

    @Test
    void aRegionsPoliceInTraditionalScript() {
        List<String> o = organisations("澳門警方表示,案件仍在調查中。");
        assertTrue(o.contains("澳門警方"), o.toString());
    }
}
