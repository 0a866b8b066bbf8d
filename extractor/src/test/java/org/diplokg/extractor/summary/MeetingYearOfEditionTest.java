package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.event;
import static org.diplokg.extractor.summary.Passages.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * An undated page: a summit of a reference series dated by a day without its year takes the year of the one edition
 * held on that day in a year the page writes; a day no edition of a written year was held on keeps --MM-DD.
 */
class MeetingYearOfEditionTest {

    @Test
    void aSeriesDayTakesTheYearOfTheEditionHeldThen() {
        JsonNode s = summary("金磚國家峰會9月4日在廈門繼續舉行，各國領導人出席。\n厦门在2017年成为金砖合作的新起点。", null);
        assertEquals("2017-09-04", event(s, "金磚國家峰會").get("date").asText(), s.get("events").toString());
    }

    @Test
    void aDayNoEditionOfAWrittenYearWasHeldOnKeepsNoYear() {
        JsonNode s = summary("金砖国家峰会7月20日在巴西举行，各国领导人出席。\n巴西在2017年与各国签署了多项文件。", null);
        assertEquals("--07-20", event(s, "金砖国家峰会").get("date").asText(), s.get("events").toString());
    }

    @Test
    void theWtoMinisterialConferenceIsASeriesWhoseEditionsAreCounted() {
        JsonNode s = summary("第十届世贸组织部长级会议12月19日在内罗毕闭幕，通过了《内罗毕部长宣言》。\n2015年12月，世贸组织首次在非洲举行部长级会议。", null);
        assertEquals("2015-12-19", event(s, "部长级会议").get("date").asText(), s.get("events").toString());
    }
}
