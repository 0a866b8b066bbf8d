package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.summary;
import static org.diplokg.extractor.summary.Passages.event;
import static org.diplokg.extractor.summary.Passages.hasEvent;
import static org.diplokg.extractor.summary.Passages.participants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Error classes of events, participants and chairs in the development corpus, each on a short passage written for the
 * test (issue 10, session 5). Each passage fails on the extractor before the rule it tests.
 */
class MeetingParticipantsGeneralCasesTest {

    private static List<String> persons(JsonNode s) {
        List<String> out = new ArrayList<>();
        s.get("persons").forEach(p -> out.add(p.get("name").asText()));
        return out;
    }

    @Test
    void aGuestNamedAgainWithoutHisTitleTakesPartInTheBanquetHeldForHim() {
        JsonNode s = summary("5月6日，国家主席习近平在北京同来访的加纳总统博塔尼举行会谈。"
                + "当晚，习近平为博塔尼举行欢迎宴会。", "2024-05-06");
        assertTrue(participants(event(s, "宴会")).contains("博塔尼"), s.get("events").toString());
    }

    @Test
    void aSurnameWrittenAloneIsThePersonNamedInFull() {
        JsonNode s = summary("日本首相石破茂1日在东京出席内阁会议。石破表示，日本愿同各方加强合作。", "2024-10-02");
        assertFalse(persons(s).contains("石破"), persons(s).toString());
        assertEquals(List.of("石破茂"), participants(event(s, "内阁会议")));
    }

    @Test
    void relatedMeetingsAreNoMeetingOfTheirOwn() {
        JsonNode s = summary("韩国总统尹锡悦、越南国家主席梁强今天抵达利马出席亚太经合组织领导人非正式会议。"
                + "出席首脑相关会议前，尹锡悦与梁强在APEC工商领导人峰会发表演讲。", "2024-11-15");
        assertFalse(hasEvent(s, "相关会议"), s.get("events").toString());
    }

    @Test
    void anAbbreviatedNameWithTheSameOrdinalIsTheSameMeeting() {
        JsonNode s = summary("十四届全国人大常委会第十次会议闭幕 赵乐际主持。第十四届全国人民代表大会常务委员会第十次会议28日下午在京闭幕。"
                + "赵乐际委员长主持闭幕会。", "2024-06-28");
        assertEquals(1, s.get("events").size(), s.get("events").toString());
        assertEquals("赵乐际", event(s, "第十次会议").get("chair").asText());
    }

    @Test
    void aClauseWithoutSubjectKeepsTheFutureOfTheClauseBefore() {
        JsonNode s = summary("发言人表示，国务院总理李强将出席博览会开幕式并发表主旨演讲，全程主持企业家圆桌会。", "2024-11-01");
        assertFalse(hasEvent(s, "圆桌会"), s.get("events").toString());
    }

    @Test
    void whoAttendedOnBehalfOfSomeoneTookPart() {
        JsonNode s = summary("印尼总统佐科8日出席东盟峰会。他也向代表香港出席的前财政司司长曾俊华致意。", "2024-10-09");
        assertTrue(participants(event(s, "东盟峰会")).contains("曾俊华"), s.get("events").toString());
    }

    @Test
    void whoRecountsSomethingAtAPressConferenceTakesPartInIt() {
        JsonNode s = summary("商务部部长王文涛周四在国务院新闻办的发布会上讲述新政策的要点。国务院新闻办当天举行发布会。", "2024-03-08");
        assertTrue(participants(event(s, "发布会")).contains("王文涛"), s.get("events").toString());
    }

    @Test
    void aShortNameGluedToTheNextWordAfterItsTitleStillMeets() {
        JsonNode s = summary("国家副主席韩正在上海会见新加坡副总理黄循财。", "2024-05-08");
        assertEquals(List.of("韩正", "黄循财"), participants(event(s, "会见")), s.get("events").toString());
    }

    @Test
    void bothSidesOfANamedEncounterTakePart() {
        JsonNode s = summary("财政部部长蓝佛安周三与汇丰集团行政总裁范智廉一行会面。", "2024-05-09");
        List<String> p = participants(s.get("events").get(0));
        assertTrue(p.contains("蓝佛安") && p.contains("范智廉"), s.get("events").toString());
    }

    @Test
    void whoPresentsAtAPressConferenceHeldInTheSentenceTakesPart() {
        JsonNode s = summary("商务部今早召开记者会，副部长王受文介绍有关申请加入DEPA的进展。", "2024-05-09");
        assertTrue(participants(event(s, "记者会")).contains("王受文"), s.get("events").toString());
    }

    @Test
    void aMeetingNamedInWhatTheChairSaysTakesNeitherHimNorTheFollowingSentences() {
        JsonNode s = summary("省政协十二届常委会第五次会议3日在省会开幕。省政协主席李明华主持开幕会。李明华在主持讲话中表示，"
                + "省委十二届四次全会把高质量发展确定为主题，要认真落实。省政协副主席王建国等就有关议题作说明。", "2024-03-03");
        assertTrue(participants(event(s, "第五次会议")).contains("王建国"), s.get("events").toString());
        for (JsonNode e : s.get("events")) {
            if (e.get("name").asText().contains("全会")) assertTrue(participants(e).isEmpty(), s.get("events").toString());
        }
    }

    @Test
    void allTheActivitiesAboveAreAttendedByTheFollowUpsPeople() {
        JsonNode s = summary("5月6日，国务院总理李强在北京会见来访的加纳总统博塔尼。当晚，李强为博塔尼举行欢迎宴会。吴政隆参加上述活动。",
                "2024-05-06");
        assertTrue(participants(event(s, "会见")).contains("吴政隆"), s.get("events").toString());
        assertTrue(participants(event(s, "宴会")).contains("吴政隆"), s.get("events").toString());
    }

    @Test
    void meetingTwoPeopleInTurnWithTheVerbLastIsOneMeetingEachOnItsOwnDay() {
        JsonNode s = summary("美国特使威尔逊16日、17日先后与约旦国王阿卜杜拉及埃及总统塞西会面。", "2024-08-18");
        assertEquals(List.of("威尔逊", "阿卜杜拉"), participants(event(s, "阿卜杜拉")), s.get("events").toString());
        assertEquals(List.of("威尔逊", "塞西"), participants(event(s, "塞西")), s.get("events").toString());
        assertEquals("2024-08-16", event(s, "阿卜杜拉").get("date").asText(), s.get("events").toString());
        assertEquals("2024-08-17", event(s, "塞西").get("date").asText(), s.get("events").toString());
    }

    @Test
    void whoAttendsOneMeetingDuringAnotherTakesPartInBoth() {
        JsonNode s = summary("王文涛出席中国与东盟经济部长会议\n据商务部消息，11月14日，商务部部长王文涛在旧金山参加亚太经合组织"
                + "贸易部长会议期间，出席中国与东盟经济部长会议。", "2023-11-15");
        assertTrue(participants(event(s, "贸易部长会议")).contains("王文涛"), s.get("events").toString());
        assertTrue(participants(event(s, "东盟经济部长会议")).contains("王文涛"), s.get("events").toString());
    }
}
