package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.event;
import static org.diplokg.extractor.summary.Passages.participants;
import static org.diplokg.extractor.summary.Passages.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * ANNOTATION.md: sub-sessions of one meeting are that meeting. A summit's restricted and enlarged sessions
 * (小范围会议, 大范围会议) and a meeting's plenary (全体会议) named after it are no events of their own, and the people
 * at them take part in the meeting.
 */
class MeetingSessionNamesTest {

    @Test
    void restrictedAndEnlargedSessionsAreTheSummit() {
        JsonNode s = summary("东亚合作领导人第五次会议12日在河内举行，越南总理阮明主持领导人小范围会议和大范围会议。", "2023-05-13");
        assertEquals(1, s.get("events").size(), s.get("events").toString());
        assertTrue(participants(event(s, "第五次会议")).contains("阮明"), s.get("events").toString());
    }

    @Test
    void restrictedSessionsInTraditionalScriptAreTheSummitToo() {
        JsonNode s = summary("亞太合作領導人第三次峰會8日在曼谷舉行，泰國總理巴育主持領導人小範圍會議。", "2022-11-09");
        assertEquals(1, s.get("events").size(), s.get("events").toString());
    }

    @Test
    void aPlenaryNamedLaterIsTheMeetingItIsPartOf() {
        JsonNode s = summary("9月3日，全球数字贸易企业家大会在杭州举行。\n浙江省商务厅厅长韩杰主持全体会议，"
                + "中国贸促会副会长李庆出席并致辞。", "2024-09-04");
        assertEquals(1, s.get("events").size(), s.get("events").toString());
        assertTrue(participants(event(s, "企业家大会")).contains("韩杰"), s.get("events").toString());
    }

    @Test
    void anAnnouncedSessionJoinsNoMeetingHeld() {
        JsonNode s = summary("外交部发言人林涛10日主持例行记者会。林涛说，国家主席习近平将出席领导人小范围会议、大范围会议。", "2024-10-10");
        assertFalse(participants(event(s, "记者会")).contains("习近平"), s.get("events").toString());
    }
}
