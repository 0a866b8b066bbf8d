package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.organisations;
import static org.diplokg.extractor.summary.Passages.assertHas;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Organisations by class of body (issue 10: names that generalise beyond the development documents), on passages
 * written for the test in simplified and traditional script, with the shipped reference data.
 */
class JsonSummaryOrganisationsByClassTest {

    @Test
    void twoLocalBodiesJoinedByAConjunctionAreTwoNames() {
        List<String> o = organisations("广东省商务厅和深圳市商务局联合举办推介会，四川省贸促会和重庆市工商联组织企业参展。");
        assertHas(o, "广东省商务厅", "深圳市商务局", "四川省贸促会", "重庆市工商联");
        assertTrue(o.stream().noneMatch(k -> k.contains("和")), o.toString());
        assertHas(organisations("湖南省商務廳與長沙市商務局組織企業參展。"), "湖南省商務廳", "長沙市商務局");
    }

    @Test
    void aLocalGovernmentAsSuchIsNotAnOrganisationButItsOfficesAre() {
        List<String> o = organisations("江苏省人民政府与商务部签署合作协议，厦门市人民政府外事办公室派员参加。");
        assertHas(o, "商务部", "厦门市人民政府外事办公室");
        assertFalse(o.contains("江苏省人民政府"), o.toString());
        assertFalse(organisations("福建省人民政府與商務部簽署合作協議。").contains("福建省人民政府"));
    }

    @Test
    void nationalNewsAgenciesByTheirShortNames() {
        assertHas(organisations("日本时事社和俄新社报道，越通社和朝中社也发布了消息。意大利安莎社和西班牙埃菲社也作了报道。"),
                "日本时事社", "俄新社", "越通社", "朝中社", "安莎社", "埃菲社");
        assertHas(organisations("德新社報導，拉美社與白通社也發布了消息。"), "德新社", "拉美社", "白通社");
    }

    @Test
    void japansMinistriesWithoutTheCountry() {
        assertHas(organisations("日本经济产业省和外务省当天发表声明。"), "外务省");
        assertHas(organisations("外務省與防衛省官員出席會議。"), "外務省", "防衛省");
    }

    @Test
    void politicalPartiesByNameAloneOrAfterTheirCountry() {
        assertHas(organisations("英国工党和保守党在议会辩论中发生争执。"), "英国工党", "保守党");
        assertHas(organisations("柬埔寨人民党和老挝人民革命党代表出席了对话会。"), "柬埔寨人民党", "老挝人民革命党");
        assertHas(organisations("澳洲工黨與自由黨在大選中展開激烈競爭。"), "自由黨");
    }

    @Test
    void companiesWithTheirTradeOrTheirRegisteredName() {
        assertHas(organisations("丰田汽车公司和马士基集团宣布扩大在华投资。"), "丰田汽车公司", "马士基集团");
        assertHas(organisations("宁德时代新能源科技股份有限公司在匈牙利投资建厂。"), "宁德时代新能源科技股份有限公司");
        assertHas(organisations("台灣積體電路製造股份有限公司與鴻海科技集團宣布赴美投資。"), "台灣積體電路製造股份有限公司", "鴻海科技集團");
        // HanLP reads 曾在 as a two-character name: no brand
        assertTrue(organisations("他曾在一家银行工作。").isEmpty());
    }

    @Test
    void institutionsNamedAfterABrandOrAPersonAndAUniversitysCentres() {
        assertHas(organisations("彼得森国际经济研究所和复旦大学美国研究中心发布报告。"), "彼得森国际经济研究所", "复旦大学美国研究中心");
        List<String> o = organisations("北京大学和清华大学的学者参加了研讨会。");
        assertHas(o, "北京大学", "清华大学");
        assertTrue(o.stream().noneMatch(k -> k.contains("和")), o.toString());
        assertHas(organisations("中華經濟研究院與國立臺灣大學發布報告。"), "中華經濟研究院", "國立臺灣大學");
    }

    @Test
    void jointBodiesWithChinaSecondOrJoinedByADash() {
        assertHas(organisations("日本经济团体联合会和日中经济协会代表团访华，美中贸易全国委员会也派员出席。"), "日中经济协会", "美中贸易全国委员会");
        assertHas(organisations("中国—东盟商务理事会和中日友好协会联合主办。"), "中国—东盟商务理事会", "中日友好协会");
    }

    @Test
    void aBodyEndingInAgencyOnlyBeforeItsAcronym() {
        assertHas(organisations("日本贸易振兴机构（JETRO）发布了报告。"), "日本贸易振兴机构");
        assertTrue(organisations("日本金融机构和研究机构参加了会议。").stream().noneMatch(k -> k.endsWith("机构")));
    }

    @Test
    void genericReferencesNameNoBody() {
        assertTrue(organisations("两国政府有关部门、各国商会、当地银行和两国大学将加强合作，这家公司表示支持。").isEmpty());
    }
}
