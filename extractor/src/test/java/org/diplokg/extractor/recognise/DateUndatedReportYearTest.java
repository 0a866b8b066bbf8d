package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.extractor.text.TextNormaliser;
import org.junit.jupiter.api.Test;

/**
 * On a page with no date, 今年 is the latest year written with a month (2014年7月), not a later bare year that is a
 * target (到2015年): set D 004.
 */
class DateUndatedReportYearTest {

    private static List<String> dates(String text) {
        return DateRecogniser.find(TextNormaliser.normalise(text), null).stream()
                .filter(DateMention::explicit).map(DateMention::isoSpan).toList();
    }

    @Test
    void thisYearIsTheLatestYearWrittenWithAMonth() {
        assertEquals(List.of("2014-03", "2016", "2014-09"),
                dates("两国外长2014年3月在日内瓦会晤。双方希望到2016年双边贸易额翻番。今年9月双方将举行新一轮磋商。"));
    }

    @Test
    void withoutAYearWithAMonthTheLatestBareYear() {
        assertEquals(List.of("2013", "2013-05"), dates("两国2013年启动谈判。今年5月双方再次会晤。"));
    }
}
