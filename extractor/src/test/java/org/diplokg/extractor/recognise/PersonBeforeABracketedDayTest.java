package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/** A relative day word before a bracketed day (昨（9）日, 前(7)日) after a titled name: a time word, not the name's end. */
class PersonBeforeABracketedDayTest {

    private static List<String> persons(String text) {
        return MiniExtractor.names(MiniExtractor.extract(text, "2024-05-10"), EntityType.PERSON);
    }

    @Test
    void yesterdayBeforeABracketedDayEndsTheName() {
        assertEquals(List.of("王明"), persons("外交部副部長王明昨（9）日在台北會見來訪的外賓。"));
    }

    @Test
    void theDayBeforeYesterdayEndsTheName() {
        assertEquals(List.of("郑文灿"), persons("行政院副院长郑文灿前(7)日出席签署仪式。"));
    }

    @Test
    void aBracketedAgeIsNoDay() {
        List<String> p = persons("公司董事长林光明(56岁)今天出席签约仪式。");
        assertTrue(p.contains("林光明"), p.toString());
    }
}
