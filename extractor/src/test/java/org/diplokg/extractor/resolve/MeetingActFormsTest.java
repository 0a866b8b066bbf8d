package org.diplokg.extractor.resolve;

import static org.diplokg.extractor.resolve.MeetingPassages.extract;
import static org.diplokg.extractor.resolve.MeetingPassages.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplokg.extractor.DocumentKnowledge;
import org.junit.jupiter.api.Test;

/** A与B会面 where the subject stands outside the clause or far before 与, and a bare verb that must not name the meeting. */
class MeetingActFormsTest {

    @Test
    void theSubjectBeforeTheCommaMeetsThePersonAfterWith() {
        DocumentKnowledge k = extract("test/act1.txt",
                "正在挪威访问的国务委员兼外交部长高建华，与挪威外交大臣艾德会面，双方谈到渔业合作。", "2025-04-02");
        assertEquals(2, named(k, "艾德会面").participants().size());
        DocumentKnowledge t = extract("test/act2.txt",
                "正在葡萄牙訪問的外交部長孫立群,與葡萄牙外長蘭熱爾會面,雙方強調多邊貿易的重要性。", "2024-09-15");
        assertEquals(2, named(t, "蘭熱爾會面").participants().size());
    }

    @Test
    void theSubjectFarBeforeWithStillMeetsWithinItsClause() {
        DocumentKnowledge k = extract("test/act3.txt",
                "國務委員兼外長孫立群當地時間周三(11日)在羅馬基吉宮與意大利總理梅洛尼會晤。", "2024-09-12");
        ResolvedMeeting m = named(k, "梅洛尼會晤");
        assertEquals(2, m.participants().size(), m.participants().toString());
        DocumentKnowledge s = extract("test/act4.txt",
                "副总理方志远当地时间周五（6日）在开罗总统府同埃及总统塞西会晤。", "2025-06-07");
        assertEquals(2, named(s, "塞西会晤").participants().size());
    }

    @Test
    void aBareVerbOrANameCutInsideThePersonDoesNotNameTheMeeting() {
        DocumentKnowledge k = extract("test/act5.txt",
                "外長孫立群同日另與德國外長瓦德富尔舉行會談，雙方就氣候議題交換意見。", "2024-10-03");
        ResolvedMeeting m = named(k, "瓦德富尔舉行會談");
        assertTrue(m.name().startsWith("孫立群"), m.name());
        assertEquals(2, m.participants().size(), m.participants().toString());
        assertEquals(1, k.meetings().size(), k.meetings().stream().map(ResolvedMeeting::name).toList().toString());
        DocumentKnowledge s = extract("test/act6.txt", "外交部长高建华在里斯本与葡萄牙总理蒙特内格罗会晤。", "2025-05-20");
        assertTrue(named(s, "蒙特内格罗会晤").name().startsWith("高建华"));
    }

    @Test
    void theSameTwoPeopleOnTheSameDayAreOneMeeting() {
        DocumentKnowledge k = extract("test/act7.txt", "高建华与卢森堡首相弗里登会面\n"
                + "外交部长高建华星期二（4月8日）与卢森堡首相弗里登在巴黎会面时，强调双方合作前景广阔。", "2025-04-08");
        assertEquals(1, k.meetings().stream().filter(x -> x.name().contains("会面")).count(),
                k.meetings().stream().map(ResolvedMeeting::name).toList().toString());
        assertFalse(k.meetings().stream().anyMatch(x -> x.name().startsWith("巴黎")));
    }

    @Test
    void aNamedMeetingAfterTheListIsOneMeetingNotOnePerPersonMet() {
        DocumentKnowledge k = extract("test/act8.txt",
                "首相石田一郎已於15日在韓國釜山,與中國國務院總理李强及韓國總統李在明進行了中日韓領導人會議。", "2025-12-16");
        assertFalse(k.meetings().stream().anyMatch(m -> m.name().startsWith("石田一郎")),
                k.meetings().stream().map(ResolvedMeeting::name).toList().toString());
    }

    @Test
    void aSigningIsNamedByTheShortFormOfAFullTitleWithTheSameHead() {
        DocumentKnowledge k = extract("test/act9.txt", "中国与格鲁吉亚自贸协定谈判于去年结束。"
                + "2017年5月13日，双方在北京签署《中华人民共和国政府和格鲁吉亚政府自由贸易协定》。中格自贸协定是…", "2017-05-14");
        assertTrue(k.meetings().stream().anyMatch(m -> m.name().equals("中格自贸协定签署")),
                k.meetings().stream().map(ResolvedMeeting::name).toList().toString());
    }
}
