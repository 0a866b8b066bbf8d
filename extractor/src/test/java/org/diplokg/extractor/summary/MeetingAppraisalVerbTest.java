package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.summary;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** 高度评价峰会, 積極評價論壇: the verb appraising a meeting is no part of the meeting's name. */
class MeetingAppraisalVerbTest {

    @Test
    void anAppraisingVerbDoesNotOpenTheName() {
        JsonNode s = summary("第三届中拉合作峰会7日在利马闭幕。闭幕式上，与会各国领导人高度评价峰会取得的成果。", "2024-11-08");
        for (JsonNode e : s.get("events")) assertFalse(e.get("name").asText().contains("评价"), s.get("events").toString());
        for (JsonNode e : s.get("events")) if (e.has("also_written"))
            for (JsonNode n : e.get("also_written")) assertFalse(n.asText().contains("评价"), s.get("events").toString());
    }

    @Test
    void inTraditionalScriptToo() {
        JsonNode s = summary("與會部長積極評價東亞合作論壇的成果。", "2024-11-08");
        for (JsonNode e : s.get("events")) assertFalse(e.get("name").asText().contains("評價"), s.get("events").toString());
    }
}
