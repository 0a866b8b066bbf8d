package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.extractor.text.TextNormaliser;
import org.junit.jupiter.api.Test;

/**
 * A year in Chinese numerals whose zero is typed as the digit 0 or the full-width ０ (二0一九年, 二０二三年), as Hong
 * Kong and Macao pages often do beside ○ (set F 019: 二0二五年, 二0二四年).
 */
class DateDigitZeroTest {

    private static List<String> dates(String text) {
        return DateRecogniser.find(TextNormaliser.normalise(text), null).stream()
                .filter(DateMention::explicit).map(DateMention::isoSpan).toList();
    }

    @Test
    void theDigitZeroInAChineseNumeralYear() {
        assertEquals(List.of("2019", "2023-06"), dates("特區政府盼於二0一九年完成諮詢，二０二三年六月正式實施。"));
    }

    @Test
    void arabicYearsAndCountsAreUnchanged() {
        assertEquals(List.of("2020"), dates("2020年共有50名代表出席。"));
    }
}
