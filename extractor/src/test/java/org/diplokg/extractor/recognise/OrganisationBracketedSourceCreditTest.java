package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** (Content only: a credit is no content mention.) A source credit in brackets ends at its closing bracket: a dateline or a report after it on the line is content. */
class OrganisationBracketedSourceCreditTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION && !e.creditOnly()).map(ResolvedEntity::name).toList();
    }

    @Test
    void aReportAfterAPhotoSourceOnTheSameLine() {
        List<String> o = organisations("两地代表签署合作文件。(图片来源：人民网) 据人民网报道，双方同意加强合作。");
        assertTrue(o.contains("人民网"), o.toString());
    }

    @Test
    void aDatelineAfterAPhotoSourceInTraditionalScript() {
        List<String> o = organisations("雙方簽署協議。（圖片來源：新華網） 中新社北京5月3日電／雙方同意加強合作。");
        assertTrue(o.contains("中新社"), o.toString());
        assertFalse(o.contains("新華網") || o.contains("新华网"), o.toString());
    }

    @Test
    void anOpenSourceLineStaysACredit() {
        List<String> o = organisations("来源：人民网 双方同意加强合作。");
        assertFalse(o.contains("人民网"), o.toString());
    }
}
