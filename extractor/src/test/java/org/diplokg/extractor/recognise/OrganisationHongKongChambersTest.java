package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** Hong Kong's major chambers of commerce by the names the Hong Kong press writes. */
class OrganisationHongKongChambersTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void theChineseGeneralChamberByItsShortName() {
        List<String> o = organisations("局長昨天會見中華總商會及廠商會代表,聽取業界對自貿談判的意見。");
        assertTrue(o.contains("中華總商會"), o.toString());
        assertTrue(o.contains("廠商會"), o.toString());
    }
}
