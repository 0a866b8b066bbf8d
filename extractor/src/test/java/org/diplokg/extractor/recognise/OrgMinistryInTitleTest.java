package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** A ministry written only inside its minister's title: 大臣 as well as 部长. */
class OrgMinistryInTitleTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void aMinisterTitledDaChen() {
        List<String> o = organisations("会见时在座的有副首相兼商业部大臣潘索萨等官员。");
        assertTrue(o.contains("商业部"), o.toString());
    }
}
