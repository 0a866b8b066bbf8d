package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.extractor.text.TextNormaliser;
import org.junit.jupiter.api.Test;

/**
 * 今(2017)年, 去（2016）年: Taiwan writes the year in brackets between the relative word and 年, as it writes the day
 * in 今(18)日. The bracketed number is the year, whatever the page's date.
 */
class DateBracketedYearTest {

    private static List<String> spans(String text) {
        return DateRecogniser.find(TextNormaliser.normalise(text), null).stream()
                .filter(DateMention::explicit).map(DateMention::isoSpan).toList();
    }

    @Test
    void aBracketedYearBeforeAMonthAndDays() {
        assertEquals(List.of("2019-05-20/2019-05-22"), spans("部長會議於今(2019)年5月20日至22日在日內瓦舉行。"));
    }

    @Test
    void fullWidthBracketsAndLastYear() {
        assertEquals(List.of("2016-11"), spans("雙方去（2016）年11月完成談判。"));
    }

    @Test
    void aBracketedCountIsNoYear() {
        assertEquals(List.of(), spans("該協定今(第3)年生效。"));
    }
}
