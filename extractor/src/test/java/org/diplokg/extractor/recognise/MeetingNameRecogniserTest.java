package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexicon-driven meeting-name rules (ontology/lexicon/meeting-name-*.txt) on sentences written for the test. */
class MeetingNameRecogniserTest {

    /** key → recogniser of every candidate. */
    private static List<String> names(String text) {
        return Recognise.with(new MeetingNameRecogniser(), text).stream()
                .map(m -> m.key() + (m.recogniser() == RecogniserId.GENERIC_REFERENCE ? " (generic)" : "")).toList();
    }

    @Test
    void theNounPhraseBeforeAHead() {
        assertEquals(List.of("中国-东盟经贸论坛"), names("中国－东盟经贸论坛会后发表声明。"));
    }

    @Test
    void aGenericWordHanLpSplitsIsStillPartOfTheName() {
        // 视像 (Hong Kong and Taiwan for video) comes out of HanLP as 视/vg 像/v, two verbs that used to end the name
        assertEquals(List.of("第四届东盟经贸部长视像会议"), names("部长共同主持第四届东盟经贸部长视像会议。"));
        assertEquals(List.of("视像会议 (generic)"), names("双方举行视像会议。"));
    }

    @Test
    void aHeadWithOnlyGenericModifiersIsAReference() {
        assertEquals(List.of("会议 (generic)"), names("本次会议讨论了贸易问题。"));
        assertEquals(List.of("视频会议 (generic)"), names("双方举行视频会议。"));
    }

    @Test
    void aSelfNamingHeadNeedsNoQualifier() {
        assertEquals(List.of("第五届进博会"), names("第五届进博会将于11月在上海举行。"));
        assertEquals(List.of("第五届年会 (generic)"), names("第五届年会将于11月在上海举行。"));
    }

    @Test
    void anOccasionIsNamedByWhatIsDoneAtIt() {
        assertEquals(List.of("宴会"), names("王毅举行宴会，欢迎来访的新西兰外长。"));
        assertEquals(List.of("宴会 (generic)"), names("宴会很成功。"));
        assertEquals(List.of("欢迎仪式"), names("王毅出席欢迎仪式。"));
    }

    @Test
    void referringWordsAndCountsAreStrippedFromTheFront() {
        assertEquals(List.of("中国-东盟经贸论坛"), names("上述中国－东盟经贸论坛取得成功。"));
        assertEquals(List.of("中国-东盟经贸论坛"), names("两场中国－东盟经贸论坛取得成功。"));
    }

    @Test
    void aLocativeAfterTheHeadKeepsItTheEnd() {
        assertEquals(List.of("二十国集团峰会"), names("二十国集团峰会期间，双方签署了合作文件。"));
        List<String> n = names("中国－东盟经贸论坛主题是数字贸易。");
        assertTrue(n.stream().noneMatch(k -> k.endsWith("论坛")), n.toString());
    }

    @Test
    void headsComeLongestFirst() {
        List<String> heads = MeetingNameRecogniser.HEADS;
        assertTrue(heads.indexOf("领导人非正式会议") < heads.indexOf("会议"));
        assertTrue(heads.indexOf("元首会晤") < heads.indexOf("会晤"));
    }
}
