package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Russian names of three dotted parts after a title (set D 016, two names): a first part HanLP knows as a place
 * (亚历山大/ns ·) and a last part that holds a character the transliteration table lacks (…斯米尔诺夫宁).
 */
class PersonDottedNameAfterTitleTest {

    private static List<String> persons(String text) {
        return MiniExtractor.names(MiniExtractor.extract(text, "2024-04-02"), EntityType.PERSON);
    }

    @Test
    void aFirstPartHanLpTakesForAPlace() {
        List<String> p = persons("塔斯社莫斯科4月2日电 国立大学经济学院院长亚历山大·彼得罗维奇·伊万诺夫,研究所所长李明出席。");
        assertTrue(p.contains("亚历山大·彼得罗维奇·伊万诺夫"), p.toString());
    }

    @Test
    void aDottedPersonWordTheScanStopsInside() {
        List<String> p = persons("新华社莫斯科4月2日电 研究所副所长米哈伊尔·彼得罗维奇·斯米尔诺夫宁分别致辞。");
        assertTrue(p.contains("米哈伊尔·彼得罗维奇·斯米尔诺夫宁"), p.toString());
    }
}
