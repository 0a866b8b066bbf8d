package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Two one-character abbreviations, a few words, then their act on a bare free-trade head (中韩一旦签署自贸协定, 台马签FTA):
 * the head is their agreement when the document names both economies in full. Passages written for the test.
 */
class PairWordsBeforeActTest {

    private static List<String> iris(String text) {
        DocumentKnowledge k = Seeds.extractor().extract(new SourceDocument("test/pair-words.txt", "0".repeat(64),
                DocumentFormat.TEXT, "UTF-8", null, PartialDate.parseIso("2015-03-01"), "header", null, null, text, List.of()));
        return k.entities().stream().filter(e -> e.type() == EntityType.AGREEMENT).map(ResolvedEntity::iri).toList();
    }

    @Test
    void aFewWordsMayStandBetweenThePairAndItsAct() {
        assertEquals(List.of("https://w3id.org/diplokg/id/agreement/china-korea-fta"),
                iris("韩国总统将访问中国。分析认为，中韩一旦签署自贸协定，区域贸易格局将改变。"));
        assertEquals(List.of("https://w3id.org/diplokg/id/agreement/china-australia-fta"),
                iris("澳大利亚总理访华期间，中澳今天正式签署自由贸易协定。"));
        assertEquals(1, iris("馬來西亞部長表示，台灣若能先與大陸簽署協議，台馬簽FTA將較為有利。").size());
    }

    @Test
    void noPairWithoutBothEconomiesNamedOrWithAThirdParty() {
        // 韩 stands for no economy the page names in full
        assertEquals(List.of(), iris("分析认为，中韩一旦签署自贸协定，区域贸易格局将改变。"));
        // 与 between: another party joins, not this pair's act
        assertEquals(List.of(), iris("韩国总统访问中国。中韩也与日本签署自贸协定的可能性不大。").stream()
                .filter(i -> i.endsWith("china-korea-fta")).toList());
    }
}
