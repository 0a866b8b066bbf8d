package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.hasEvent;
import static org.diplokg.extractor.summary.Passages.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * 第一阶段和第二阶段会议: a list of numbered stages under one head is a session of the meeting told before it (ANNOTATION:
 * sub-sessions are that meeting), not an event of its own.
 */
class MeetingStageListTest {

    @Test
    void numberedStagesOfARoundTableFoldIntoIt() {
        JsonNode s = summary("12日，中国－中亚峰会圆桌会议在西安举行。两国元首分别主持第一阶段和第二阶段会议。", "2023-05-13");
        assertTrue(hasEvent(s, "中亚峰会"), s.get("events").toString());
        assertFalse(hasEvent(s, "阶段"), s.get("events").toString());
    }

    @Test
    void theSameInTraditionalScriptWithThreeStages() {
        JsonNode s = summary("論壇部長級會議8日在開羅開幕。各方代表依次出席第一階段、第二階段和第三階段會議。", "2023-11-09");
        // one event: the stages are folded into the meeting (which of its names the summary shows is another matter)
        assertEquals(1, s.get("events").size(), s.get("events").toString());
    }
}
