package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.event;
import static org.diplokg.extractor.summary.Passages.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** 十九大, 四中全会: a bare numeral before the head of a Party congress or plenary's short name is its ordinal. */
class MeetingNumberedAbbreviationTest {

    @Test
    void aCongressShortNameCarriesItsNumber() {
        JsonNode s = summary("中共十九大召开后，党中央对外事工作作出新的部署。", "2018-01-20");
        assertEquals(19, event(s, "十九大").get("ordinal").asInt(), s.get("events").toString());
    }

    @Test
    void aPlenaryIsCountedByTheNumberBeforeItsHeadNotByTheTerm() {
        JsonNode s = summary("十九屆五中全會於10月26日至29日在北京舉行，全會審議了規劃建議。", "2020-10-30");
        assertEquals(5, event(s, "中全").get("ordinal").asInt(), s.get("events").toString());
    }
}
