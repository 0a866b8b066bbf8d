package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** A government as such is no organisation even where the reference lists it (as the parent of its bureaus). */
class OrganisationGovernmentAsSuchTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2019-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void theSarGovernmentByItsReferenceNameIsNoOrganisation() {
        List<String> o = organisations("香港特別行政區政府與越南簽署諒解備忘錄,商務及經濟發展局局長出席。");
        assertFalse(o.stream().anyMatch(n -> n.endsWith("政府")), o.toString());
        assertTrue(o.stream().anyMatch(n -> n.contains("商務及經濟發展局")), o.toString());
        assertFalse(organisations("香港特区政府代表团昨日抵达曼谷。").stream().anyMatch(n -> n.endsWith("政府")));
    }
}
