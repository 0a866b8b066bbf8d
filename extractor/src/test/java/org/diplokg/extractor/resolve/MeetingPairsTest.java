package org.diplokg.extractor.resolve;

import static org.diplokg.extractor.resolve.MeetingPassages.extract;
import static org.diplokg.extractor.resolve.MeetingPassages.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplokg.extractor.DocumentKnowledge;
import org.junit.jupiter.api.Test;

/** Regular meetings of a pair of economies (中俄总理第N次定期会晤), a subject standing for two people (两人), 第N届 = 第N次. */
class MeetingPairsTest {

    @Test
    void aRegularMeetingOfAPairIsNamedWithItsOrdinal() {
        DocumentKnowledge k = extract("test/pair1.txt",
                "国务院总理李强13日在北京同俄罗斯总理米舒斯京举行中俄总理第三十一次定期会晤。", "2025-03-14");
        ResolvedMeeting m = named(k, "定期会晤");
        assertTrue(m.name().startsWith("中俄"), m.name());
        assertEquals(31, m.ordinal());
    }

    @Test
    void aPairSubjectMeetsAsTheTwoPeopleJustNamed() {
        DocumentKnowledge k = extract("test/pair2.txt",
                "总统马克龙12日在爱丽舍宫欢迎到访的柬埔寨首相洪玛奈。随后两位领导人举行了双边会晤。", "2025-03-14");
        assertEquals(2, named(k, "双边会晤").participants().size(), named(k, "双边会晤").participants().toString());
        DocumentKnowledge t = extract("test/pair3.txt",
                "國務院總理李強與俄羅斯總理米舒斯京13日抵達杭州。2人隨後在杭州共同舉行中俄總理第31次定期會晤。", "2025-03-14");
        assertEquals(2, named(t, "定期會晤").participants().size(), named(t, "定期會晤").participants().toString());
    }

    @Test
    void aPairThatDoesNotHoldTheMeetingNamesNone() {
        DocumentKnowledge k = extract("test/pair5.txt",
                "國家主席習近平13日與塞爾維亞總統武契奇會面。兩人在會談後共同簽署聯合聲明。", "2025-03-14");
        assertEquals(1, k.meetings().size(), k.meetings().stream().map(ResolvedMeeting::name).toList().toString());
        DocumentKnowledge s = extract("test/pair6.txt",
                "总统马克龙12日在爱丽舍宫欢迎到访的柬埔寨首相洪玛奈。两位领导人此前已三度会晤。", "2025-03-14");
        assertTrue(s.meetings().stream().noneMatch(m -> m.name().contains("三度")), s.meetings().toString());
    }

    @Test
    void aListEndingWithChinaIsNotPartOfTheName() {
        DocumentKnowledge k = extract("test/pair7.txt", "外交部表示，新、中两国外长会面时重申两国关系。", "2025-03-14");
        assertTrue(k.meetings().stream().noneMatch(m -> m.name().startsWith("中两国")), k.meetings().toString());
    }

    @Test
    void theSameMeetingCountedByEditionOrBySessionIsOne() {
        DocumentKnowledge k = extract("test/pair4.txt",
                "第十屆中日韓領導人會議26日在東京舉行。國務院總理李強出席第十次中日韓領導人會議。", "2025-03-14");
        assertEquals(1, k.meetings().size(), k.meetings().stream().map(ResolvedMeeting::name).toList().toString());
    }
}
