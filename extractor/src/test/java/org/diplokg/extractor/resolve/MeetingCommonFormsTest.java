package org.diplokg.extractor.resolve;

import static org.diplokg.extractor.resolve.MeetingPassages.extract;
import static org.diplokg.extractor.resolve.MeetingPassages.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.DocumentKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Meetings in the common forms of news reports (issue 10): calls and receptions between two people, bilateral
 * dialogues, co-chaired meetings, a talk of one person with several, a talk named and then told as an act, a
 * headline that describes the person met, the meeting an act opens in a later paragraph, a name's edition year.
 */
class MeetingCommonFormsTest {

    private static List<String> names(DocumentKnowledge k) {
        return k.meetings().stream().map(ResolvedMeeting::name).toList();
    }

    @Test
    void aCallOrAReceptionBetweenTwoPeopleIsAMeeting() {
        DocumentKnowledge t = extract("test/forms-call.txt", "總統府5日表示，總統賴清德當天與日本首相石破茂通話，雙方就區域安全交換意見。", "2025-02-06");
        assertEquals(2, named(t, "通話").participants().size(), names(t).toString());
        DocumentKnowledge k = extract("test/forms-banquet.txt", "国务院总理李强19日晚在钓鱼台国宾馆设宴款待来访的新西兰总理拉克松。", "2025-07-20");
        ResolvedMeeting m = named(k, "设宴款待");
        assertEquals(2, m.participants().size(), m.participants().toString());
        assertTrue(m.findChair().isPresent());
    }

    @Test
    void aBilateralDialogueIsAMeetingWithItsOrdinal() {
        DocumentKnowledge k = extract("test/forms-dialogue.txt", "第十一次中法高级别经济财金对话25日在巴黎举行。", "2025-11-26");
        assertEquals(11, named(k, "财金对话").ordinal());
    }

    @Test
    void aCoChairedMeetingHasNoChairAndBothCoChairsTakePart() {
        DocumentKnowledge k = extract("test/forms-cochair.txt",
                "中俄总理第三十次定期会晤3日在杭州举行。国务院总理李强与俄罗斯总理米舒斯京共同主持会晤。", "2025-12-04");
        ResolvedMeeting m = named(k, "定期会晤");
        assertNull(m.chair(), m.chair());
        assertEquals(2, m.participants().size(), m.participants().toString());
    }

    @Test
    void aTalkWithSeveralPeopleAtOnceIsOneTalkAndSeparatelyIsOnePerPerson() {
        DocumentKnowledge k = extract("test/forms-joint.txt",
                "外交部长王毅12日在北京与法国外长巴罗、德国外长瓦德富尔举行会谈，三方就乌克兰局势交换意见。", "2025-06-13");
        assertEquals(1, k.meetings().size(), names(k).toString());
        assertEquals(3, k.meetings().get(0).participants().size(), k.meetings().get(0).participants().toString());
        DocumentKnowledge s = extract("test/forms-separate.txt",
                "外交部长王毅12日在北京分别与法国外长巴罗、德国外长瓦德富尔举行会谈。", "2025-06-13");
        assertEquals(2, s.meetings().size(), names(s).toString());
    }

    @Test
    void aTalkNamedAndThenToldAsAnActIsOneTalk() {
        DocumentKnowledge k = extract("test/forms-named-talk.txt",
                "中美经贸高层会谈10日至11日在日内瓦举行。国务院副总理何立峰与美国财政部长贝森特、贸易代表格里尔举行会谈。", "2025-05-12");
        assertEquals(1, k.meetings().size(), names(k).toString());
        ResolvedMeeting m = named(k, "经贸高层会谈");
        assertEquals(3, m.participants().size(), m.participants().toString());
        DocumentKnowledge aside = extract("test/forms-aside-talk.txt",
                "中日韩领导人会谈27日在首尔举行。会谈期间，国务院总理李强还与日本首相石破茂举行会谈。", "2025-05-28");
        assertEquals(2, aside.meetings().size(), names(aside).toString());
    }

    @Test
    void aHeadlineTalkWithAPersonDescribedByTitleIsTheStorysTalk() {
        DocumentKnowledge k = extract("test/forms-headline.txt", "李强同德国总理举行会谈\n"
                + "国务院总理李强19日在人民大会堂同德国总理默茨举行会谈。双方同意加强经贸合作。\n", "2025-06-20");
        assertEquals(1, k.meetings().size(), names(k).toString());
    }

    @Test
    void anActOpeningALaterParagraphKeepsItsAgreements() {
        DocumentKnowledge k = extract("test/forms-second-paragraph.txt",
                "19日，商务部部长王文涛在北京出席中国—拉美经贸论坛，表示愿推进《区域全面经济伙伴关系协定》高质量实施。\n"
                + "当天下午，王文涛还会见了秘鲁外贸旅游部长德索萨。双方见证签署《中国－秘鲁自由贸易协定升级议定书》相关配套文件。\n",
                "2025-09-20");
        ResolvedMeeting m = named(k, "德索萨");
        assertEquals(1, m.agreements().size(), m.agreements().toString());
    }

    @Test
    void aParagraphThatOpensWithASideOfTheLastMeetingGoesOnAboutIt() {
        DocumentKnowledge k = extract("test/forms-side-paragraph.txt",
                "国务院副总理何立峰9日在伦敦出席中英经贸论坛并致辞，呼吁双方推动《区域全面经济伙伴关系协定》开放包容。\n"
                + "当天，何立峰还会见了英国商业和贸易大臣雷诺兹。双方表示将共同维护多边贸易体制。\n"
                + "雷诺兹表示，英国作为《全面与进步跨太平洋伙伴关系协定》成员，愿与中方加强沟通。\n", "2025-06-10");
        assertEquals(List.of("https://w3id.org/diplokg/id/agreement/cptpp"), named(k, "雷诺兹").agreements());
        assertTrue(!named(k, "经贸论坛").agreements().contains("https://w3id.org/diplokg/id/agreement/cptpp"));
    }

    @Test
    void aYearInsideANameIsItsEditionNotTheEndOfTheName() {
        DocumentKnowledge k = extract("test/forms-year-inside.txt",
                "国务院副总理丁薛祥22日在北京出席中国发展高层论坛2026年年会开幕式并发表主旨演讲。", "2026-03-23");
        assertEquals(1, k.meetings().size(), names(k).toString());
        assertTrue(k.meetings().get(0).name().contains("2026年年会"), k.meetings().get(0).name());
    }

    @Test
    void anAgreementSignedAtAMeetingTheSentenceShowsHeldIsNoSigningOfItsOwn() {
        DocumentKnowledge k = extract("test/forms-signed-at.txt",
                "2020年11月15日，第四次区域全面经济伙伴关系协定领导人会议以视频方式举行，15个成员国经贸部长正式签署该协定。",
                "2025-01-02");
        assertEquals(1, k.meetings().size(), names(k).toString());
    }

    @Test
    void aVenueNamedForMeetingsIsNoMeeting() {
        DocumentKnowledge t = extract("test/forms-venue.txt",
                "第九屆「一帶一路」高峰論壇今日在香港會議展覽中心舉行。行政長官李家超致開幕辭。", "2024-09-11");
        assertEquals(1, t.meetings().size(), names(t).toString());
        assertEquals(1, named(t, "高峰論壇").participants().size(), named(t, "高峰論壇").participants().toString());
    }

    @Test
    void attendingWithNoMeetingNamedIsAttendingTheCurrentOne() {
        DocumentKnowledge k = extract("test/forms-attends.txt",
                "金砖国家领导人第十七次会晤6日在里约热内卢举行。国务院总理李强出席会晤。俄罗斯总统普京以视频方式出席并发表讲话。",
                "2025-07-08");
        assertEquals(2, named(k, "会晤").participants().size(), named(k, "会晤").participants().toString());
    }

    @Test
    void theGeneralDebateOfTheGeneralAssemblyIsAMeeting() {
        DocumentKnowledge k = extract("test/forms-debate.txt",
                "第八十届联合国大会一般性辩论23日在纽约开幕。国务院总理李强代表中国政府出席并发言。", "2025-09-26");
        assertEquals(1, named(k, "一般性辩论").participants().size(), names(k).toString());
    }

    @Test
    void aMeetingWithAGroupOrAnEnvoyNamedByOfficeIsAMeeting() {
        DocumentKnowledge t = extract("test/forms-group.txt",
                "總統賴清德12日接見紐西蘭國會議員訪問團，感謝紐方支持台灣參與國際組織。", "2025-11-13");
        assertEquals(1, named(t, "訪問團").participants().size(), names(t).toString());
        DocumentKnowledge k = extract("test/forms-envoy.txt",
                "行政长官岑浩辉今日（四月八日）在政府总部会见葡萄牙驻澳门总领事。", "2025-04-08");
        assertEquals(1, named(k, "总领事").participants().size(), names(k).toString());
    }

    @Test
    void whoeverAccompaniesAReceptionTakesPart() {
        DocumentKnowledge t = extract("test/forms-accompany.txt",
                "總統賴清德10日接見美國聯邦參議員達克沃絲訪問團。外交部長林佳龍陪同接見。", "2025-03-11");
        assertEquals(3, named(t, "達克沃絲").participants().size(), named(t, "達克沃絲").participants().toString());
    }

    @Test
    void aHeadlinesShortFormWithTheStorysOrdinalIsTheStorysMeeting() {
        DocumentKnowledge k = extract("test/forms-headline-ordinal.txt", "中新联委会第二十次会议在京举行\n"
                + "中国—新加坡双边合作联合委员会第二十次会议14日在北京举行。国务院副总理丁薛祥与新加坡副总理颜金勇共同主持会议。\n",
                "2025-10-15");
        assertEquals(1, k.meetings().size(), names(k).toString());
    }

    @Test
    void aDayBeforeTheNamesEditionYearDatesTheMeeting() {
        DocumentKnowledge k = extract("test/forms-edition.txt",
                "国家副主席韩正15日在北京举行的2025年世界物联网大会上表示，中国愿同各方分享发展机遇。", "2025-10-16");
        assertEquals("2025-10-15", named(k, "物联网大会").date().date().toString());
    }
}
