package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** A country's organ after its full official name (…共和国外交部长 → …共和国外交部), as the MFA's invitation formula writes it. */
class OrganisationStateFormalNameTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void aRepublicsForeignMinisterInTheInvitationFormula() {
        List<String> o = organisations("应肯尼亚共和国外交部长邀请，国务委员将于下月访问肯尼亚。");
        assertTrue(o.contains("肯尼亚共和国外交部"), o.toString());
    }

    @Test
    void aKingdomsMinistryInTraditionalScript() {
        List<String> o = organisations("應柬埔寨王國外交部長邀請，外長將於下週訪問金邊。");
        assertTrue(o.stream().anyMatch(n -> n.equals("柬埔寨王國外交部") || n.equals("柬埔寨王国外交部")), o.toString());
        assertFalse(o.contains("外交部"), o.toString());
    }

    @Test
    void aFederalDemocraticRepublicsMinistry() {
        List<String> o = organisations("尼泊尔联邦民主共和国外交部发表声明，欢迎双方重启谈判。");
        assertTrue(o.contains("尼泊尔联邦民主共和国外交部"), o.toString());
    }
}
