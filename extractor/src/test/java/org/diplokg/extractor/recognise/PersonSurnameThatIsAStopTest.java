package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/**
 * 于 is a surname and a preposition: a name after a title may start with it (书记于伟国早前…) and a transliteration may
 * hold it (西于尔扎多蒂), but 总统于本周访问 is a time (sets D 009 and E 029).
 */
class PersonSurnameThatIsAStopTest {

    private static List<String> persons(String text) {
        return MiniExtractor.names(MiniExtractor.extract(text, "2024-04-02"), EntityType.PERSON);
    }

    @Test
    void aSurnameThatIsAPrepositionAfterATitle() {
        List<String> p = persons("中央社記者台北2日電 市長于偉成今天表示，將擴大兩地合作。");
        assertTrue(p.contains("于偉成"), p.toString());
    }

    @Test
    void insideATransliteration() {
        List<String> p = persons("新华社雷克雅未克4月2日电 冰岛总理西于尔松与中国代表团举行会谈。");
        assertTrue(p.contains("西于尔松"), p.toString());
    }

    @Test
    void thePrepositionBeforeATimeOrAPlaceIsNoName() {
        List<String> p = persons("新华社北京4月2日电 总统于本周访问北京。部长于今年访问东盟。主席于会上发表讲话。总理于下月出访。"
                + "外长于昨天会见记者。总统于上周表示支持。主席于会后会见记者。外长于下午会见记者。");
        assertEquals(List.of(), p);
    }

    @Test
    void aStopThatIsNoTransliterationCharacterAfterANameEndsIt() {
        // 向 is a surname stop but no transliteration character: the name before it ends there (this hung before)
        List<String> p = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> persons("新华社北京4月2日电 部长阿里向安娜赠送礼物。"));
        assertTrue(p.contains("阿里"), p.toString());
    }
}
