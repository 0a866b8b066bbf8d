package org.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.MiniExtractor;
import org.junit.jupiter.api.Test;

class AgreementStatementFinderTest {

    private static List<AgreementStatement> statements(String text) {
        DocumentKnowledge k = MiniExtractor.extract(text, "2021-11-13");
        return k.statements();
    }

    @Test
    void anApplicationToJoinIsAStatementOfTheEconomyThatApplied() {
        List<AgreementStatement> s = statements("中方已申请加入《全面与进步跨太平洋伙伴关系协定》。");
        assertEquals(1, s.size(), s.toString());
        assertEquals("AppliedToJoin", s.get(0).action());
        assertEquals("https://w3id.org/diplokg/id/agreement/cptpp", s.get(0).agreement());
        assertEquals("https://w3id.org/diplokg/id/economy/cn", s.get(0).actor());
    }

    @Test
    void aSigningCarriesTheDateOfItsSentence() {
        List<AgreementStatement> s = statements("2020年11月15日，中国等15国正式签署区域全面经济伙伴关系协定。");
        assertEquals(1, s.size(), s.toString());
        assertEquals("Signed", s.get(0).action());
        assertEquals("2020-11-15", s.get(0).date().iso());
    }

    @Test
    void hopesAndPlansAreNotStatements() {
        assertTrue(statements("中方期待《区域全面经济伙伴关系协定》明年如期生效。").isEmpty());
        assertTrue(statements("推动区域全面经济伙伴关系协定(RCEP)早日生效。").isEmpty());
        assertTrue(statements("中方将积极考虑加入全面与进步跨太平洋伙伴关系协定。").isEmpty());
    }

    @Test
    void theVerbMustStandNextToTheAgreement() {
        assertTrue(statements("中国签署的协定很多，区域全面经济伙伴关系协定的规则较新。").isEmpty());
    }

    @Test
    void aGroupNamedOnlyInPartHasNoActor() {
        List<AgreementStatement> s = statements("2020年11月15日，中国、新西兰等15国正式签署区域全面经济伙伴关系协定。");
        assertEquals(1, s.size(), s.toString());
        assertNull(s.get(0).actor());
    }

    @Test
    void coordinatedEconomiesAreOneActorEach() {
        List<AgreementStatement> s = statements("中国与智利签署了《全面与进步跨太平洋伙伴关系协定》。");
        assertEquals(List.of("中国", "智利"), s.stream().map(AgreementStatement::actorName).toList(), s.toString());
        assertTrue(s.stream().allMatch(x -> x.action().equals("Signed")));
    }

    @Test
    void anAgreementBeforeItsVerbIsTheSubject() {
        List<AgreementStatement> s = statements("中方欢迎区域全面经济伙伴关系协定完成签署。");
        assertEquals(1, s.size(), s.toString());
        assertEquals("Signed", s.get(0).action());
        assertNull(s.get(0).actor(), "中方 welcomes it; it did not sign alone");

        s = statements("《区域全面经济伙伴关系协定》签字仪式在北京举行。");
        assertEquals("Signed", s.get(0).action());

        s = MiniExtractor.extract("《区域全面经济伙伴关系协定》于2022年1月1日正式生效。", "2022-01-02").statements();
        assertEquals(1, s.size(), s.toString());
        assertEquals("EnteredIntoForce", s.get(0).action());
        assertNull(s.get(0).actor());
        assertEquals("2022-01-01", s.get(0).date().iso());
    }

    @Test
    void theRecipientOfAnApplicationIsNotItsActor() {
        List<AgreementStatement> s = statements("斐济已正式向新西兰申请加入《全面与进步跨太平洋伙伴关系协定》。");
        assertEquals(1, s.size(), s.toString());
        assertEquals("斐济", s.get(0).actorName());
        assertEquals("AppliedToJoin", s.get(0).action());
    }

    @Test
    void aSubjectlessClauseSharesTheSubjectOfTheSentence() {
        List<AgreementStatement> s = statements("秘鲁昨天宣布，已向新西兰递交了加入《全面与进步跨太平洋伙伴关系协定》的申请。");
        assertEquals(1, s.size(), s.toString());
        assertEquals("秘鲁", s.get(0).actorName());
    }

    @Test
    void anEconomyNamedOnlyInAnotherClauseWithAPersonIsNotTheActor() {
        List<AgreementStatement> s = statements("智利学者高峰认为，区域全面经济伙伴关系协定由东盟发起。");
        assertTrue(s.stream().noneMatch(x -> "智利".equals(x.actorName())), s.toString());
    }

    @Test
    void aClauseWithoutTheAgreementStatesAnActOfTheOneJustNamed() {
        List<AgreementStatement> s = statements("《区域全面经济伙伴关系协定》于2012年启动谈判，于2020年11月正式签署。");
        AgreementStatement signed = s.stream().filter(x -> x.action().equals("Signed")).findFirst().orElseThrow();
        assertEquals("2020-11", signed.date().iso());
        assertTrue(s.stream().anyMatch(x -> x.action().equals("LaunchedNegotiations")), s.toString());
    }

    @Test
    void theNineActionsOfTheAnnotation() {
        assertEquals("Withdrew", only("2017年，哥伦比亚宣布退出《全面与进步跨太平洋伙伴关系协定》。").action());
        assertEquals("2017", only("2017年，哥伦比亚宣布退出《全面与进步跨太平洋伙伴关系协定》。").date().iso());
        assertEquals("ConcludedNegotiations", statements("中国与东盟实质性结束中国－东盟自由贸易区谈判。").get(0).action());
        assertEquals("LaunchedNegotiations", only("智利启动了全面与进步跨太平洋伙伴关系协定谈判。").action());
        assertEquals("Ratified", only("秘鲁已完成国内批准程序，批准了《全面与进步跨太平洋伙伴关系协定》。").action());
        assertEquals("Acceded", only("斐济正式加入《全面与进步跨太平洋伙伴关系协定》。").action());
        assertEquals("Upgraded", only("中国－东盟自由贸易区完成升级。").action());
    }

    @Test
    void negationsAndDecisionsAreNotActs() {
        assertTrue(statements("智利不会重新申请加入全面与进步跨太平洋伙伴关系协定。").isEmpty());
        assertTrue(statements("斐济决定申请加入全面与进步跨太平洋伙伴关系协定。").isEmpty());
        assertTrue(statements("秘鲁预计2024年批准区域全面经济伙伴关系协定。").isEmpty());
    }

    @Test
    void anEconomyActsThroughWhoRepresentsIt() {
        List<AgreementStatement> s = statements("11月1日，王毅代表中国向新西兰正式提出加入全面与进步跨太平洋伙伴关系协定的申请。");
        assertEquals(1, s.size(), s.toString());
        assertEquals("中国", s.get(0).actorName());
        assertEquals("2021-11-01", s.get(0).date().iso());
    }

    private static AgreementStatement only(String text) {
        List<AgreementStatement> s = statements(text);
        assertEquals(1, s.size(), s.toString());
        return s.get(0);
    }

    @Test
    void aPluralReferenceStatesTheActOfEveryAgreementNamedBeforeIt() {
        List<AgreementStatement> s = statements("他指出，《区域全面经济伙伴关系协定》及《全面与进步跨太平洋伙伴关系协定》是合作平台，两份协定涉及的部分已经生效。");
        assertEquals(List.of("https://w3id.org/diplokg/id/agreement/rcep", "https://w3id.org/diplokg/id/agreement/cptpp"),
                s.stream().map(AgreementStatement::agreement).toList(), s.toString());
        assertTrue(s.stream().allMatch(x -> x.action().equals("EnteredIntoForce")), s.toString());
    }

    @Test
    void theAgentInsideAVerbPatternThatSpansItActs() {
        // ＠+…发起 is one match from the agreement to the verb: the agent after 由 is still its actor
        List<AgreementStatement> s = statements("区域全面经济伙伴关系协定最初是由东盟发起的。");
        assertEquals(1, s.size(), s.toString());
        assertEquals("LaunchedNegotiations", s.get(0).action());
        assertEquals("东盟", s.get(0).actorName(), s.toString());
    }

    @Test
    void aChronologyInASentenceNamingNoAgreementIsTheHistoryOfTheDocumentsAgreement() {
        List<AgreementStatement> s = MiniExtractor.extract("各方高度评价中国－东盟自由贸易区的成果。\n"
                + "其升级历程是一部合作深化史。2002年启动谈判，2010年全面建成，2022年11月3.0版建设启动。", "2023-05-01").statements();
        List<String> acts = s.stream().map(x -> x.action() + " " + x.date().iso()).toList();
        assertEquals(List.of("LaunchedNegotiations 2002", "EnteredIntoForce 2010", "LaunchedNegotiations 2022-11"), acts, s.toString());
        assertTrue(s.stream().allMatch(x -> x.agreement().endsWith("/cafta")), s.toString());
    }

    // issue 10, session 5: classes of the even half, each on a passage written for the test

    @Test
    void aCoActorAfterATimeAndAConjunctionActsToo() {
        List<AgreementStatement> s = statements("智利本周（3月2日）与秘鲁外长冈萨雷斯举行视频会议，宣布启动《数字经济伙伴关系协定》谈判。");
        assertEquals(List.of("智利", "秘鲁"), s.stream().map(AgreementStatement::actorName).toList(), s.toString());
        assertTrue(s.stream().allMatch(x -> x.action().equals("LaunchedNegotiations") && x.date().iso().equals("2021-03-02")), s.toString());
    }

    @Test
    void bothPartiesAreTheTwoNamedBefore() {
        List<AgreementStatement> s = statements("本周，秘鲁以视频方式会晤智利外长冈萨雷斯，双方同意启动《数字经济伙伴关系协定》谈判。");
        assertEquals(List.of("秘鲁", "智利"), s.stream().map(AgreementStatement::actorName).toList(), s.toString());
        // one party named only: 双方 names no one the summary can list
        s = statements("双方同意启动《数字经济伙伴关系协定》谈判。");
        assertEquals(1, s.size(), s.toString());
        assertNull(s.get(0).actor());
    }

    @Test
    void aSecondObjectOfTheVerbStillEndsTheClause() {
        List<AgreementStatement> s = statements("各方2019年11月在曼谷就《区域全面经济伙伴关系协定》举行会议，宣布结束全部文本谈判及所有市场准入谈判（资料照片）。");
        AgreementStatement concluded = s.stream().filter(x -> x.action().equals("ConcludedNegotiations")).findFirst().orElseThrow(() -> new AssertionError(s.toString()));
        assertEquals("2019-11", concluded.date().iso());
        assertNull(concluded.actor());
    }

    @Test
    void whatAnAgreementAllowsOthersToDoIsNoAct() {
        assertTrue(statements("《全面与进步跨太平洋伙伴关系协定》成员包括智利等国，并允许其他国家申请入会。").isEmpty());
    }

    @Test
    void discussionsBegunYearsAgoAreTheLaunch() {
        AgreementStatement s = only("《区域全面经济伙伴关系协定》（9年前开始讨论时另有名称）的规则较新。");
        assertEquals("LaunchedNegotiations", s.action());
        assertEquals("2012", s.date().iso());
        assertNull(s.actor());
    }

    @Test
    void aLeaderActsForTheEconomyHisTitleNames() {
        List<AgreementStatement> s = statements("哥伦比亚总统佩特罗签署行政命令，宣布退出《全面与进步跨太平洋伙伴关系协定》。");
        assertEquals(1, s.size(), s.toString());
        assertEquals("Withdrew", s.get(0).action(), "the order was signed, not the agreement");
        assertEquals("哥伦比亚", s.get(0).actorName());
    }

    @Test
    void coordinatedMinistersActForTheirEconomies() {
        List<AgreementStatement> s = statements("智利外长冈萨雷斯与秘鲁外长门多萨举行视频会议，共同宣布完成《数字经济伙伴关系协定》谈判。");
        assertEquals(List.of("智利", "秘鲁"), s.stream().map(AgreementStatement::actorName).toList(), s.toString());
        assertTrue(s.stream().allMatch(x -> x.action().equals("ConcludedNegotiations")), s.toString());
    }

    @Test
    void aGroupingWithItsMemberCountAndTheEconomiesAddedToItAllAct() {
        List<AgreementStatement> s = statements("东盟10国加上中国、智利与秘鲁去年11月签署《区域全面经济伙伴关系协定》。");
        assertEquals(List.of("东盟", "中国", "智利", "秘鲁"), s.stream().map(AgreementStatement::actorName).toList(), s.toString());
        assertTrue(s.stream().allMatch(x -> x.date().iso().equals("2020-11")), s.toString());
    }

    @Test
    void preparingAndHopingSoonAreNotActs() {
        assertTrue(statements("各方同意尽早完成《区域全面经济伙伴关系协定》谈判。").isEmpty());
        assertTrue(statements("各方正在做好签署《数字经济伙伴关系协定》的各项准备工作。").isEmpty());
    }

    @Test
    void aClauseOfTimeBeforeTheAgreementStatesItsAct() {
        AgreementStatement s = only("秘鲁自2021年9月22日申请入会以来，积极调整经贸体制，宣示符合《全面与进步跨太平洋伙伴关系协定》的标准。");
        assertEquals("AppliedToJoin", s.action());
        assertEquals("秘鲁", s.actorName());
        assertEquals("2021-09-22", s.date().iso());
    }

    @Test
    void ministersActForTheEconomyThatBeginsTheirMinistry() {
        List<AgreementStatement> s = statements("3月8日，智利外交部副部长罗哈斯与秘鲁外贸和旅游部部长加西亚分别代表本国政府签署"
                + "《全面与进步跨太平洋伙伴关系协定》。");
        assertEquals(List.of("智利", "秘鲁"), s.stream().map(AgreementStatement::actorName).toList(), s.toString());
        assertTrue(s.stream().allMatch(x -> x.dateIso().equals("2021-03-08")), s.toString());
        List<AgreementStatement> hant = statements("當天，紐西蘭貿易部長歐康納與斐濟駐華大使馬納薩分別代表兩國政府，"
                + "以視頻方式宣布啟動《全面與進步跨太平洋夥伴關係協定》談判。");
        assertEquals(List.of("紐西蘭", "斐濟"), hant.stream().map(AgreementStatement::actorName).toList(), hant.toString());
    }

    @Test
    void theDayNearestBeforeTheVerbDatesTheAct() {
        AgreementStatement s = statements("新华社利马11月3日电 秘鲁与智利2日正式签署《全面与进步跨太平洋伙伴关系协定》。").get(0);
        assertEquals("2021-11-02", s.dateIso(), "the dateline's day is the report's, not the signing's");
    }

    @Test
    void aDayWithoutAYearIsWrittenWithoutOne() {
        List<AgreementStatement> s = MiniExtractor.extract("7月20日，哥伦比亚与秘鲁签署了《全面与进步跨太平洋伙伴关系协定》。", null).statements();
        assertEquals(2, s.size(), s.toString());
        assertTrue(s.stream().allMatch(x -> x.date() == null && "--07-20".equals(x.dateIso())), s.toString());
    }

    @Test
    void anActDatedAfterThePublicationIsStillToCome() {
        assertTrue(statements("《区域全面经济伙伴关系协定》12月1日对新西兰正式生效。").isEmpty(), "published 2021-11-13");
        assertEquals(1, statements("《区域全面经济伙伴关系协定》11月1日对新西兰正式生效。").size());
    }

    @Test
    void theDayBeforeTheParagraphDatesItsSameDay() {
        List<AgreementStatement> s = statements("秘鲁与智利12日在利马举行会谈。\n當天，哥倫比亞正式申請加入《區域全面經濟夥伴關係協定》。");
        assertEquals(1, s.size(), s.toString());
        assertEquals("2021-11-12", s.get(0).dateIso());
    }

    @Test
    void theTitleOfAMemorandumStatesNoActOfTheAgreementItNames() {
        List<AgreementStatement> s = statements("当天，秘鲁与智利签署了《关于启动全面与进步跨太平洋伙伴关系协定谈判的谅解备忘录》。");
        assertTrue(s.stream().noneMatch(x -> x.action().equals("LaunchedNegotiations")), s.toString());
    }

    @Test
    void putIntoEffectOnADayIsEntryIntoForce() {
        List<AgreementStatement> s = statements("《区域全面经济伙伴关系协定》于2020年11月签署，并于2021年10月1日实施。");
        assertEquals(List.of("Signed 2020-11", "EnteredIntoForce 2021-10-01"),
                s.stream().map(x -> x.action() + " " + x.dateIso()).toList(), s.toString());
    }

    @Test
    void whatOnlyAwaitsOrIsToBeSubmittedIsNotDone() {
        assertTrue(statements("《區域全面經濟夥伴關係協定》只需再經過各國批准程序即可正式生效。").isEmpty());
        assertTrue(statements("双方一致同意提交下月举行的领导人会议核可并签署《全面与进步跨太平洋伙伴关系协定》。").isEmpty());
    }

    @Test
    void anEntryIntoForceThatCanOrWillOnlyThenHappenIsNoAct() {
        // sets D and E odd halves: a possibility (才会/可以生效) and a time frame counted from it (生效后十年内)
        assertEquals(List.of(), statements("达到门槛以后，《区域全面经济伙伴关系协定》才会正式生效。").stream().map(x -> x.action() + " " + x.dateIso()).toList());
        assertTrue(statements("分析人士估计，明年年初《區域全面經濟夥伴關係協定》可以正式生效。").isEmpty());
        assertTrue(statements("《区域全面经济伙伴关系协定》生效后十年内，区内九成货物将取消关税。").isEmpty());
        // a condition is no report either (只要谈判一完成, 一旦签署)
        assertTrue(statements("部长表示，只要《全面与进步跨太平洋伙伴关系协定》谈判一完成，就会提交议会。").isEmpty());
        assertTrue(statements("一旦《區域全面經濟夥伴關係協定》正式生效，關稅將逐步降低。").isEmpty());
        // an entry into force reported as done keeps its date
        assertEquals(List.of("EnteredIntoForce 2017"), statements("《全面与进步跨太平洋伙伴关系协定》在2017年生效后，多国表示想加入。")
                .stream().map(x -> x.action() + " " + x.dateIso()).toList());
    }

    @Test
    void theBodiesTheTwoSidesOfASigningNameAreItsActors() {
        // sets D and E odd halves: signings by bodies outside the reference had no actor
        List<String> a = statements("2021年5月6日，甲市商会联合会与乙国农业和食品委员会签订《中华人民共和国政府和新西兰政府自由贸易协定》。")
                .stream().map(AgreementStatement::actorName).toList();
        assertEquals(List.of("甲市商会联合会", "乙国农业和食品委员会"), a);
        // a side that names no body (a fragment of a title, a crowd) leaves the signing to the rules before
        List<String> b = statements("英国商业与贸易委员会主任委员某某正式签署《全面与进步跨太平洋伙伴关系协定》。")
                .stream().map(AgreementStatement::actorName).toList();
        assertTrue(b.stream().noneMatch(x -> x != null && x.startsWith("贸易")), b.toString());
    }

    @Test
    void twoEconomiesAbbreviatedBeforeBothPartiesActTogether() {
        List<AgreementStatement> s = statements("智利外长与秘鲁外长通了电话。2021年3月2日，智秘两国正式签署《全面与进步跨太平洋伙伴关系协定》。");
        assertEquals(List.of("智利", "秘鲁"), s.stream().map(AgreementStatement::actorName).toList(), s.toString());
        assertTrue(s.stream().allMatch(x -> x.dateIso().equals("2021-03-02")), s.toString());
        List<AgreementStatement> hant = statements("紐西蘭與斐濟建交多年。紐斐兩國2019年啟動有關的共同研究，"
                + "2020年5月正式啟動《區域全面經濟夥伴關係協定》談判。");
        assertEquals(List.of("紐西蘭", "斐濟"), hant.stream().map(AgreementStatement::actorName).toList(), hant.toString());
        assertTrue(statements("智利外长通了电话。智秘两国正式签署《全面与进步跨太平洋伙伴关系协定》。").stream()
                .allMatch(x -> x.actor() == null), "秘 names no economy the document names");
    }

    @Test
    void bothPartiesOpeningASentenceAreTheTwoTheSentenceBeforeNamed() {
        List<AgreementStatement> s = statements("秘鲁与智利3日在利马举行经贸磋商。双方团队宣布正式启动《全面与进步跨太平洋伙伴关系协定》谈判。");
        assertEquals(List.of("秘鲁", "智利"), s.stream().map(AgreementStatement::actorName).toList(), s.toString());
        // named only inside the ministers' titles
        List<AgreementStatement> hant = statements("紐西蘭貿易部長與斐濟外交部長8日通話。雙方宣佈正式簽署《區域全面經濟夥伴關係協定》。");
        assertEquals(2, hant.size(), hant.toString());
        assertTrue(hant.stream().map(AgreementStatement::actorName).toList().containsAll(List.of("紐西蘭", "斐濟")), hant.toString());
        // three named before: no telling which two
        List<AgreementStatement> three = statements("秘鲁、智利与哥伦比亚举行磋商。双方宣布正式签署《全面与进步跨太平洋伙伴关系协定》。");
        assertTrue(three.stream().allMatch(x -> x.actor() == null), three.toString());
    }

    @Test
    void abbreviatedPartiesNamedOnlyInTitlesStillAct() {
        List<AgreementStatement> s = statements("秘鲁外贸部长与智利外长通了电话。智秘两国正式签署《全面与进步跨太平洋伙伴关系协定》。");
        assertEquals(List.of("智利", "秘鲁"), s.stream().map(AgreementStatement::actorName).toList(), s.toString());
    }

    /** With the shipped reference (the mini one knows no ministry). */
    private static List<AgreementStatement> withFullReference(String body) {
        return org.diplokg.extractor.Seeds.extractor().extract(new org.diplokg.extractor.read.SourceDocument("test/organ.txt",
                "0".repeat(64), org.diplokg.extractor.read.DocumentFormat.TEXT, "UTF-8", null,
                org.diplokg.extractor.dates.PartialDate.parseIso("2022-07-13"), "header", null, null, body, List.of())).statements();
    }

    @Test
    void aStateOrganActsForItsEconomy() {
        // 商务部 alone: the reference knows it as the Chinese ministry, and the text names China
        List<AgreementStatement> s = withFullReference("中国与尼加拉瓜关系密切。商务部称，启动中国－尼加拉瓜自由贸易协定谈判。");
        assertEquals(List.of("中国"), s.stream().map(AgreementStatement::actorName).toList(), s.toString());
        List<AgreementStatement> hant = withFullReference("中國商務部12日宣佈，啟動中國－尼加拉瓜自由貿易協定談判。");
        assertEquals(List.of("中國"), hant.stream().map(AgreementStatement::actorName).toList(), hant.toString());
        // a grouping is no organ of an economy: 东盟 still acts as itself
        List<AgreementStatement> asean = withFullReference("东盟与中国宣布启动中国－东盟自由贸易区3.0版谈判。");
        assertTrue(asean.stream().map(AgreementStatement::actorName).toList().contains("东盟"), asean.toString());
    }

    @Test
    void aPlanCarriesToTheSubjectlessClausesAfterIt() {
        assertTrue(statements("秘鲁与智利将于下月启动《全面与进步跨太平洋伙伴关系协定》谈判，年内完成谈判并签署。").isEmpty());
        assertTrue(statements("紐西蘭與斐濟擬於年底前完成《區域全面經濟夥伴關係協定》談判，明年正式簽署。").isEmpty());
        // a clause with its own subject, a date or 了 states its own act
        List<AgreementStatement> own = statements("秘鲁将继续推动合作，智利正式签署《全面与进步跨太平洋伙伴关系协定》。");
        assertEquals(List.of("智利"), own.stream().map(AgreementStatement::actorName).toList(), own.toString());
        List<AgreementStatement> dated = statements("秘鲁将继续推动合作，2018年3月8日签署《全面与进步跨太平洋伙伴关系协定》。");
        assertEquals(1, dated.size(), dated.toString());
        List<AgreementStatement> perfective = statements("秘鲁准备扩大出口，已签署了《全面与进步跨太平洋伙伴关系协定》。");
        assertEquals(1, perfective.size(), perfective.toString());
    }

    @Test
    void signatoriesAfterTheAgreementAndByActForTheEconomiesOfTheirTitles() {
        List<AgreementStatement> s = statements("3日，《全面与进步跨太平洋伙伴关系协定》由智利外交部部长阿连德与秘鲁外贸和旅游部部长费雷罗在利马正式签署。");
        assertEquals(List.of("智利", "秘鲁"), s.stream().map(AgreementStatement::actorName).toList(), s.toString());
        List<AgreementStatement> hant = statements("5日，《區域全面經濟夥伴關係協定》由紐西蘭貿易部長歐康納與斐濟外交部長馬納薩通過視頻方式正式簽署。");
        assertEquals(List.of("紐西蘭", "斐濟"), hant.stream().map(AgreementStatement::actorName).toList(), hant.toString());
    }

    @Test
    void thePartnerAfterWithRightBeforeTheVerbSignsToo() {
        List<AgreementStatement> s = statements("秘鲁8日成为第三个与智利签署《全面与进步跨太平洋伙伴关系协定》的国家。");
        assertEquals(List.of("秘鲁", "智利"), s.stream().map(AgreementStatement::actorName).toList(), s.toString());
        List<AgreementStatement> hant = statements("斐濟5日正式與紐西蘭簽署《區域全面經濟夥伴關係協定》。");
        assertEquals(List.of("斐濟", "紐西蘭"), hant.stream().map(AgreementStatement::actorName).toList(), hant.toString());
    }

    @Test
    void bothPartiesInAnEarlierClauseAreTheSubjectOfALaterOne() {
        List<AgreementStatement> s = statements("秘鲁与智利互为重要伙伴。在两国领导人推动下，双方团队经过三轮谈判，"
                + "于2018年3月8日正式结束《全面与进步跨太平洋伙伴关系协定》谈判。");
        assertEquals(List.of("秘鲁 2018-03-08", "智利 2018-03-08"),
                s.stream().map(x -> x.actorName() + " " + x.dateIso()).toList(), s.toString());
    }

    @Test
    void completedConsultationsOnANamedAgreementConcludeItsNegotiations() {
        List<AgreementStatement> s = statements("紐西蘭與斐濟確認完成了《區域全面經濟夥伴關係協定》磋商。");
        assertEquals(List.of("ConcludedNegotiations"), s.stream().map(AgreementStatement::action).distinct().toList(), s.toString());
    }

    @Test
    void aChronologyOfTheNegotiationsStatesTheirLaunchAndConclusion() {
        List<AgreementStatement> s = statements("《区域全面经济伙伴关系协定》谈判于2012年11月20日正式启动，2019年11月实质性完成。");
        assertEquals(List.of("LaunchedNegotiations 2012-11-20", "ConcludedNegotiations 2019-11"),
                s.stream().map(x -> x.action() + " " + x.dateIso()).toList(), s.toString());
        List<AgreementStatement> hant = statements("《區域全面經濟夥伴關係協定》談判在2013年5月啟動，2020年10月實質性結束。");
        assertEquals(List.of("LaunchedNegotiations 2013-05", "ConcludedNegotiations 2020-10"),
                hant.stream().map(x -> x.action() + " " + x.dateIso()).toList(), hant.toString());
    }

    @Test
    void aBodyTheReferenceDoesNotKnowActsForItsEconomy() {
        List<AgreementStatement> s = statements("秘鲁国会3月5日批准《全面与进步跨太平洋伙伴关系协定》。");
        assertEquals(1, s.size(), s.toString());
        assertEquals("秘鲁", s.get(0).actorName());
        assertEquals("Ratified", s.get(0).action());
        List<AgreementStatement> hant = statements("智利國會上週以投票表決方式批准了《區域全面經濟夥伴關係協定》。");
        assertEquals(List.of("智利"), hant.stream().map(AgreementStatement::actorName).toList(), hant.toString());
    }

    @Test
    void aDayWithoutAYearCompletesAnUndatedHeadline() {
        List<AgreementStatement> s = MiniExtractor.extract("哥伦比亚与秘鲁签署《全面与进步跨太平洋伙伴关系协定》\n"
                + "7月20日，哥伦比亚与秘鲁签署了《全面与进步跨太平洋伙伴关系协定》。", null).statements();
        assertEquals(List.of("--07-20", "--07-20"), s.stream().map(AgreementStatement::dateIso).toList(), s.toString());
    }
}
