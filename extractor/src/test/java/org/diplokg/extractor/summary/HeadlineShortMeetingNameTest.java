package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * A headline names the meeting by a short form (澳门东盟经贸部长会议) whose characters all stand in the story's full
 * name (第三届中国澳门—东南亚国家联盟经贸部长会议): one meeting, not two.
 */
class HeadlineShortMeetingNameTest {

    @Test
    void aHeadlinesShortFormIsTheStorysNumberedMeeting() {
        JsonNode s = summary("李伟农出席澳门东盟经贸部长会议\n"
                + "经济财政司司长李伟农今日(9日)在吉隆坡出席第三届中国澳门—东南亚国家联盟经贸部长会议并致辞。", "2024-09-09");
        assertEquals(1, s.get("events").size(), s.get("events").toString());
    }

    @Test
    void twoStoryNamesThatBothFitLeaveTheHeadlineAlone() {
        JsonNode s = summary("李伟农出席东盟经贸部长会议\n"
                + "李伟农9日出席第三届中国澳门—东南亚国家联盟经贸部长会议，"
                + "并于10日出席第五届中国台湾—东南亚国家联盟经贸部长会议。", "2024-09-11");
        assertEquals(3, s.get("events").size(), s.get("events").toString());
    }
}
