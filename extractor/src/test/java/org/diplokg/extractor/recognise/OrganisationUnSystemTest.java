package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/** UN system entities of the UN System Chart beyond the funds and agencies (organisations.ttl), by the short forms no rule reads. */
class OrganisationUnSystemTest {

    private static List<String> organisations(String text) {
        return MiniExtractor.names(Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-06")), EntityType.ORGANIZATION);
    }

    @Test
    void shortFormsNoRuleReads() {
        List<String> o = organisations("新华社日内瓦5月6日电 联合国人权高专办和近东救济工程处当天发表声明，禁化武组织代表出席。");
        assertTrue(o.containsAll(List.of("联合国人权高专办", "近东救济工程处", "禁化武组织")), o.toString());
    }
}
