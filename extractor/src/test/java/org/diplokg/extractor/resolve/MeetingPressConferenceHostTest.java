package org.diplokg.extractor.resolve;

import static org.diplokg.extractor.resolve.MeetingPassages.extract;
import static org.diplokg.extractor.resolve.MeetingPassages.named;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplokg.extractor.DocumentKnowledge;
import org.junit.jupiter.api.Test;

/** The person who convenes (召开) a press conference holds it, as one who 举行 it does: its chair. */
class MeetingPressConferenceHostTest {

    @Test
    void theAmbassadorWhoConvenesAPressConferenceChairsIt() {
        DocumentKnowledge k = extract("test/press-convened.txt",
                "3月5日，中国驻肯尼亚大使周平剑在使馆召开记者会，介绍全国两会有关情况。", "2024-03-06");
        ResolvedMeeting m = named(k, "记者会");
        assertTrue(m.findChair().isPresent() && m.participants().contains(m.chair()), m.toString());
    }

    @Test
    void aMinistryThatConvenesOneGivesItNoChair() {
        DocumentKnowledge k = extract("test/press-convened-org.txt",
                "10月12日，商務部召開例行新聞發布會，發言人介紹了自貿區建設進展。", "2023-10-13");
        ResolvedMeeting m = named(k, "發布會");
        assertNull(m.chair(), m.toString());
    }
}
