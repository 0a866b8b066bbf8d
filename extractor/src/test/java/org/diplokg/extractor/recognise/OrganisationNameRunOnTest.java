package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** A newspaper's name that a common word runs past (联合报 + 道: 联合报道, a joint report) is no mention of the paper. */
class OrganisationNameRunOnTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void aJointReportIsNoNewspaper() {
        List<String> o = organisations("(记者李明、特约记者王芳联合报道)两国外长当天举行会谈。");
        assertFalse(o.contains("联合报"), o.toString());
    }

    @Test
    void aJointReportInTraditionalScript() {
        List<String> o = organisations("本報記者陳文、林華聯合報導,兩岸代表昨天簽署協議。");
        assertFalse(o.contains("聯合報") || o.contains("联合报"), o.toString());
    }

    @Test
    void theNewspaperItselfStays() {
        List<String> o = organisations("據聯合報昨天報導,兩岸代表已簽署協議。");
        assertTrue(o.contains("聯合報") || o.contains("联合报"), o.toString());
    }
}
