package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.extractor.text.TextNormaliser;
import org.junit.jupiter.api.Test;

/** A year whose zero is typed as a white circle (二○一九年, 二◯二一年), as Taiwan and Hong Kong texts often do (set E 004). */
class DateCircleZeroTest {

    private static List<String> dates(String text) {
        return DateRecogniser.find(TextNormaliser.normalise(text), null).stream()
                .filter(DateMention::explicit).map(DateMention::isoSpan).toList();
    }

    @Test
    void aWhiteCircleIsTheZeroOfAYear() {
        assertEquals(List.of("2019", "2021-03"), dates("政府盼於二○一九年完成談判，二◯二一年三月正式生效。"));
    }

    @Test
    void maskedDigitsAreNoDate() {
        assertEquals(List.of(), dates("申請人○○○於○○年○月提出。"));
    }
}
