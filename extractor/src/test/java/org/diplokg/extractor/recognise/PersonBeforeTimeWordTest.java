package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/** 昨 right after a name (X昨表示, X昨（5）日抵达): a time word, never the name's last character nor a cut in it. */
class PersonBeforeTimeWordTest {

    private static List<String> persons(String text) {
        return MiniExtractor.names(MiniExtractor.extract(text, "2024-05-06"), EntityType.PERSON);
    }

    @Test
    void aNameBeforeYesterdayIsReadWhole() {
        List<String> p = persons("行政院發言人李慧芝昨表示，政府支持雙方持續合作。");
        assertTrue(p.contains("李慧芝"), p.toString());
        assertFalse(p.contains("李慧"), p.toString());
    }

    @Test
    void yesterdayWithABracketedDayIsNoPartOfTheName() {
        List<String> p = persons("大陸國務院總理王小強昨（5）日抵達東京展開訪問，他當天與日本首相舉行會談。");
        assertFalse(p.stream().anyMatch(n -> n.endsWith("昨")), p.toString());
    }
}
