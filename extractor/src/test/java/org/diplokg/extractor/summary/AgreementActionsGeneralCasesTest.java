package org.diplokg.extractor.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agreement actions on passages written for each class of case (issue 10: the rules must hold on documents nobody
 * tuned them on), simplified and traditional. Each entry is read as "agreement action actor date".
 */
class AgreementActionsGeneralCasesTest {

    /** The summary's actions as "KEY action actor date" lines (null written as -). */
    private static List<String> actions(String body, String published) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : Passages.summary(body, published).get("agreement_actions")) {
            out.add(a.get("agreement").asText() + " " + a.get("action").asText() + " " + text(a.get("actor")) + " " + text(a.get("date")));
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "-" : n.asText();
    }

    @Test
    void anEntryIntoForceThresholdIsNotTheEntryIntoForce() {
        List<String> a = actions("2020年11月15日，RCEP正式签署。2021年11月2日，协定达到生效门槛。2022年1月1日，协定正式生效。", "2022-01-02");
        assertTrue(a.contains("RCEP in_force - 2022-01-01"), a.toString());
        assertTrue(a.stream().noneMatch(x -> x.contains("2021-11-02")), a.toString());
        List<String> t = actions("巴黎協定生效門檻5日達成。", "2016-10-06");
        assertTrue(t.stream().noneMatch(x -> x.contains("in_force")), t.toString());
    }

    @Test
    void aChronologyKeepsItsAgreementAcrossSentencesThatOpenWithADate() {
        List<String> a = actions("中國與厄瓜多自貿協定大事記：2022年2月，兩國宣布啟動自貿協定談判。2023年5月11日，該協定正式簽署。"
                + "2024年5月1日，協定生效實施。", "2024-05-02");
        assertTrue(a.stream().anyMatch(x -> x.endsWith("in_force - 2024-05-01")), a.toString());
        assertTrue(a.stream().anyMatch(x -> x.endsWith("signed - 2023-05-11")), a.toString());
        // 兩國 reads the two economies inside the agreement's name
        assertTrue(a.stream().anyMatch(x -> x.endsWith("launched 中國 2022-02")), a.toString());
        assertTrue(a.stream().anyMatch(x -> x.endsWith("launched 厄瓜多 2022-02")), a.toString());
    }

    @Test
    void theAgreementASentenceOpensWithIsTheOneItsNextSentenceCallsTheAgreement() {
        List<String> a = actions("美墨加协定（USMCA）1日正式生效，取代了实施26年的北美自由贸易协定（NAFTA）。"
                + "美国、墨西哥和加拿大三国于2018年11月30日签署该协定。", "2020-07-02");
        assertTrue(a.containsAll(List.of("USMCA signed 美国 2018-11-30", "USMCA signed 墨西哥 2018-11-30",
                "USMCA signed 加拿大 2018-11-30")), a.toString());
        assertTrue(a.stream().noneMatch(x -> x.startsWith("NAFTA")), a.toString());
    }

    @Test
    void anActOnTheSameDayTakesTheDayJustTold() {
        List<String> a = actions("第四次区域全面经济伙伴关系协定领导人会议15日以视频方式举行，会后东盟10国和中国、日本、韩国、澳大利亚、"
                + "新西兰15个国家正式签署了RCEP。", "2020-11-16");
        assertTrue(a.contains("RCEP signed 中国 2020-11-15"), a.toString());
        List<String> t = actions("中國－柬埔寨自由貿易協定1月1日起生效。同一天，區域全面經濟夥伴協定（RCEP）也正式生效。", "2022-01-03");
        assertTrue(t.contains("RCEP in_force - 2022-01-01"), t.toString());
        List<String> m = actions("中国与东盟22日在吉隆坡签署中国－东盟自贸区升级议定书，标志着中国－东盟自贸区升级谈判全面完成。", "2015-11-23");
        assertTrue(m.contains("CAFTA concluded - 2015-11-22"), m.toString());
    }

    @Test
    void aPlaceAfterAtIsNotAnActorAndAnOrganAfterItsEconomyIsNotASecondOne() {
        List<String> a = actions("非洲大陆自由贸易区协定30日正式生效。该协定于2018年3月在卢旺达基加利签署。", "2019-05-31");
        assertTrue(a.stream().anyMatch(x -> x.endsWith("signed - 2018-03")), a.toString());
        assertTrue(a.stream().noneMatch(x -> x.contains("卢旺达")), a.toString());
        List<String> t = actions("中國全國人大常委會於9月3日批准《巴黎協定》。", "2016-10-01");
        assertEquals(List.of("巴黎協定 ratified 中國 2016-09-03"), t);
    }

    @Test
    void aFrozenOrSuspendedActDidNotHappenButOneCompletedAsScheduledDid() {
        List<String> a = actions("欧洲议会20日通过决议，冻结批准中欧全面投资协定（CAI）的相关程序。", "2021-05-21");
        assertTrue(a.stream().noneMatch(x -> x.contains("ratified")), a.toString());
        List<String> done = actions("中国和欧盟领导人于2020年12月30日宣布如期完成中欧投资协定谈判。", "2021-01-02");
        assertTrue(done.contains("CAI concluded 中国 2020-12-30"), done.toString());
        List<String> plan = actions("双方将确保中国－洪都拉斯自由贸易协定如期生效。", "2024-03-01");
        assertTrue(plan.isEmpty(), plan.toString());
    }

    @Test
    void twoPartiesAbbreviatedWithAGroupingActTogether() {
        List<String> a = actions("日本與歐盟的經濟夥伴關係協定1日正式生效。日歐雙方於2018年7月17日簽署該協定。", "2019-02-02");
        assertTrue(a.stream().anyMatch(x -> x.endsWith("signed 日本 2018-07-17")), a.toString());
        assertTrue(a.stream().anyMatch(x -> x.endsWith("signed 歐盟 2018-07-17")), a.toString());
    }

    @Test
    void aMinisterAfterADatelineActsForTheGovernmentHisTitleNames() {
        List<String> a = actions("新华社北京10月17日电 商务部部长王文涛与塞尔维亚内外贸易部部长托马·莫米罗维奇17日在北京签订"
                + "《中华人民共和国政府和塞尔维亚共和国政府自由贸易协定》。", "2023-10-18");
        assertEquals(List.of("中国－塞尔维亚自由贸易协定 signed 中国 2023-10-17", "中国－塞尔维亚自由贸易协定 signed 塞尔维亚 2023-10-17"), a);
    }

    @Test
    void aSecondEnvoysDescriptionMayListDomains() {
        List<String> a = actions("8月31日，中国商务部部长王文涛与尼加拉瓜总统投资、贸易和国际合作顾问劳雷亚诺通过视频方式签署"
                + "《中华人民共和国政府和尼加拉瓜共和国政府自由贸易协定》。", "2023-09-01");
        assertTrue(a.contains("中国－尼加拉瓜自由贸易协定 signed 尼加拉瓜 2023-08-31"), a.toString());
        assertTrue(a.contains("中国－尼加拉瓜自由贸易协定 signed 中国 2023-08-31"), a.toString());
    }

    @Test
    void depositingTheInstrumentIsRatificationByTheSubject() {
        List<String> a = actions("中国于4月15日向东盟秘书长正式交存《区域全面经济伙伴关系协定》核准书。", "2021-04-16");
        assertEquals(List.of("RCEP ratified 中国 2021-04-15"), a);
        List<String> done = actions("中国已完成RCEP核准程序。", "2021-03-23");
        assertEquals(List.of("RCEP ratified 中国 -"), done);
    }

    @Test
    void becomingAMemberIsAccession() {
        List<String> a = actions("英國15日正式成為跨太平洋夥伴全面進步協定（CPTPP）第12個成員國。", "2024-12-16");
        assertEquals(List.of("CPTPP acceded 英國 2024-12-15"), a);
        List<String> not = actions("台灣目前尚未成為跨太平洋夥伴全面進步協定（CPTPP）的成員。", "2024-12-16");
        assertTrue(not.isEmpty(), not.toString());
    }

    @Test
    void bothCountriesActingOnABareFreeTradeHeadNameTheirAgreement() {
        List<String> a = actions("中国与尼加拉瓜2021年12月复交后，两国于2022年7月启动自由贸易协定谈判。", "2022-08-05");
        assertTrue(a.contains("中国－尼加拉瓜自由贸易协定 launched 中国 2022-07"), a.toString());
        assertTrue(a.contains("中国－尼加拉瓜自由贸易协定 launched 尼加拉瓜 2022-07"), a.toString());
        // a memorandum signed by both is one of many documents, not their agreement
        assertTrue(actions("中国与尼加拉瓜复交后，两国签署了谅解备忘录。", "2022-08-05").isEmpty());
    }

    @Test
    void anOrgansMinisterWithAPartnerActsOnABareHeadForTheirTwoEconomies() {
        List<String> a = actions("中国商务部长王文涛与尼加拉瓜总统顾问劳雷亚诺当天通过视频签署自贸协定。", "2023-08-31");
        assertTrue(a.contains("中国－尼加拉瓜自由贸易协定 signed 中国 2023-08-31"), a.toString());
        assertTrue(a.contains("中国－尼加拉瓜自由贸易协定 signed 尼加拉瓜 2023-08-31"), a.toString());
    }

    @Test
    void completingTheNegotiationsToJoinIsConcludingThem() {
        List<String> a = actions("英國31日宣布完成加入跨太平洋夥伴全面進步協定（CPTPP）的談判。", "2023-04-01");
        assertEquals(List.of("CPTPP concluded 英國 2023-03-31"), a);
    }

    @Test
    void partiesAnnouncingTheyHaveReachedAnAgreementConcludedIt() {
        // set D odd half: 宣布达成 an agreement was read as no action at all
        List<String> a = actions("欧盟与中国3月8日宣布达成中欧全面投资协定，双方将推动其早日签署。", "2021-03-09");
        assertTrue(a.contains("CAI concluded 欧盟 2021-03-08"), a.toString());
        assertTrue(a.contains("CAI concluded 中国 2021-03-08"), a.toString());
        List<String> t = actions("中國與歐盟3月8日達成了中歐全面投資協定。", "2021-03-09");
        assertTrue(t.contains("CAI concluded 中國 2021-03-08"), t.toString());
    }
}
