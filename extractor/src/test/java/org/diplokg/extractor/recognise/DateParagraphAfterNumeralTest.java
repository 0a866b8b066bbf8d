package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.text.TextNormaliser;
import org.junit.jupiter.api.Test;

/**
 * A date that opens a paragraph after one ending in a numeral (a byline's 2019-03-08, a heading's year): white space is
 * dropped in the normalised text, so the look-behind that keeps 15月 out of 115月 saw the byline's last digit.
 */
class DateParagraphAfterNumeralTest {

    private static List<String> dates(String text, PartialDate published) {
        return DateRecogniser.find(TextNormaliser.normalise(text), published).stream()
                .filter(DateMention::explicit).map(DateMention::isoSpan).toList();
    }

    @Test
    void aBodyOpeningWithADateAfterAByline() {
        assertEquals(List.of("2019-03-08", "2019-03-07"),
                dates("发稿时间：2019-03-08\n\n3月7日下午，两国外长在日内瓦举行会谈。", PartialDate.of(java.time.LocalDate.of(2019, 3, 8))));
    }

    @Test
    void traditionalScriptAfterAHeadingYear() {
        assertEquals(List.of("2017-06-11", "--06-11"), dates("更新時間：2017/06/11 10:30\n\n6月11日，兩國領導人簽署聯合聲明。", null));
    }

    @Test
    void digitsRunningOnInOneParagraphAreStillNoDate() {
        assertEquals(List.of(), dates("成交额达115月增长。", null));
    }
}
