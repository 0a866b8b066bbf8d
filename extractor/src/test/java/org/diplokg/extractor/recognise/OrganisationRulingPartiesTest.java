package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** The ruling parties of the DPRK, Viet Nam and Cuba, which party-to-party news names with their country. */
class OrganisationRulingPartiesTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void theWorkersPartyOfKoreaWithItsCountry() {
        List<String> o = organisations("中方愿同朝鲜劳动党加强交流互鉴,深化两党关系。");
        assertTrue(o.contains("朝鲜劳动党"), o.toString());
    }

    @Test
    void communistPartiesWithTheirCountriesInTraditionalScript() {
        List<String> o = organisations("代表團先後會見了越南共產黨和古巴共產黨的代表。");
        assertTrue(o.stream().anyMatch(n -> n.equals("越南共產黨") || n.equals("越南共产党")), o.toString());
        assertTrue(o.stream().anyMatch(n -> n.equals("古巴共產黨") || n.equals("古巴共产党")), o.toString());
    }

    @Test
    void aPartyMemberIsNoParty() {
        List<String> o = organisations("他是一名共产党员,多年从事劳动党务工作。");
        assertFalse(o.stream().anyMatch(n -> n.contains("党")), o.toString());
    }
}
