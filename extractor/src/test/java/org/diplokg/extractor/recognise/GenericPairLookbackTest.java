package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/**
 * 两国自由贸易协定 in a sentence that names no party, after one that names several, is the agreement of the two the
 * nearest earlier sentence names (ANNOTATION.md). Passages written for the test.
 */
class GenericPairLookbackTest {

    private static final String ID = "https://w3id.org/diplokg/id/agreement/";

    private static List<String> iris(String body) {
        DocumentKnowledge k = Seeds.extractor().extract(new SourceDocument("test/lookback.txt", "0".repeat(64),
                DocumentFormat.TEXT, "UTF-8", null, PartialDate.parseIso("2024-05-01"), "header", null, null, body, List.of()));
        return k.entities().stream().filter(e -> e.type() == EntityType.AGREEMENT).map(ResolvedEntity::iri).toList();
    }

    @Test
    void bothCountriesAreTheTwoOfTheNearestSentenceNamingTwo() {
        assertEquals(List.of(ID + "china-australia-fta"), iris("澳大利亞總理昨天訪問中國。目前僅有俄羅斯、英國和德國與中國有類似安排。"
                + "兩位總理同意加速推動兩國自由貿易協定。"));
        // no earlier sentence names exactly two: no agreement
        assertTrue(iris("目前僅有俄羅斯、英國和德國與中國有類似安排。兩位總理同意加速推動兩國自由貿易協定。").isEmpty());
    }
}
