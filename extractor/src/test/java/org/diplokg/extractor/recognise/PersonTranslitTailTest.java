package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Two transliteration classes: HanLP cuts the first character off a name found behind a title when it is written again
 * (副部长姆费凯托 … 姆/x 费凯托/nr 说: set E 007), and the last character off before 表达 (部长慕斯达/nr 法/n 表达: set E
 * 002), a speech verb like 表示.
 */
class PersonTranslitTailTest {

    private static List<String> persons(String text) {
        return MiniExtractor.names(MiniExtractor.extract(text, "2024-04-02"), EntityType.PERSON);
    }

    @Test
    void theTailOfANameFoundBehindATitleIsNoOtherPerson() {
        List<String> p = persons("新华社约翰内斯堡4月2日电 南非国际关系与合作部副部长姆费凯托出席开幕式。姆费凯托说，双方合作成果丰硕。");
        assertTrue(p.contains("姆费凯托"), p.toString());
        assertFalse(p.contains("费凯托"), p.toString());
    }

    @Test
    void expressingIsASpeechVerbAfterAName() {
        List<String> p = persons("中央社記者吉隆坡2日電 馬來西亞貿工部長慕斯達法表達強烈意願，盼早日洽簽協定。");
        assertTrue(p.contains("慕斯達法"), p.toString());
    }
}
