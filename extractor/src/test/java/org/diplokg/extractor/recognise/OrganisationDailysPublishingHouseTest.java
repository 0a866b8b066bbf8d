package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** A daily's publishing house is named as written with 社 (中国日报社社长); an editorial (社论) is no publishing house. */
class OrganisationDailysPublishingHouseTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void theHouseBeforeItsDirectorsTitle() {
        List<String> o = organisations("中国日报社社长兼总编辑周明出席论坛。");
        assertTrue(o.contains("中国日报社"), o.toString());
    }

    @Test
    void theHouseInTraditionalScript() {
        List<String> o = organisations("光明日報社總編輯會見了代表團。");
        assertTrue(o.contains("光明日報社"), o.toString());
    }

    @Test
    void anEditorialNamesThePaper() {
        List<String> o = organisations("人民日报社论指出，两国合作前景广阔。");
        assertTrue(o.contains("人民日报"), o.toString());
        assertFalse(o.contains("人民日报社"), o.toString());
    }

    @Test
    void anAgencysCommentatorKeepsTheAgency() {
        List<String> o = organisations("新华社评论员文章指出，两国合作前景广阔。");
        assertTrue(o.contains("新华社"), o.toString());
    }
}
