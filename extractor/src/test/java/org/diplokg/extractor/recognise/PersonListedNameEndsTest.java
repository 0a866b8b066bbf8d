package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Names in a list whose separator says where each ends: reporters a byline writes between spaces ((记者 甲 乙); set G
 * 002, 009, 023, 024, where HanLP read 马卓/nr 言/vg), and a transliterated name before a list comma whose head HanLP
 * read as characters and whose tail as a person word (德/b 迪/nz 祖姆/nr 、; set G 005).
 */
class PersonListedNameEndsTest {

    private static List<String> persons(String text) {
        return MiniExtractor.names(MiniExtractor.extract(text, "2024-04-02"), EntityType.PERSON);
    }

    @Test
    void reportersBetweenSpacesInAByline() {
        List<String> p = persons("新华社北京4月2日电（记者 胡卓言 周明）4月2日，外交部发言人表示，双方将加强合作。");
        assertTrue(p.containsAll(List.of("胡卓言", "周明")), p.toString());
        assertFalse(p.contains("胡卓"), p.toString());
    }

    @Test
    void aBylineNameWithoutSpacesIsReadAsBefore() {
        List<String> p = persons("新华社北京4月2日电 记者王小明报道：外交部发言人表示，双方将加强合作。");
        assertTrue(p.contains("王小明"), p.toString());
    }

    @Test
    void aTransliteratedNameBeforeAListComma() {
        List<String> p = persons("新华社北京4月2日电 外交部非洲司司长吴鹏、合作发展总司长德迪祖姆、外交部主任助理巴卡里出席。");
        assertTrue(p.contains("德迪祖姆"), p.toString());
        assertFalse(p.contains("德迪"), p.toString());
    }
}
