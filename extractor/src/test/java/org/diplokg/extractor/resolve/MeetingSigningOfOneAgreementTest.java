package org.diplokg.extractor.resolve;

import static org.diplokg.extractor.resolve.MeetingPassages.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.diplokg.extractor.DocumentKnowledge;
import org.junit.jupiter.api.Test;

/** One agreement signed on one day and told twice, under its full name and its acronym, is one signing. */
class MeetingSigningOfOneAgreementTest {

    @Test
    void theFullNameAndTheAcronymSignedTheSameDayAreOneSigning() {
        DocumentKnowledge k = extract("test/one-signing1.txt",
                "英国商务大臣14日在布里斯班正式签署《全面与进步跨太平洋伙伴关系协定》加入议定书。"
                        + "分析人士认为，英国14日签署CPTPP后，还需完成国内批准程序。",
                "2025-03-15");
        assertEquals(1, k.meetings().size(), k.meetings().stream().map(ResolvedMeeting::name).toList().toString());
        DocumentKnowledge t = extract("test/one-signing2.txt",
                "紐西蘭貿易部長12日在威靈頓簽署了《數字經濟夥伴關係協定》。"
                        + "紐西蘭12日簽署DEPA一事引起各方關注。",
                "2025-03-13");
        assertEquals(1, t.meetings().size(), t.meetings().stream().map(ResolvedMeeting::name).toList().toString());
    }

    @Test
    void twoAgreementsSignedTheSameDayStayTwoSignings() {
        DocumentKnowledge k = extract("test/two-signings.txt",
                "英国商务大臣14日正式签署《全面与进步跨太平洋伙伴关系协定》加入议定书。"
                        + "智利外贸部长14日签署了DEPA。",
                "2025-03-15");
        assertEquals(2, k.meetings().size(), k.meetings().stream().map(ResolvedMeeting::name).toList().toString());
    }
}
