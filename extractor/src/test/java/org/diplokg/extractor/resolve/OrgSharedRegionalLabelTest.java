package org.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/** A bare name that Hong Kong's and Macao's bodies share links to the body of the region the text names, never a first pick. */
class OrgSharedRegionalLabelTest {

    private static ResolvedEntity body(String text, String name) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION && e.name().equals(name)).findFirst().orElseThrow();
    }

    private static String iri(ResolvedEntity e) {
        return e.reference() == null ? null : e.reference().iri();
    }

    @Test
    void theMacaoBodyInATextAboutMacao() {
        ResolvedEntity e = body("澳門特區政府昨日舉辦春茗,立法會主席與多名議員出席。", "立法會");
        assertEquals("https://w3id.org/diplokg/id/org/macao-legislative-assembly", iri(e));
    }

    @Test
    void theHongKongBodyInATextAboutHongKong() {
        ResolvedEntity e = body("香港特区政府今日公布新措施,终审法院将于下月开庭审理此案。", "终审法院");
        assertEquals("https://w3id.org/diplokg/id/org/hk-cfa", iri(e));
    }

    @Test
    void noLinkWhenTheTextNamesNeitherRegion() {
        assertNull(iri(body("行政长官办公室发表声明,欢迎代表团来访。", "行政长官办公室")));
    }

    @Test
    void anOfficeInTheSharedNameIsTheBodyOfTheRegionTheTextNames() {
        var k = Seeds.extractor().extract(MiniExtractor.document(
                "澳門特區政府昨日舉辦春茗，立法會主席高開賢與多名議員出席。", "2024-05-01"));
        var office = k.offices().stream().filter(o -> o.role().equals("主席")).findFirst().orElseThrow(
                () -> new AssertionError(k.offices().toString()));
        assertEquals("https://w3id.org/diplokg/id/org/macao-legislative-assembly", office.organisation());
    }
}
