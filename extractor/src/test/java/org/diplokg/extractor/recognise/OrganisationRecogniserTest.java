package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexicon-driven organisation rules (ontology/lexicon/org-*.txt) on sentences written for the test. */
class OrganisationRecogniserTest {

    private static List<String> organisations(String text) {
        return Recognise.keys(new OrganisationRecogniser(), text);
    }

    @Test
    void aStateOrganAfterAnEconomy() {
        assertTrue(organisations("智利外交部发表声明，欢迎双方完成谈判。").contains("智利外交部"));
        assertTrue(organisations("新西兰外交与贸易部官员介绍了谈判进展。").contains("新西兰外交与贸易部"));
    }

    @Test
    void theLongestStateOrganWins() {
        List<String> o = organisations("中国国务院新闻办公室举行发布会。");
        assertTrue(o.contains("中国国务院新闻办公室"), o.toString());
        assertFalse(o.contains("中国国务院新闻办"), o.toString());
    }

    @Test
    void aUnitedNationsBodyToItsEnding() {
        assertTrue(organisations("联合国开发计划署驻华代表出席活动。").contains("联合国开发计划署"));
    }

    @Test
    void localOrgansWithTheirLevelAndPlace() {
        assertTrue(organisations("江苏省委统战部负责人出席活动。").contains("江苏省委统战部"));
        List<String> o = organisations("会议由连云港市委主办，市人大常委会和省政协派员参加。");
        assertTrue(o.containsAll(List.of("连云港市委", "市人大常委会", "省政协")), o.toString());
    }

    @Test
    void committeeIsNotTheShortFormInsideALongerWord() {
        assertTrue(organisations("他当选为中央委员。").stream().noneMatch(k -> k.contains("中央委")));
    }

    @Test
    void aKnownPlaceContinuedToAnOrganisationEnding() {
        assertTrue(organisations("北京日报报道了这一消息。").contains("北京日报"));
    }

    @Test
    void genericPhrasesAreNotOrganisations() {
        List<String> o = organisations("有关部门将加强协调，地方政府也将配合。");
        assertFalse(o.contains("有关部门"), o.toString());
        assertFalse(o.contains("地方政府"), o.toString());
    }

    @Test
    void creditsForATextOrAPhoto() {
        assertFalse(OrganisationRecogniser.isCredit("新华社记者张三摄", 3));
        assertTrue(OrganisationRecogniser.isCredit("新华社供图", 3));
        assertTrue(OrganisationRecogniser.isCredit("新华社摄", 3));
        assertFalse(OrganisationRecogniser.isCredit("新华社报道，双方签署协定。", 3));
    }

    @Test
    void anAbbreviatedEconomyBeforeAnOrganOrItsForces() {
        List<String> o = organisations("美商务部宣布新规，俄外交部回应。以军和乌军在边境交火。");
        assertTrue(o.containsAll(List.of("美商务部", "俄外交部", "以军", "乌军")), o.toString());
        assertTrue(organisations("可以军事手段解决吗？").stream().noneMatch(k -> k.startsWith("以军")));
    }

    @Test
    void aMissionAfterItsEconomyAndHost() {
        List<String> o = organisations("智利驻秘鲁大使馆发布通知。");
        assertTrue(o.contains("智利驻秘鲁大使馆"), o.toString());
    }

    @Test
    void aCompanyFromItsBrandAndEnding() {
        List<String> o = organisations("汇丰银行和渣打集团公布业绩，台湾鸿海集团也在名单上。");
        assertTrue(o.containsAll(List.of("汇丰银行", "渣打集团", "鸿海集团")), o.toString());
        assertFalse(o.contains("台湾鸿海集团"), o.toString());
        assertTrue(organisations("多家商业银行下调利率。").stream().noneMatch(k -> k.contains("商业银行")));
    }

    @Test
    void aNameBeforeAnAcronymInBrackets() {
        List<String> o = organisations("会上宣布美国国际开发金融公司（DFC）将提供贷款。");
        assertTrue(o.contains("美国国际开发金融公司"), o.toString());
    }

    @Test
    void aBureauOrOfficeUnderAKnownBody() {
        List<String> o = organisations("智利外交部国际经济司司长出席。");
        assertTrue(o.contains("智利外交部国际经济司"), o.toString());
        assertTrue(organisations("国家气候局发布预报，要把握国家大局。").stream().noneMatch(k -> k.contains("大局")));
    }

    @Test
    void twoNamesJoinedByAndStayTwo() {
        List<String> o = organisations("代表分别来自秘鲁和智利银行。");
        assertTrue(o.stream().noneMatch(k -> k.contains("秘鲁和")), o.toString());
    }

    @Test
    void anAbbreviationInsideADateAPairOrAPlaceNameIsNone() {
        assertTrue(organisations("2018年11月19日外交部发言人主持记者会。").stream().noneMatch(k -> k.startsWith("日外")));
        assertTrue(organisations("中俄议会合作委员会举行会议。").stream().noneMatch(k -> k.startsWith("俄议会")));
        assertTrue(organisations("报道称以军空袭了沿海地区。").contains("以军"));
    }

    @Test
    void aSourceLineAndAPressConferenceAreNoContentCredits() {
        assertTrue(OrganisationRecogniser.isCredit("来源：外交部网站", 6));
        assertFalse(OrganisationRecogniser.isCredit("外交部来源广泛。外交部表示", 13));
        assertFalse(OrganisationRecogniser.isCredit("他在国务院新闻办的记者会上说", 7));
    }

    @Test
    void aGroupingWrittenWithNumbers() {
        assertTrue(organisations("10+3合作进展顺利。").contains("10+3"));
        assertTrue(organisations("比分是110+35。").stream().noneMatch(k -> k.contains("10+3")));
    }

    @Test
    void aBareLevelCommitteeInsideATitle() {
        List<String> o = organisations("省委常委、副省长出席，省人大和市监委派员参加。");
        assertTrue(o.containsAll(List.of("省委", "省人大", "市监委")), o.toString());
    }

    @Test
    void jointBodiesForcesStationedAbroadAndPublishers() {
        List<String> o = organisations("中俄投资合作委员会召开会议，驻日美军发表声明，中央文献出版社出版新书。");
        assertTrue(o.containsAll(List.of("中俄投资合作委员会", "驻日美军", "中央文献出版社")), o.toString());
        assertTrue(organisations("联合国为中心的国际体系必须维护。").stream().noneMatch(k -> k.contains("中心的")));
    }

    @Test
    void aQuotedNameBeforeItsAcronymOrLatinNameInBrackets() {
        List<String> o = organisations("美国一家智库“亚洲繁荣研究基金会”（APF）发布报告，另一家“太平洋发展中心”（Center for Pacific Development）表示赞同。");
        assertTrue(o.containsAll(List.of("亚洲繁荣研究基金会", "太平洋发展中心")), o.toString());
    }

    @Test
    void aTransliteratedNameInsideANameButNotTheClassNounBeforeIt() {
        List<String> o = organisations("总部在汉堡的智库墨卡托中国研究所（MERICS）发布了报告。");
        assertTrue(o.contains("墨卡托中国研究所"), o.toString());
        assertTrue(o.stream().noneMatch(k -> k.startsWith("智库")), o.toString());
    }

    @Test
    void periodicalsInTitleMarksAndInAListOfMedia() {
        List<String> o = organisations("据《江南交通报》和《海滨晚报》报道，双方发表《联合公报》和《情况通报》。");
        assertTrue(o.containsAll(List.of("江南交通报", "海滨晚报")), o.toString());
        assertFalse(o.contains("联合公报") || o.contains("情况通报"), o.toString());
        o = organisations("新华社、湖南法治报、南方经济周刊等多家媒体记者参加了发布会。");
        assertTrue(o.containsAll(List.of("湖南法治报", "南方经济周刊")), o.toString());
    }

    @Test
    void jointCommitteesTradeAssociationsAndCouncils() {
        List<String> o = organisations("中国新加坡双边合作联委会召开会议，香港机械公会派员出席，上海合作组织成员国外长理事会发表声明。");
        assertTrue(o.containsAll(List.of("中国新加坡双边合作联委会", "香港机械公会", "上海合作组织成员国外长理事会")), o.toString());
    }

    @Test
    void aReportersOutletLabellingAQuestionIsNoByline() {
        assertFalse(OrganisationRecogniser.isCredit("凤凰卫视记者：请问中方如何回应？", 4));
        assertFalse(OrganisationRecogniser.isCredit("路透社记者:中方有何评论?", 3));
        assertFalse(OrganisationRecogniser.isCredit("路透社记者李四报道", 3));
    }

    @Test
    void aConjunctionInsideANameButNotBetweenTwoNames() {
        assertTrue(organisations("江西文物保护与考古研究所发布了发掘报告。").contains("江西文物保护与考古研究所"));
        assertTrue(organisations("中国银行与建设银行公布了业绩。").stream().noneMatch(k -> k.contains("银行与")));
    }

    @Test
    void aCompanyWithItsPlaceInBrackets() {
        List<String> o = organisations("思科系统（香港）有限公司发布调查报告。");
        assertTrue(o.contains("思科系统(香港)有限公司"), o.toString());
    }

    // ---- agencies, mainland organs, ministries with listed domains (session 6; passages written for these tests)

    @Test
    void aNewsAgencyTheTextCites() {
        List<String> o = organisations("据塔斯社报道，援引安莎社消息称，双方已完成谈判。据该社报道，会议顺利。");
        assertTrue(o.containsAll(List.of("塔斯社", "安莎社")), o.toString());
        assertTrue(o.stream().noneMatch(x -> x.contains("该社")), o.toString());
        assertTrue(organisations("據韓聯社13日報道，雙方簽署協定。").contains("韩联社"));
    }

    @Test
    void aStateOrganAfterTheWordForTheMainland() {
        assertTrue(organisations("大陆商务部发言人表示，欢迎双方恢复谈判。").contains("大陆商务部"));
        assertTrue(organisations("大陸外交部發言人表示，歡迎雙方恢復談判。").contains("大陆外交部"));
    }

    @Test
    void aMinistryWhoseDomainsAreListed() {
        List<String> o = organisations("智利经济、发展和旅游部发表声明。");
        assertTrue(o.contains("智利经济、发展和旅游部"), o.toString());
        // a list of economies is no ministry's domains
        List<String> e = organisations("中国、智利和秘鲁外交部发表联合声明。");
        assertTrue(e.stream().noneMatch(x -> x.contains("、")), e.toString());
    }

    @Test
    void anEconomysOrganInsideALongerPhraseIsTheName() {
        List<String> o = organisations("亚太经合组织东道主秘鲁外交部发表声明。");
        assertTrue(o.contains("秘鲁外交部"), o.toString());
        assertFalse(o.contains("亚太经合组织东道主秘鲁外交部"), o.toString());
    }

    @Test
    void anAutonomousRegionsPartyCommittee() {
        List<String> o = organisations("西藏自治区党委书记会见代表团，宁夏回族自治区党委副书记陪同。");
        assertTrue(o.contains("西藏自治区党委"), o.toString());
        assertTrue(o.contains("宁夏回族自治区党委"), o.toString());
    }

    @Test
    void courtsAfterAnEconomyOrItsAbbreviation() {
        assertTrue(organisations("智利宪法法院周三作出裁定。").contains("智利宪法法院"));
        assertTrue(organisations("协定须经厄宪法法院审查。").contains("厄宪法法院"));
    }

    @Test
    void aMinistryInsideItsMinistersTitleBeforeAName() {
        List<String> o = organisations("会上，农业部长陈明华及交通部长王小明与秘鲁代表签署协议。");
        assertTrue(o.containsAll(List.of("农业部", "交通部")), o.toString());
        assertTrue(organisations("會上，農業部長陳明華、運動部長王小明與智利代表簽署協議。").containsAll(List.of("农业部", "运动部")));
        // a title without a name names no body; nor does a word that is no ministry's domain (统筹部长)
        List<String> g = organisations("各国的经济部长出席会议。会上，统筹部长王小明发言。");
        assertFalse(g.contains("经济部"), g.toString());
        assertFalse(g.contains("统筹部"), g.toString());
    }

    @Test
    void aBodyNamedInQuotationMarks() {
        List<String> o = organisations("两国各派代表成立「中智青年交流小组」，并设立“中秘渔业合作联委会”。");
        assertTrue(o.containsAll(List.of("中智青年交流小组", "中秘渔业合作联委会")), o.toString());
        assertTrue(organisations("兩國成立「中智青年交流小組」以推動合作。").contains("中智青年交流小组"));
        // a quoted phrase that names no body
        assertTrue(organisations("双方提出“共同发展”的理念。").stream().noneMatch(x -> x.contains("发展")));
    }

    @Test
    void aKnownNameBeforeItsAcronymIsTheNameGlossed() {
        List<String> o = organisations("这将如何影响中国和东南亚国家联盟(ASEAN)之间的贸易。智利主要出口市场亚太经合组织(APEC)成员。");
        assertFalse(o.contains("中国和东南亚国家联盟"), o.toString());
        assertTrue(o.stream().noneMatch(x -> x.startsWith("智利主要")), o.toString());
    }

    @Test
    void aMinistryWrittenInFullBeforeItsMinistersTitleAndName() {
        List<String> o = organisations("王小明与自然资源和环境部部长陈明会谈。");
        assertTrue(o.contains("自然资源和环境部"), o.toString());
        assertTrue(organisations("代表團由農村發展部部長卡拉斯托率領。").contains("农村发展部"));
        // an economy before the ministry: not read back over it, nor over the verb before it
        assertTrue(organisations("王小明会见智利农村发展部部长陈明。").stream().noneMatch(x -> x.startsWith("会见")));
        // no name after the title: no body read from it
        assertTrue(organisations("两国的农村发展部部长举行会谈。").stream().noneMatch(x -> x.endsWith("发展部")));
    }
}
