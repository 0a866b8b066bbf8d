package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** A body's standard committee named without the body (学术委员会, 組織委員會) is no organisation; a named one is. */
class OrganisationGenericCommitteesTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void aSchoolsAcademicCommittee() {
        List<String> o = organisations("该校学术委员会和教学指导委员会共同审议了方案。");
        assertFalse(o.stream().anyMatch(n -> n.endsWith("学术委员会") || n.endsWith("指导委员会")), o.toString());
    }

    @Test
    void anOrganisingCommitteeInTraditionalScript() {
        List<String> o = organisations("大會組織委員會昨天宣布,展會將如期舉行。");
        assertFalse(o.stream().anyMatch(n -> n.equals("組織委員會") || n.equals("组织委员会")), o.toString());
    }

    @Test
    void aCommitteeNamedByItsDomainStays() {
        List<String> o = organisations("该市去年成立了海洋渔业资源委员会,以推动相关工作。");
        assertTrue(o.contains("海洋渔业资源委员会"), o.toString());
    }
}
