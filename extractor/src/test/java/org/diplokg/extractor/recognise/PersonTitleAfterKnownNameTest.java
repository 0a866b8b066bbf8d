package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A two-character name the reference data knows, with a title after it and no verb (王毅部长曾…, 拜登总统在…任内):
 * ANNOTATION.md names a person with a title after the name as a person like any other (set D 014).
 */
class PersonTitleAfterKnownNameTest {

    private static List<String> persons(String text) {
        return MiniExtractor.names(MiniExtractor.extract(text, "2024-04-02"), EntityType.PERSON);
    }

    @Test
    void aTitleAfterAKnownShortNameIsContextEnough() {
        List<String> p = persons("新华社北京4月2日电 王毅部长曾多次访问东盟国家。");
        assertTrue(p.contains("王毅"), p.toString());
    }

    @Test
    void inTraditionalScriptToo() {
        List<String> p = persons("中央社記者台北2日電 王毅部長在任時曾多次訪問東盟國家。");
        assertTrue(p.contains("王毅"), p.toString());
    }
}
