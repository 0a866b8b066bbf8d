package org.diplokg.extractor.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Error classes of events, participants and chairs in the development corpus, each on a short passage written for the
 * test (issue 10, session 5). Each passage fails on the extractor before the rule it tests.
 */
class MeetingParticipantsGeneralCasesTest {

    private static JsonNode summary(String body, String published) {
        Extractor shipped = Seeds.extractor();
        return JsonSummary.of(shipped.extract(MiniExtractor.document(body, published)), shipped.reference()).json();
    }

    private static JsonNode event(JsonNode s, String nameHolds) {
        for (JsonNode e : s.get("events")) if (e.get("name").asText().contains(nameHolds)) return e;
        throw new AssertionError("no event " + nameHolds + " in " + s.get("events"));
    }

    private static boolean hasEvent(JsonNode s, String nameHolds) {
        for (JsonNode e : s.get("events")) if (e.get("name").asText().contains(nameHolds)) return true;
        return false;
    }

    private static List<String> participants(JsonNode e) {
        List<String> out = new ArrayList<>();
        e.get("participants").forEach(p -> out.add(p.asText()));
        return out;
    }

    private static List<String> persons(JsonNode s) {
        List<String> out = new ArrayList<>();
        s.get("persons").forEach(p -> out.add(p.get("name").asText()));
        return out;
    }

    @Test
    void aGuestNamedAgainWithoutHisTitleTakesPartInTheBanquetHeldForHim() {
        JsonNode s = summary("8月18日下午，国家主席习近平在北京同来华进行国事访问的加纳总统博塔尼举行会谈。"
                + "当晚，习近平在人民大会堂为博塔尼举行欢迎宴会。", "2024-08-18");
        assertTrue(participants(event(s, "宴会")).contains("博塔尼"), s.get("events").toString());
    }

    @Test
    void aSurnameWrittenAloneIsThePersonNamedInFull() {
        JsonNode s = summary("日本首相高市早苗31日在庆州出席亚太经合组织领导人非正式会议。高市表示，日本愿同各方加强合作。", "2025-11-01");
        assertFalse(persons(s).contains("高市"), persons(s).toString());
        assertEquals(List.of("高市早苗"), participants(event(s, "非正式会议")));
    }

    @Test
    void relatedMeetingsAreNoMeetingOfTheirOwn() {
        JsonNode s = summary("美国总统川普、中国国家主席习近平今天抵达岘港出席亚太经合组织领导人非正式会议。"
                + "参加领袖相关会议之前，川普与习近平在APEC工商领导人峰会发表演讲。", "2017-11-10");
        assertFalse(hasEvent(s, "相关会议"), s.get("events").toString());
        assertTrue(participants(event(s, "工商领导人峰会")).contains("川普"), s.get("events").toString());
    }

    @Test
    void anAbbreviatedNameWithTheSameOrdinalIsTheSameMeeting() {
        JsonNode s = summary("全国政协十四届常委会第十七次会议开幕 王沪宁主持。政协第十四届全国委员会常务委员会第十七次会议23日上午在京开幕。"
                + "中共中央政治局常委、全国政协主席王沪宁主持开幕会。", "2026-06-23");
        assertEquals(1, s.get("events").size(), s.get("events").toString());
        assertEquals("王沪宁", event(s, "第十七次会议").get("chair").asText());
    }

    @Test
    void aClauseWithoutSubjectKeepsTheFutureOfTheClauseBefore() {
        JsonNode s = summary("王毅19日在外交部举行中外媒体吹风会。王毅表示，国家主席习近平将出席高峰论坛开幕式并发表主旨演讲，全程主持领导人圆桌峰会。",
                "2019-04-19");
        assertFalse(hasEvent(s, "圆桌峰会"), s.get("events").toString());
    }

    @Test
    void whoAttendedOnBehalfOfSomeoneTookPart() {
        JsonNode s = summary("日本首相高市早苗31日出席亚太经合组织领导人非正式会议。她也向代表台湾出席的前行政院副院长林信义致以问候。",
                "2025-11-01");
        assertTrue(participants(event(s, "非正式会议")).contains("林信义"), s.get("events").toString());
    }

    @Test
    void whoRecountsSomethingAtAPressConferenceTakesPartInIt() {
        JsonNode s = summary("外交部部长王毅周二在国务院新闻办的记者会上讲述白皮书的意义。国务院新闻办当天就白皮书举行记者会。",
                "2023-09-26");
        assertTrue(participants(event(s, "记者会")).contains("王毅"), s.get("events").toString());
    }
}
