package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A word of a meeting's kind that HanLP tags as a verb or an adverb (创新, 特别) stays inside the name. */
class MeetingNameInnerWordsTest {

    private static List<String> names(String text) {
        return Recognise.with(new MeetingNameRecogniser(), text).stream().map(Mention::key).toList();
    }

    @Test
    void aVerbOrAdverbOfTheMeetingsKindIsPartOfItsName() {
        assertEquals(List.of("第三届中国智库创新论坛"), names("由两家机构主办的第三届中国智库创新论坛在上海举行。"));
        assertEquals(List.of("东盟外长特别会议"), names("在“东盟外长特别会议”结束后，各方发表声明。"));
    }
}
