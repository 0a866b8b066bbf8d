package org.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/** Short passages written for the hard cases of real reporting, run through the shipped extractor. */
class HardCasesTest {

    private static DocumentKnowledge extract(String body, String published) {
        return Seeds.extractor().extract(new SourceDocument("test/hard.txt", "0".repeat(64), DocumentFormat.TEXT, "UTF-8",
                null, published == null ? null : PartialDate.parseIso(published), "header", null, null, body, List.of()));
    }

    private static List<String> names(DocumentKnowledge k, EntityType type) {
        return k.entities().stream().filter(e -> e.type() == type).map(ResolvedEntity::name).toList();
    }

    @Test
    void traditionalScriptResolvesToTheSameReferenceEntities() {
        DocumentKnowledge k = extract("習近平出席亞太經合組織第二十四次領導人非正式會議，並發表講話。", "2016-11-20");
        assertEquals("https://w3id.org/diplokg/id/meeting/apec-aelm-2016", k.meetings().get(0).iri());
        assertTrue(k.traditional());
        assertTrue(names(k, EntityType.PERSON).contains("習近平"));
    }

    @Test
    void injectedPinyinReadingsDoNotSplitNames() {
        DocumentKnowledge k = extract("習近平出席亞太經(jīng)合組織第二十九次領導人非正式會議。", "2022-11-19");
        assertEquals(29, k.meetings().get(0).ordinal());
        assertTrue(names(k, EntityType.ORGANIZATION).stream().anyMatch(n -> n.startsWith("亞太經")), names(k, EntityType.ORGANIZATION).toString());
    }

    @Test
    void aBanquetIsAMeetingChairedByItsHost() {
        DocumentKnowledge k = extract("国家主席习近平和夫人彭丽媛昨晚在北京举行宴会，欢迎出席会议的各方领导人。", "2014-11-11");
        ResolvedMeeting banquet = k.meetings().stream().filter(m -> m.name().equals("宴会")).findFirst().orElseThrow();
        assertEquals("https://w3id.org/diplokg/id/person/xi-jinping", banquet.chair());
        assertEquals("2014-11-10", banquet.isoDate());
    }

    @Test
    void aMeetingBetweenTwoPeopleIsNamedByTheAct() {
        DocumentKnowledge k = extract("1984年11月20日，邓小平会见挪威首相维洛克。", "2021-11-20");
        assertTrue(k.meetings().stream().anyMatch(m -> m.name().equals("邓小平会见挪威首相维洛克")), k.meetings().toString());
    }

    @Test
    void meetingsNamedInPassingAreNotReportedAsHeld() {
        DocumentKnowledge k = extract("广西将借助中国-东盟博览会等平台扩大开放。", "2017-05-14");
        assertTrue(k.meetings().isEmpty(), k.meetings().toString());
    }

    @Test
    void announcedMeetingsAreKeptApart() {
        DocumentKnowledge k = extract("第二届“一带一路”国际合作高峰论坛将于4月25日至27日在北京举行。", "2019-04-20");
        assertTrue(k.meetings().stream().allMatch(ResolvedMeeting::planned), k.meetings().toString());
    }

    @Test
    void creditsAreNotOrganisationsInTheNews() {
        DocumentKnowledge k = extract("新华社供图\n会议在北京举行。", "2019-04-20");
        String json = Seeds.summary(k);
        assertTrue(json.contains("\"organizations\" : [ ]"), json);
    }

    @Test
    void localTimeDatesTheMeetingWhereItIsHeld() {
        DocumentKnowledge k = extract("11 月14日至19 日，习近平出访。当地时间11月15日，二十国集团领导人第十七次峰会在印度尼西亚巴厘岛举行。", "2022-11-19");
        ResolvedMeeting g20 = k.meetings().stream().filter(m -> m.ordinal() == 17).findFirst().orElseThrow();
        assertEquals("2022-11-15", g20.isoDate());
    }

    @Test
    void bylinesAreNotParticipants() {
        DocumentKnowledge k = extract("(记者 张朔)国家主席习近平7日出席亚太经合组织第二十一次领导人非正式会议。", "2013-10-07");
        ResolvedMeeting m = k.meetings().get(0);
        assertFalse(m.participants().stream().anyMatch(p -> p.contains("%E5%BC%A0%E6%9C%94")), m.participants().toString());
    }

    @Test
    void nextYearsMeetingAnnouncedAtThisOneIsPlanned() {
        DocumentKnowledge k = extract("亚太经合组织第三十二次领导人非正式会议11月1日闭幕，习近平宣布，第三十三次领导人非正式会议将于明年11月在深圳举办。",
                "2025-11-01");
        ResolvedMeeting held = k.meetings().stream().filter(m -> m.ordinal() == 32).findFirst().orElseThrow();
        assertFalse(held.planned());
        assertTrue(k.meetings().stream().filter(m -> m.ordinal() == 33).allMatch(ResolvedMeeting::planned), k.meetings().toString());
    }
}
