package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A Chinese name HanLP reads as ordinary words right after a title (主席高云龙、, 所长孙壮志, 总召柯建铭, 执行长林鸿池也说,
 * 总统朴瑾惠与): surname, one or two characters, then what ends a name (sets D and E: 7 persons in 5 documents). And
 * three kinds of word HanLP tags as a name that are none: a term of office (总统任内), a count (1200余人), an adverb
 * (首段即).
 */
class PersonSurnamedAfterTitleTest {

    private static List<String> persons(String text) {
        return MiniExtractor.names(MiniExtractor.extract(text, "2024-04-02"), EntityType.PERSON);
    }

    @Test
    void aNameReadAsCommonWordsAfterATitleBeforeAListComma() {
        List<String> p = persons("新华社北京4月2日电 商务部副部长高云峰、海关总署署长田明远出席签约仪式。");
        assertTrue(p.contains("高云峰"), p.toString());
    }

    @Test
    void taiwanCaucusConvenerAndExecutiveDirectorAreTitles() {
        List<String> p = persons("中央社記者台北5日電 立法院黨團總召賴昭銘今天表示，政策會執行長溫鴻池也說，將全力支持。");
        assertTrue(p.containsAll(List.of("賴昭銘", "溫鴻池")), p.toString());
    }

    @Test
    void aKoreanSurnameAfterATitle() {
        List<String> p = persons("新华社首尔4月2日电 韩国外长朴瑾泰与日本外相会晤后表示，双方同意加强合作。");
        assertTrue(p.contains("朴瑾泰"), p.toString());
    }

    @Test
    void aCommonWordAfterATitleIsNoName() {
        List<String> p = persons("新华社北京4月2日电 总统特别强调，部长高度评价两国合作。");
        assertFalse(p.contains("特别") || p.contains("高度"), p.toString());
    }

    @Test
    void aTermOfOfficeACountAndAnAdverbAreNoNames() {
        List<String> p = persons("新华社北京4月2日电 奥巴马总统任内曾推动该协定。约1200余人出席会议。报告首段即指出合作重要。");
        assertTrue(p.contains("奥巴马"), p.toString());
        assertFalse(p.contains("任内") || p.contains("余人") || p.contains("段即"), p.toString());
    }
}
