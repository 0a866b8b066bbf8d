package org.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.extractor.read.SourceDocument;
import org.junit.jupiter.api.Test;

/** The lexicon-driven rules of the meeting steps, one cue list at a time, on sentences written for the test. */
class MeetingCuesTest {

    private static final String WANG_YI = "https://w3id.org/diplokg/id/person/wang-yi";
    private static final String CPTPP = "https://w3id.org/diplokg/id/agreement/cptpp";
    /** A meeting of the shipped reference data, named the same way in every test. */
    private static final String SUMMIT = "亚太经合组织第二十八次领导人非正式会议";

    private static DocumentKnowledge extract(String body, String published) {
        return Seeds.extractor().extract(new SourceDocument("test/cues.txt", "0".repeat(64), DocumentFormat.TEXT, "UTF-8",
                null, PartialDate.parseIso(published), "header", null, null, body, List.of()));
    }

    private static ResolvedMeeting summit(DocumentKnowledge k) {
        return k.meetings().stream().filter(m -> m.ordinal() == 28).findFirst().orElseThrow(() -> new AssertionError(k.meetings()));
    }

    private static ResolvedMeeting only(DocumentKnowledge k) {
        assertEquals(1, k.meetings().size(), k.meetings().toString());
        return k.meetings().get(0);
    }

    @Test
    void aFutureTimeWordBeforeTheNameAnnouncesTheMeeting() {
        // meeting-future-time-words
        assertTrue(only(extract("王毅说，下月举行的亚太经合组织第二十九次领导人非正式会议备受各方关注。", "2022-10-10")).planned());
    }

    @Test
    void aFutureAuxiliaryRightAfterTheNameAnnouncesTheMeeting() {
        // meeting-future-after-name
        assertTrue(only(extract("亚太经合组织第二十九次领导人非正式会议即将在曼谷开幕。", "2022-10-10")).planned());
    }

    @Test
    void aMarkOfSomethingDoneOutweighsADateAfterPublication() {
        // meeting-past-markers: the date's year is wrong, the meeting is not announced
        assertFalse(only(extract("2022年11月18日，亚太经合组织第二十九次领导人非正式会议在曼谷举行了。", "2022-11-01")).planned());
    }

    @Test
    void attendanceOnlineMarksTheMeetingOnline() {
        // meeting-online-words
        assertTrue(summit(extract("2021年11月12日，习近平在北京以线上方式出席" + SUMMIT + "。", "2021-11-13")).online());
        assertFalse(summit(extract("2021年11月12日，习近平在北京出席" + SUMMIT + "。", "2021-11-13")).online());
    }

    @Test
    void aPresenterIsNotAChair() {
        // meeting-chair-verbs: 主持(?!人)
        ResolvedMeeting m = summit(extract("2021年11月12日，" + SUMMIT + "在北京举行，王毅担任主持人。", "2021-11-13"));
        assertNull(m.chair(), m.toString());
        ResolvedMeeting chaired = summit(extract("2021年11月12日，" + SUMMIT + "在北京举行，王毅主持会议。", "2021-11-13"));
        assertEquals(WANG_YI, chaired.chair());
    }

    @Test
    void whoeverHoldsAPressConferenceChairsIt() {
        // meeting-hosted-events after 举行
        DocumentKnowledge k = extract("2021年11月12日，外交部长王毅在北京举行记者会。", "2021-11-13");
        ResolvedMeeting m = k.meetings().stream().filter(x -> x.name().equals("记者会")).findFirst().orElseThrow(() -> new AssertionError(k.meetings()));
        assertEquals(WANG_YI, m.chair());
    }

    @Test
    void peoplePresentInALaterSentenceAreParticipants() {
        // meeting-presence-phrases: the sentence does not name the meeting
        ResolvedMeeting m = summit(extract("2021年11月12日，习近平出席" + SUMMIT + "。\n外交部长王毅等人参会。", "2021-11-13"));
        assertTrue(m.participants().contains(WANG_YI), m.participants().toString());
    }

    @Test
    void peopleWhoLeadADelegationToTheMeetingAreParticipants() {
        // meeting-participation-verbs
        ResolvedMeeting m = summit(extract("2021年11月12日，" + SUMMIT + "在北京举行，王毅率团赴会。", "2021-11-13"));
        assertTrue(m.participants().contains(WANG_YI), m.participants().toString());
    }

    @Test
    void aSentenceTurningToBackgroundGivesTheMeetingNoAgreement() {
        // meeting-background-openers and meeting-hearsay-words
        String lead = "2021年11月12日，习近平出席" + SUMMIT + "。\n";
        assertTrue(summit(extract(lead + "中方已申请加入《全面与进步跨太平洋伙伴关系协定》。", "2021-11-13")).agreements().contains(CPTPP));
        assertFalse(summit(extract(lead + "此外，中方已申请加入《全面与进步跨太平洋伙伴关系协定》。", "2021-11-13")).agreements().contains(CPTPP));
        assertFalse(summit(extract(lead + "据外媒报道，中方已申请加入《全面与进步跨太平洋伙伴关系协定》。", "2021-11-13")).agreements().contains(CPTPP));
    }

    @Test
    void theThemeIsTheQuotedTextAfterItsCue() {
        // meeting-theme-cues
        ResolvedMeeting m = summit(extract("2021年11月12日，" + SUMMIT + "在北京举行，主题为“携手合作、共同发展”。", "2021-11-13"));
        assertEquals("携手合作、共同发展", m.theme());
    }

    @Test
    void aDocumentTheMeetingApprovesIsAdopted() {
        // meeting-adoption-verbs
        ResolvedMeeting m = summit(extract("2021年11月12日，" + SUMMIT + "在北京批准《亚太数字合作路线图》。", "2021-11-13"));
        assertEquals(1, m.adopted().size(), m.toString());
    }
}
