package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A two-character reference name written bare, with an adverb or time word between it and its verb (王毅稍早表示,
 * 王毅也表示): the name with the verb is the person (set F 008 川普稍早指出; dev 017, 025, 028 the same form).
 */
class PersonBareReferenceNameTest {

    private static List<String> persons(String text) {
        return MiniExtractor.names(MiniExtractor.extract(text, "2024-04-02"), EntityType.PERSON);
    }

    @Test
    void aBareNameWithATimeWordBeforeItsVerb() {
        List<String> p = persons("中央社台北2日電 兩國將加強經貿合作。王毅稍早表示，雙方應擴大往來。");
        assertTrue(p.contains("王毅"), p.toString());
    }

    @Test
    void aBareNameWithAnAdverbBeforeItsVerb() {
        List<String> p = persons("新华社北京4月2日电 两国将加强经贸合作。王毅随后指出，双方应扩大往来。");
        assertTrue(p.contains("王毅"), p.toString());
    }
}
