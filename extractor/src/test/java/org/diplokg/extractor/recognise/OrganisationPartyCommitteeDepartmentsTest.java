package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** A local Party committee's working bodies after its short form (市委政策研究室, 市委台办), as the Central Committee's are named. */
class OrganisationPartyCommitteeDepartmentsTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void aCitysPolicyResearchOffice() {
        List<String> o = organisations("南京市委政策研究室主任李明出席会议。");
        assertTrue(o.contains("南京市委政策研究室"), o.toString());
    }

    @Test
    void aCitysTaiwanAffairsOfficeInTraditionalScript() {
        List<String> o = organisations("廈門市委台辦主任張強會見台灣客人。");
        assertTrue(o.stream().anyMatch(n -> n.equals("廈門市委台辦") || n.equals("厦门市委台办")), o.toString());
    }
}
