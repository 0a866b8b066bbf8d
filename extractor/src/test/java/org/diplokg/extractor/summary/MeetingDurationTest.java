package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.event;
import static org.diplokg.extractor.summary.Passages.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * 为期三天的论坛, 一连两日: a meeting's length with the day it opened (起, 开幕) or closed (闭幕, 落幕) gives its span of
 * days; without a day that opens or closes it, or with a visit's length, the date stays as written.
 */
class MeetingDurationTest {

    @Test
    void aForumOpeningOnADayRunsForTheDaysItLasts() {
        JsonNode s = summary("为期三天的第五届世界互联网大会8日在乌镇开幕，来自多国的嘉宾出席大会。", "2018-11-09");
        assertEquals("2018-11-08/2018-11-10", event(s, "世界互联网大会").get("date").asText(), s.get("events").toString());
    }

    @Test
    void aSummitClosingOnADayBeganTheDaysBefore() {
        JsonNode s = summary("歷時兩天的東盟峰會12日晚在雅加達閉幕，各國領導人通過了主席聲明。", "2019-06-13");
        assertEquals("2019-06-11/2019-06-12", event(s, "東盟峰會").get("date").asText(), s.get("events").toString());
    }

    @Test
    void aMeetingFromADayOnwardLastsItsLength() {
        JsonNode s = summary("第三届中国－中东欧国家博览会于5月18日起在宁波举行，为期四天，多国部长出席。", "2023-05-19");
        assertEquals("2023-05-18/2023-05-21", event(s, "博览会").get("date").asText(), s.get("events").toString());
    }

    @Test
    void aLengthWithoutAnOpeningOrClosingDayLeavesTheDay() {
        JsonNode s = summary("为期两天的中国－东盟博览会14日在南宁举行，多国领导人出席。", "2023-09-15");
        assertEquals("2023-09-14", event(s, "博览会").get("date").asText(), s.get("events").toString());
    }
}
