package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.extractor.text.TextNormaliser;
import org.junit.jupiter.api.Test;

/** 自1979年以来: the year since which is a date; a count of years (8年来) is not. */
class DateYearSinceTest {

    @Test
    void aYearSinceIsADateACountOfYearsIsNot() {
        List<String> found = DateRecogniser.find(TextNormaliser.normalise("两国自1992年以来合作不断，8年来成果丰硕。"), null)
                .stream().filter(DateMention::explicit).map(DateMention::isoSpan).toList();
        assertEquals(List.of("1992"), found);
    }
}
