package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.text.TextNormaliser;
import org.junit.jupiter.api.Test;

/**
 * A range of two days each written with its mark and no month (13日至14日) is one span of the month: read as two days,
 * the second, a day past the publication, was put in the month before. Days listed each with its mark (16日、17日)
 * stay two days.
 */
class DateMarkedDayRangeTest {

    private static List<String> spans(String text, LocalDate published) {
        return DateRecogniser.find(TextNormaliser.normalise(text), PartialDate.of(published)).stream()
                .filter(DateMention::explicit).map(DateMention::isoSpan).toList();
    }

    @Test
    void twoMarkedDaysJoinedByARangeWordAreOneSpan() {
        assertEquals(List.of("2015-03-09/2015-03-10"), spans("部长们随后前往东京,出席9日至10日举行的经贸对话。", LocalDate.of(2015, 3, 8)));
    }

    @Test
    void traditionalScriptAndADash() {
        assertEquals(List.of("2019-06-21/2019-06-23"), spans("代表團將於21日-23日訪問里斯本。", LocalDate.of(2019, 6, 20)));
    }

    @Test
    void daysListedEachWithItsMarkStayTwoDays() {
        assertEquals(List.of("2019-06-18", "2019-06-19"), spans("特使18日、19日先后会见两国外长。", LocalDate.of(2019, 6, 20)));
    }
}
