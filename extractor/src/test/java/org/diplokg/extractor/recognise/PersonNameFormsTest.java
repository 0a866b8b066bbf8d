package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Forms of a name after a title that came out cut (set F: 006, 009, 013, 019, 025): a full stop typed for the middle
 * dot, a reference person's short label written on over a dot, a transliteration that opens like a surname and a
 * name, a name before 陪同/通话/会面, and a last character HanLP left before an adverb.
 */
class PersonNameFormsTest {

    private static List<String> persons(String text) {
        return MiniExtractor.names(MiniExtractor.extract(text, "2024-04-02"), EntityType.PERSON);
    }

    @Test
    void aFullStopTypedForTheMiddleDotJoinsTheParts() {
        List<String> p = persons("新华社雅加达4月2日电 印尼外长蕾特诺. 马尔苏迪当天在雅加达会见来访客人。");
        assertTrue(p.contains("蕾特诺. 马尔苏迪"), p.toString());
    }

    @Test
    void aReferenceLabelWrittenOnOverADotIsTheWholeName() {
        List<String> p = persons("中央社曼谷2日電 泰國總理英拉·欽那瓦今天在總理府接見訪問團。");
        assertTrue(p.contains("英拉·欽那瓦"), p.toString());
    }

    @Test
    void theWholeNameIsTheReferencePersonItsLabelOpens() {
        List<String> p = persons("中央社曼谷2日電 泰國總理英拉·欽那瓦今天接見訪問團。英拉表示，兩國應擴大貿易。");
        assertTrue(p.contains("英拉·欽那瓦"), p.toString());
        assertFalse(p.contains("英拉"), p.toString());
    }

    @Test
    void aPersonWordThenAFullStopAndAPart() {
        List<String> p = persons("万象2日电 访问团下午拜访老挝总理宋赛. 西潘敦，双方就经贸合作交换意见。");
        assertTrue(p.contains("宋赛. 西潘敦"), p.toString());
    }

    @Test
    void aTransliterationOpeningLikeASurnameRunsOn() {
        List<String> p = persons("新华社4月2日电 应智利外交部长穆尼奥斯和秘鲁外长邀请，代表团将出访。");
        assertTrue(p.contains("穆尼奥斯"), p.toString());
        assertFalse(p.contains("穆尼奥"), p.toString());
    }

    @Test
    void aNameEndsBeforeACallOrAnEscort() {
        List<String> p = persons("中央社2日電 美國國務卿盧比歐通話時表示，雙方應加強溝通。");
        assertTrue(p.contains("盧比歐"), p.toString());
        List<String> q = persons("香港2日電 行政長官在商務及經濟發展局局長邱騰華陪同下抵達。");
        assertTrue(q.contains("邱騰華"), q.toString());
    }

    @Test
    void aLastCharacterBeforeAnAdverbBelongsToTheName() {
        List<String> p = persons("澳门2日讯 秘书处秘书长季先峥共同主持仪式。");
        assertTrue(p.contains("季先峥"), p.toString());
    }
}
