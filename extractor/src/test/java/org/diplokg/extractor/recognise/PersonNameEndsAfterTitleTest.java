package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Where a Chinese name HanLP reads as ordinary words starts and ends right after a title: a surname rarer than the
 * frequent ones that HanLP's person corpus knows (明, 束; sets D 011, G 016), a given name read as one verb (尚武/vi;
 * set F 001), a time word after the name (今日; set G 016); not a character that makes a word with the title (主席国;
 * set G 006), and not a surname standing for a person named before, with an adverb after it (王还表示; set G 008).
 */
class PersonNameEndsAfterTitleTest {

    private static List<String> persons(String text) {
        return MiniExtractor.names(MiniExtractor.extract(text, "2024-04-02"), EntityType.PERSON);
    }

    @Test
    void aRareSurnameAfterATitle() {
        List<String> p = persons("新华社北京4月2日电 台湾大学教授明立正接连发表评论。");
        assertTrue(p.contains("明立正"), p.toString());
    }

    @Test
    void aRareSurnameBeforeATimeWordInTraditionalScript() {
        List<String> p = persons("新華社台北4月2日電 經濟部新聞發言人束玨華今日(2日)宣布，將舉行記者會。");
        assertTrue(p.stream().anyMatch(n -> n.startsWith("束") && n.length() == 3), p.toString());
    }

    @Test
    void aGivenNameReadAsOneVerb() {
        List<String> p = persons("新华社广州4月2日电 省政府秘书长钱尚武参加会见。市长吴奋进表示欢迎。");
        assertTrue(p.containsAll(List.of("钱尚武", "吴奋进")), p.toString());
    }

    @Test
    void aCharacterThatMakesAWordWithTheTitleIsNoSurname() {
        List<String> p = persons("新华社北京4月2日电 成员国领导人和主席国客人共同出席大范围会谈。");
        assertFalse(p.stream().anyMatch(n -> n.startsWith("国")), p.toString());
    }

    @Test
    void aSurnameWithAnAdverbAfterItIsNoName() {
        List<String> p = persons("新华社北京4月2日电 外长王毅出席会议并讲话。王还表示，双方将加强合作。");
        assertTrue(p.contains("王毅"), p.toString());
        assertFalse(p.contains("王还"), p.toString());
    }
}
