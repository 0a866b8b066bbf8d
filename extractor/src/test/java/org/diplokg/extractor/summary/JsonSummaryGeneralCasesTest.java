package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.summary;
import static org.diplokg.extractor.summary.Passages.event;
import static org.diplokg.extractor.summary.Passages.participants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Error classes of the development corpus, each on a short passage written for the test (issue 10, session 4). */
class JsonSummaryGeneralCasesTest {

    private static JsonNode action(JsonNode s, String action) {
        for (JsonNode a : s.get("agreement_actions")) if (a.get("action").asText().equals(action)) return a;
        throw new AssertionError("no " + action + " in " + s.get("agreement_actions"));
    }

    @Test
    void aOneCharacterYesterdayDatesTheActFromThePublicationDay() {
        JsonNode s = summary("台湾昨正式宣布，已向新西兰递交了加入《全面与进步跨太平洋伙伴关系协定》的申请。", "2021-09-23");
        assertEquals("2021-09-22", action(s, "applied").get("date").asText(), s.get("agreement_actions").toString());
    }

    @Test
    void thisYearOnItsOwnDatesTheActAndIsNotListed() {
        JsonNode s = summary("这一年里，英国今年正式加入《全面与进步跨太平洋伙伴关系协定》，成为首个新成员。", "2023-07-07");
        assertEquals("2023", action(s, "acceded").get("date").asText(), s.get("agreement_actions").toString());
        s.get("dates").forEach(d -> assertFalse(d.asText().equals("2023"), s.get("dates").toString()));
    }

    @Test
    void aMinisterSigningForHerCountryDatesTheActFromTheLeadingDateClause() {
        JsonNode s = summary("7月16日，英国商业与贸易大臣巴德诺赫在奥克兰正式签署条约，确认英国加入《全面与进步跨太平洋伙伴关系协定》。",
                "2023-07-16");
        assertEquals("2023-07-16", action(s, "signed").get("date").asText(), s.get("agreement_actions").toString());
    }

    @Test
    void whoReportsToTheMeetingTakesPartInIt() {
        JsonNode s = summary("十四届全国人大常委会第九次会议10日上午在京举行第一次全体会议。赵乐际委员长主持。"
                + "会议听取了全国人大财经委副主任委员史耀斌作的关于预算调整方案审查结果的报告。"
                + "受国务院委托，财政部部长蓝佛安作了说明。", "2024-06-10");
        List<String> p = participants(event(s, "第九次会议"));
        assertTrue(p.contains("蓝佛安") && p.contains("史耀斌"), p.toString());
    }

    @Test
    void theLeadersAMeetingsNameQualifiesAttendItAndTheFollowUpJoinsTheTalksOnly() {
        JsonNode s = summary("5月10日，国务院总理李强在北京分别会见来华出席2024年夏季达沃斯论坛的越南总理范明政、波兰总统杜达。"
                + "李强表示，中方愿同各方加强合作。吴政隆参加上述活动。", "2024-05-10");
        List<String> forum = participants(event(s, "达沃斯"));
        assertTrue(forum.contains("范明政") && forum.contains("杜达"), forum.toString());
        assertFalse(forum.contains("吴政隆"), forum.toString());
        assertTrue(participants(event(s, "范明政")).contains("吴政隆"), s.get("events").toString());
    }

    @Test
    void membersPassingTheirDomesticReviewRatifyTheAgreementJustNamed() {
        JsonNode s = summary("今年1月1日，《区域全面经济伙伴关系协定》正式生效。在所有成员中，有八国已经通过国内审核，其余成员将随后完成。",
                "2022-01-03");
        JsonNode r = action(s, "ratified");
        assertTrue(r.get("actor").isNull(), s.get("agreement_actions").toString());
        assertEquals("RCEP", r.get("agreement").asText());
    }

    @Test
    void aBareSessionAfterItsMeetingIsThatMeeting() {
        JsonNode s = summary("某省人大常委会第五次会议3日在省会举行第一次全体会议，听取有关报告。", "2024-06-03");
        assertEquals(1, s.get("events").size(), s.get("events").toString());
    }

    @Test
    void aMiddleSurnameOfADottedNameIsThatPersonForShort() {
        JsonNode s = summary("6月2日，国家主席习近平在北京同来访的秘鲁总统卡洛斯·安德烈斯·门多萨·里维拉举行会谈。门多萨表示，秘方愿深化合作。",
                "2024-06-02");
        List<String> names = new ArrayList<>();
        s.get("persons").forEach(p -> names.add(p.get("name").asText()));
        assertTrue(names.contains("卡洛斯·安德烈斯·门多萨·里维拉") && !names.contains("门多萨"), names.toString());
    }

    @Test
    void theAgreementOfCoordinatedMeetingsIsEachOnesAgreement() {
        JsonNode s = summary("为加入《数字经济伙伴关系协定》，中方与各成员举行三次首席谈判代表会议、多轮技术磋商以及数字贸易规则研讨会，"
                + "回答了成员关心的问题。", "2024-03-01");
        for (String name : List.of("首席谈判代表会议", "数字贸易规则研讨会")) {
            JsonNode e = event(s, name);
            assertEquals("[\"DEPA\"]", e.get("agreements_mentioned").toString(), s.get("events").toString());
        }
    }

    @Test
    void whoSpeaksAtTheMeetingNamedAfterZaiAttendsItNotTheMeetingSpokenAbout() {
        JsonNode s = summary("APEC高官會3日在廣州開幕。外交部發言人毛寧在例行記者會表示,APEC高官會是為領導人會議準備成果的主渠道,每年舉辦數次。",
                "2024-03-05");
        assertTrue(participants(event(s, "記者會")).contains("毛寧"), s.get("events").toString());
        assertFalse(participants(event(s, "高官會")).contains("毛寧"), s.get("events").toString());
    }

    // issue 10, session 5: how a meeting gets its date, on passages written for the test

    @Test
    void lastYearBeforeTheMeetingDatesItInThatYear() {
        JsonNode s = summary("（2021年3月6日，北京）\n部长在发言中说，去年中国举办了第三届国际进口博览会，成交额可观。", "2021-03-07");
        assertEquals("2020", event(s, "进口博览会").get("date").asText(), s.get("events").toString());
    }

    @Test
    void thatDayIsTheDayTheParagraphJustNamed() {
        JsonNode s = summary("代表团15日在日内瓦谈判后回国。据媒体报道，当天起，双方代表在瑞士举行技术性会谈。", "2021-11-16");
        assertEquals("2021-11-15", event(s, "技术性会谈").get("date").asText(), s.get("events").toString());
    }

    @Test
    void yearsAgoInWhatWasSaidAtAMeetingDoNotDateIt() {
        JsonNode s = summary("1988年5月3日\n李鹏会见丹麦首相施吕特时指出：我们十年前确定开放沿海城市。", "2016-05-03");
        assertEquals("1988-05-03", event(s, "会见丹麦首相").get("date").asText(), s.get("events").toString());
    }

    @Test
    void aMeetingReferredToInASummaryIsDatedWhereItIsHeld() {
        JsonNode s = summary("11月10日至12日，主席出访旧金山。截至12日晚，主席共会见7国领导人。其中，中美元首会晤备受关注。\n"
                + "11月10日，主席抵达旧金山。同美国总统拜登举行会晤；11日，主席会见了智利总统。", "2023-11-13");
        assertEquals("2023-11-10", event(s, "元首会晤").get("date").asText(), s.get("events").toString());
    }

    @Test
    void aMeetingWrittenTwoWaysListsItsOtherNamesAsAlsoWritten() {
        JsonNode s = summary("11月5日，第七届中国国际进口博览会在上海开幕。本届进博会共有152个国家和地区参展。", "2024-11-05");
        JsonNode fair = event(s, "进口博览会");
        List<String> also = new ArrayList<>();
        fair.path("also_written").forEach(n -> also.add(n.asText()));
        assertTrue(also.stream().anyMatch(n -> n.contains("进博会")), fair.toString());
        assertFalse(also.contains(fair.get("name").asText()), fair.toString());
    }

    @Test
    void aMeetingNameNeverReadsBackOverADateline() {
        assertEquals("上海合作组织成员国元首理事会第二十四次会议", summary("新华社阿斯塔纳7月4日电 上海合作组织成员国元首理事会第二十四次会议"
                + "4日在阿斯塔纳举行。", "2024-07-05").get("events").get(0).get("name").asText());
        assertEquals("中亚峰会", summary("新华社西安5月19日电（记者李明 王芳）中亚峰会19日在西安举行。", "2023-05-19")
                .get("events").get(0).get("name").asText());
        assertEquals("兩岸經貿論壇", summary("中央社台北6月5日電 兩岸經貿論壇今天在台北登場，雙方代表出席。", "2024-06-05")
                .get("events").get(0).get("name").asText());
        // 电 inside a name is no dateline
        assertEquals("中俄电力合作论坛", summary("6月5日，中俄电力合作论坛在北京举行。", "2024-06-05")
                .get("events").get(0).get("name").asText());
    }

    @Test
    void anAgreementWithoutAStandardAcronymIsKeyedByTheReferenceNameTheTextWrites() {
        JsonNode s = summary("韩美自由贸易协定于2012年3月15日正式生效。", "2012-03-16");
        assertEquals("韩美自由贸易协定", s.get("agreements").get(0).get("key").asText(), s.toString());
        assertEquals("韩美自由贸易协定", s.get("agreement_actions").get(0).get("agreement").asText(), s.toString());
        // the preferred name where the text writes it, or where it writes none of the reference's names
        assertEquals("美韩自由贸易协定", summary("美韩自由贸易协定于2012年3月15日正式生效。", "2012-03-16")
                .get("agreements").get(0).get("key").asText());
    }

    @Test
    void anAnnouncedMeetingIsListedAsPlannedNotAsHeld() {
        JsonNode s = summary("国家主席习近平将于11月15日出席在利马举行的亚太经合组织第三十一次领导人非正式会议。", "2024-11-10");
        assertEquals(0, s.get("events").size(), s.toString());
        assertEquals(1, s.get("events_planned").size(), s.toString());
        assertTrue(s.get("events_planned").get(0).get("name").asText().contains("领导人非正式会议"), s.toString());
        assertEquals("2024-11-15", s.get("events_planned").get(0).get("date").asText(), s.toString());
        assertEquals(0, summary("11月15日，亚太经合组织第三十一次领导人非正式会议在利马举行。", "2024-11-16")
                .get("events_planned").size());
    }
}
