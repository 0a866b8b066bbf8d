package org.diplokg.extractor.resolve;

import static org.diplokg.extractor.resolve.MeetingPassages.extract;
import static org.diplokg.extractor.resolve.MeetingPassages.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.vocab.Vocab;
import org.junit.jupiter.api.Test;

/** Events and their participants: one meeting per counterpart, follow-up attendance, absence, and meeting identity. */
class MeetingEventsTest {

    private static final String PERSON = "https://w3id.org/diplokg/id/person/";

    private static boolean has(ResolvedMeeting m, String name) {
        return m.participants().stream().anyMatch(p -> p.endsWith(Vocab.encode(name)) || p.startsWith(PERSON) && p.contains(name));
    }

    @Test
    void meetingSeveralCounterpartsIsOneMeetingEachAndTheFollowUpJoinsThemAll() {
        DocumentKnowledge k = extract("test/a.txt", "国务院总理李强5月10日在北京分别会见来华访问的印度尼西亚总统佐科、哥伦比亚总统佩特罗。\n"
                + "李强表示，中方愿同各方深化合作。\n何立峰参加会见。", "2026-05-10");
        ResolvedMeeting jokowi = named(k, "佐科"), petro = named(k, "佩特罗");
        assertNotEquals(jokowi.iri(), petro.iri());
        assertEquals(3, jokowi.participants().size(), jokowi.participants().toString());
        assertEquals(3, petro.participants().size(), petro.participants().toString());
    }

    @Test
    void whoDidNotAttendIsNoParticipant() {
        DocumentKnowledge k = extract("test/b.txt", "亚太经合组织第二十八次领导人非正式会议11月12日举行，习近平出席会议并发表讲话，王毅未出席会议。",
                "2021-11-13");
        ResolvedMeeting m = named(k, "第二十八次");
        assertTrue(m.participants().stream().anyMatch(p -> p.contains("xi-jinping")), m.participants().toString());
        assertFalse(m.participants().stream().anyMatch(p -> p.contains("wang-yi")), m.participants().toString());
    }

    @Test
    void aGenericMeetingWithoutItsDayStaysInItsDocument() {
        String body = "外交部2026年3月举行新闻发布会，介绍有关情况。";
        String a = named(extract("test/one.txt", body, "2026-03-20"), "发布会").iri();
        String b = named(extract("test/two.txt", body, "2026-03-20"), "发布会").iri();
        assertNotEquals(a, b);
        assertTrue(a.startsWith(Vocab.documentIriFor(org.diplokg.extractor.read.DocumentReader.sha256(
                "test/one.txt".getBytes(java.nio.charset.StandardCharsets.UTF_8)))), a);
    }

    @Test
    void aGenericMeetingWithItsDayIsTheSameMeetingAcrossDocuments() {
        String body = "外交部2026年3月5日举行新闻发布会，介绍有关情况。";
        String a = named(extract("test/one.txt", body, "2026-03-20"), "发布会").iri();
        String b = named(extract("test/two.txt", body, "2026-03-20"), "发布会").iri();
        assertEquals(a, b);
        assertTrue(a.endsWith("2026-03-05"), a);
    }

    @Test
    void aSigningIsAnEventInEitherWordOrderUnlessANamedMeetingHoldsIt() {
        DocumentKnowledge after = extract("test/c.txt", "2020年11月15日，15国正式签署了《区域全面经济伙伴关系协定》。", "2020-11-16");
        assertTrue(after.meetings().stream().anyMatch(m -> m.name().contains("签署")), after.meetings().toString());
        DocumentKnowledge before = extract("test/d.txt", "《区域全面经济伙伴关系协定》由东盟发起，于2020年11月正式签署。", "2022-01-02");
        assertTrue(before.meetings().stream().anyMatch(m -> m.name().contains("签署")), before.meetings().toString());
        DocumentKnowledge at = extract("test/e.txt", "《区域全面经济伙伴关系协定》11月15日在东亚合作领导人系列会议期间正式签署。", "2020-11-16");
        assertFalse(at.meetings().stream().anyMatch(m -> m.name().contains("签署")), at.meetings().toString());
    }

    @Test
    void anAgreementComparedWithIsNotTheMeetingsAgreement() {
        DocumentKnowledge k = extract("test/f.txt", "亚太经合组织第二十八次领导人非正式会议11月12日举行，习近平出席会议并谈及《区域全面经济伙伴关系协定》。\n"
                + "评论认为，与《全面与进步跨太平洋伙伴关系协定》相比，该协定规则较为宽松。", "2021-11-13");
        ResolvedMeeting m = named(k, "第二十八次");
        assertTrue(m.agreements().stream().anyMatch(a -> a.endsWith("rcep")), m.agreements().toString());
        assertFalse(m.agreements().stream().anyMatch(a -> a.endsWith("cptpp")), m.agreements().toString());
    }

    @Test
    void theHostIsTheSubjectNotTheBylineInBracketsAndIsAParticipant() {
        DocumentKnowledge k = extract("test/g.txt", "新华社北京3月1日电（记者张小明）外交部长王毅1日在北京举行中外媒体吹风会。", "2026-03-01");
        ResolvedMeeting m = named(k, "吹风会");
        assertTrue(m.findChair().orElse("").contains("wang-yi"), String.valueOf(m.chair()));
        assertTrue(m.participants().contains(m.chair()), m.participants().toString());
    }

    @Test
    void aListEndingInAttendedJoinsTheMeetingJustNamed() {
        DocumentKnowledge k = extract("test/h.txt", "亚太经合组织第二十八次领导人非正式会议11月12日开幕。\n丁薛祥、王毅出席。", "2021-11-13");
        ResolvedMeeting m = named(k, "第二十八次");
        assertTrue(m.participants().stream().anyMatch(p -> p.contains("wang-yi")), m.participants().toString());
    }

    @Test
    void whoSpeaksAtOneMeetingAboutAnotherAttendsTheFirst() {
        DocumentKnowledge k = extract("test/i.txt", "外交部发言人华春莹3月5日在例行记者会上介绍亚太经合组织第二十八次领导人非正式会议筹备情况。",
                "2021-03-05");
        ResolvedMeeting presser = named(k, "记者会");
        assertTrue(presser.participants().stream().anyMatch(p -> p.contains("hua-chunying")), presser.participants().toString());
        k.meetings().stream().filter(m -> m.name().contains("第二十八次")).findFirst()
                .ifPresent(m -> assertFalse(m.participants().stream().anyMatch(p -> p.contains("hua-chunying")), m.participants().toString()));
    }

    @Test
    void theOrdinalIsTheOneWrittenNearestTheHead() {
        DocumentKnowledge k = extract("test/j.txt", "政协第十四届全国委员会常务委员会第十七次会议3月2日在北京举行。", "2026-03-03");
        assertEquals(17, named(k, "第十七次").ordinal());
        DocumentKnowledge first = extract("test/k.txt", "习近平2018年11月5日出席首届中国国际进口博览会开幕式。", "2018-11-06");
        assertEquals(1, first.meetings().get(0).ordinal(), first.meetings().toString());
    }

    @Test
    void anOpeningCeremonyIsItsMeetingAndAJointNameIsOneEvent() {
        DocumentKnowledge k = extract("test/l.txt", "第三届中国国际进口博览会暨虹桥国际经济论坛开幕式11月4日在上海举行。\n"
                + "习近平出席开幕式并致辞。本届进口博览会为期六天。", "2020-11-05");
        assertEquals(1, k.meetings().stream().filter(m -> !m.planned()).count(), k.meetings().toString());
        DocumentKnowledge summit = extract("test/m.txt", "第二届“一带一路”国际合作高峰论坛4月26日在北京开幕。\n"
                + "习近平出席高峰论坛开幕式并发表主旨演讲。", "2019-04-27");
        assertEquals(1, summit.meetings().size(), summit.meetings().toString());
    }

    @Test
    void anOrganisationNamedLikeAMeetingIsNoMeetingUnlessAttended() {
        DocumentKnowledge k = extract("test/n.txt", "联合国贸易和发展会议秘书长格林斯潘11月5日在上海表示，全球贸易正在恢复。", "2023-11-06");
        assertFalse(k.meetings().stream().anyMatch(m -> m.name().contains("贸易和发展会议")), k.meetings().toString());
    }
}
