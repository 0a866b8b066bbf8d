package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** ASEAN plus three (10+3) is a grouping; ASEAN plus one partner (10+1) is a format with three partners, no body. */
class OrgNumberedGroupingTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION && !e.creditOnly()).map(ResolvedEntity::name).toList();
    }

    @Test
    void aseanPlusOneNamesNoBody() {
        List<String> o = organisations("外长出席了日本—东盟(10+1)外长会,并就10+1合作提出建议。");
        assertFalse(o.contains("10+1"), o.toString());
    }

    @Test
    void aseanPlusThreeIsAGrouping() {
        List<String> o = organisations("各方同意深化10+3財金合作,推動區域經濟一體化。");
        assertTrue(o.contains("10+3"), o.toString());
    }
}
