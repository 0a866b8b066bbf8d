package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** No organisation's name runs across a line break: a caption's last Latin word is no part of a name on the next line. */
class OrganisationNameOnOneLineTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void aCaptionEndingInALatinWord() {
        List<String> o = organisations("兩國代表在會場合影。 (12/05/2023) REUTERS\n中华全国工商业联合会副主席出席了签约仪式。");
        assertTrue(o.contains("中华全国工商业联合会"), o.toString());
        assertFalse(o.stream().anyMatch(n -> n.contains("\n") || n.startsWith("REUTERS") && n.length() > 7), o.toString());
    }
}
