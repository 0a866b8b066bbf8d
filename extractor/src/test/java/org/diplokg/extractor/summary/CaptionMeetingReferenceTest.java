package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.event;
import static org.diplokg.extractor.summary.Passages.participants;
import static org.diplokg.extractor.summary.Passages.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * A caption above the story (X主持会议) refers with a bare 会议 to the meeting the story names only further on: its
 * chair and people are that meeting's, when the story names no other meeting held.
 */
class CaptionMeetingReferenceTest {

    @Test
    void aCaptionsBareMeetingIsTheOneMeetingTheStoryNames() {
        JsonNode s = summary("新加坡贸工部长颜金勇(中)以视频方式主持会议。\n"
                + "新方8日表示，在“新加坡—东盟经济部长特别会议”以线上方式举行后，双方部长发表联合声明。", "2025-04-09");
        JsonNode e = event(s, "特别会议");
        assertTrue(participants(e).contains("颜金勇"), s.get("events").toString());
        assertEquals("颜金勇", e.get("chair").asText(), s.get("events").toString());
    }
}
