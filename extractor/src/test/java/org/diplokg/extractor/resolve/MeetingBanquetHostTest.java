package org.diplokg.extractor.resolve;

import static org.diplokg.extractor.resolve.MeetingPassages.extract;
import static org.diplokg.extractor.resolve.MeetingPassages.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplokg.extractor.DocumentKnowledge;
import org.junit.jupiter.api.Test;

/**
 * A banquet's host chairs the banquet, not the meeting its guests came for (ANNOTATION.md: chair for 举行欢迎宴会):
 * 设宴欢迎出席X的领导人, and 出席A为B与会领导人举行的欢迎宴会.
 */
class MeetingBanquetHostTest {

    private static final String XI = "https://w3id.org/diplokg/id/person/xi-jinping";

    @Test
    void theHostOfABanquetForAMeetingsGuestsChairsTheBanquetNotTheMeeting() {
        DocumentKnowledge k = extract("test/banquet-host-simplified.txt",
                "国家主席习近平和夫人彭丽媛5日晚在人民大会堂设宴，欢迎出席第二届“一带一路”国际合作高峰论坛的外方领导人。"
                        + "习近平在欢迎宴会上致辞。",
                "2019-04-26");
        ResolvedMeeting banquet = named(k, "宴会");
        assertEquals(XI, banquet.chair(), banquet.toString());
        assertEquals(2, banquet.participants().size(), banquet.participants().toString());
        assertNull(named(k, "高峰论坛").chair(), named(k, "高峰论坛").toString());
    }

    @Test
    void theSameInTraditionalScriptWithALunchBanquet() {
        DocumentKnowledge k = extract("test/banquet-host-traditional.txt",
                "國家主席習近平12日中午在釣魚台國賓館設午宴，款待出席中國—中亞峰會的各國元首。"
                        + "習近平在午宴上發表講話。",
                "2023-05-13");
        ResolvedMeeting banquet = named(k, "午宴");
        assertEquals(XI, banquet.chair(), banquet.toString());
        assertNull(named(k, "峰會").chair(), named(k, "峰會").toString());
    }

    @Test
    void aBanquetHeldByAnotherForTheSummitsLeadersIsAttendedAndChairedByItsHost() {
        DocumentKnowledge k = extract("test/banquet-relative-clause.txt",
                "当晚，国家主席习近平出席老挝国家主席通伦为东盟峰会与会领导人举行的欢迎宴会。",
                "2024-10-11");
        ResolvedMeeting banquet = named(k, "宴会");
        assertNotNull(banquet.chair(), banquet.toString());
        assertTrue(!banquet.chair().equals(XI) && banquet.participants().contains(XI), banquet.toString());
        k.meetings().stream().filter(m -> m != banquet).forEach(m -> assertNull(m.chair(), m.toString()));
    }
}
