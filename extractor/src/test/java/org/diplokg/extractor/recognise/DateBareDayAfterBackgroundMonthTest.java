package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.extractor.text.TextNormaliser;
import org.junit.jupiter.api.Test;

/**
 * On an undated page a bare day (20日) in a paragraph that names no month takes the month of an earlier day written in
 * full, not of a month written alone in the background (2012年5月…达成共识: set D 002; 去年11月: dev 019).
 */
class DateBareDayAfterBackgroundMonthTest {

    private static List<String> dates(String text) {
        return DateRecogniser.find(TextNormaliser.normalise(text), null).stream()
                .filter(DateMention::explicit).map(DateMention::isoSpan).toList();
    }

    @Test
    void aMonthWrittenAloneLendsNoMonthToALaterBareDay() {
        assertEquals(List.of("2015-06"), dates("两国2015年6月同意启动谈判。\n\n18日，两国部长在河内会晤并宣布启动谈判。"));
    }

    @Test
    void anEarlierDayWrittenInFullDoes() {
        assertEquals(List.of("2015-11-16", "2015-11-18"), dates("代表团2015年11月16日抵达河内。\n\n18日，两国部长会晤。"));
    }
}
