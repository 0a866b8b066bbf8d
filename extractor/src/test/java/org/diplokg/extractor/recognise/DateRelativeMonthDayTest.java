package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.text.TextNormaliser;
import org.junit.jupiter.api.Test;

/**
 * A day of a month counted from the publication month (本月9日, 上月28日, 下個月5日) is a calendar date like 今年7月: the
 * month from the report's, the day as written (set F 018). Undated, it is no date.
 */
class DateRelativeMonthDayTest {

    private static List<String> dates(String text, PartialDate published) {
        return DateRecogniser.find(TextNormaliser.normalise(text), published).stream()
                .filter(DateMention::explicit).map(DateMention::isoSpan).toList();
    }

    @Test
    void theMonthCountsFromThePublication() {
        assertEquals(List.of("2024-03-02", "2024-02-28", "2024-04-05"),
                dates("兩國代表本月2日會面，上月28日已互通函件，下個月5日將再度會談。", PartialDate.tryOf(2024, 3, 20).orElseThrow()));
    }

    @Test
    void anUndatedPageGivesNoMonth() {
        assertEquals(List.of(), dates("兩國代表本月2日會面。", null));
    }
}
