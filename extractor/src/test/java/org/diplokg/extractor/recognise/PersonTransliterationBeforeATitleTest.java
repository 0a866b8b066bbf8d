package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A transliterated name before a title of which HanLP reads only a part as a person word (科/n 雷亚/nr 总统, 皮埃尔/nr ·
 * 特/ag 鲁/b 多/a 总理): the whole run back from the title (set E 010, set F 012).
 */
class PersonTransliterationBeforeATitleTest {

    private static List<String> persons(String text) {
        return MiniExtractor.names(MiniExtractor.extract(text, "2024-04-02"), EntityType.PERSON);
    }

    @Test
    void theHeadHanLpLeftOutJoinsTheName() {
        List<String> p = persons("新华社基多4月2日电 中方代表团同科雷亚总统就经贸合作交换了意见。");
        assertTrue(p.contains("科雷亚"), p.toString());
        assertFalse(p.contains("雷亚"), p.toString());
    }

    @Test
    void aDottedNameAfterAKinshipWord() {
        List<String> p = persons("新华社渥太华4月2日电 他的父亲皮埃尔·特鲁多总理曾推动两国建交。");
        assertTrue(p.contains("皮埃尔·特鲁多"), p.toString());
    }

    @Test
    void aRunHanLpReadCharacterByCharacter() {
        List<String> p = persons("中新社4月2日電 訪問團隨後與裡瓦德內拉國會主席舉行會談，就議會交流交換意見。");
        assertTrue(p.contains("裡瓦德內拉"), p.toString());
    }

    @Test
    void aCountryBeforeTheNameIsNoPartOfIt() {
        List<String> p = persons("新华社4月2日电 代表团同智利巴切莱特总统举行会谈。");
        assertTrue(p.stream().noneMatch(n -> n.startsWith("智利")), p.toString());
    }
}
