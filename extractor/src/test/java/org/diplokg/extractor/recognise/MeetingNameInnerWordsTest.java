package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word of a meeting's kind that HanLP tags as a verb or an adverb (创新, 特别) stays inside the name; exhibitions and
 * trade fairs (展览会, 交易会) are named by their head like expos (ANNOTATION.md: expos are events).
 */
class MeetingNameInnerWordsTest {

    private static List<String> names(String text) {
        return Recognise.with(new MeetingNameRecogniser(), text).stream().map(Mention::key).toList();
    }

    @Test
    void aVerbOrAdverbOfTheMeetingsKindIsPartOfItsName() {
        assertEquals(List.of("第三届中国智库创新论坛"), names("由两家机构主办的第三届中国智库创新论坛在上海举行。"));
        assertEquals(List.of("东盟外长特别会议"), names("在“东盟外长特别会议”结束后，各方发表声明。"));
    }

    @Test
    void anExhibitionOrTradeFairIsNamedByItsHead() {
        assertEquals(List.of("第三届中国国际汽车零部件展览会"), names("第三届中国国际汽车零部件展览会昨日在成都开幕。"));
        assertEquals(List.of("第九十届中国出口商品交易会"), names("第九十届中国出口商品交易会今天闭幕。"));
    }
}
