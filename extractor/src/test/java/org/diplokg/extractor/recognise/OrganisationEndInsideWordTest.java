package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/**
 * A name read forward or by pattern does not end on the first character of a word that runs past it: 署 of 署理
 * (acting, as Hong Kong and Macao title an acting head) or of 签署 (signs).
 */
class OrganisationEndInsideWordTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void aUnBodyBeforeSigning() {
        List<String> o = organisations("联合国人口发展事务部签署了合作文件。");
        assertFalse(o.stream().anyMatch(n -> n.endsWith("签署")), o.toString());
    }

    @Test
    void anActingHeadAfterAnOffice() {
        List<String> o = organisations("外交部駐香港特派員公署署理特派員出席了酒會。");
        assertFalse(o.stream().anyMatch(n -> n.endsWith("署署")), o.toString());
        assertTrue(o.stream().anyMatch(n -> n.equals("外交部駐香港特派員公署") || n.equals("外交部驻香港特派员公署")), o.toString());
    }
}
