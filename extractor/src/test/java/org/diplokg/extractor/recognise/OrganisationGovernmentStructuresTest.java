package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/**
 * Reference data complete for a government's structure: the bodies the Hong Kong and Macao Basic Laws set up, the UN
 * Secretariat's departments, State Council departments abolished in 2008–2018, Taiwan's authorities beside the
 * Executive Yuan, and a state's full official name before its organ.
 */
class OrganisationGovernmentStructuresTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    private static boolean has(List<String> o, String... forms) {
        return o.stream().anyMatch(n -> List.of(forms).contains(n));
    }

    @Test
    void hongKongDepartmentsInTheirHeadsTitles() {
        List<String> o = organisations("典禮由律政司司長主禮,財政司司長及政務司司長亦有出席,香港立法會議員和行政會議成員到場。");
        assertTrue(has(o, "律政司"), o.toString());
        assertTrue(has(o, "財政司", "财政司"), o.toString());
        assertTrue(has(o, "政務司", "政务司"), o.toString());
        assertTrue(has(o, "香港立法會", "香港立法会"), o.toString());
        assertTrue(has(o, "行政會議", "行政会议"), o.toString());
    }

    @Test
    void hongKongDepartmentsUnderTheBureausAndTheExchange() {
        List<String> o = organisations("投資推廣署與入境事務處聯合推出新計劃,港交所行政總裁及漁護署署長出席。");
        assertTrue(has(o, "投資推廣署", "投资推广署"), o.toString());
        assertTrue(has(o, "入境事務處", "入境事务处"), o.toString());
        assertTrue(has(o, "港交所"), o.toString());
        assertTrue(has(o, "漁護署", "渔护署"), o.toString());
    }

    @Test
    void macaoSecretariatsAndCourts() {
        List<String> o = organisations("社会文化司司长和运输工务司司长出席晚宴,澳门终审法院院长致辞,外交部驻澳门特派员公署副特派员到场。");
        assertTrue(has(o, "社会文化司"), o.toString());
        assertTrue(has(o, "运输工务司"), o.toString());
        assertTrue(has(o, "澳门终审法院"), o.toString());
        assertTrue(has(o, "外交部驻澳门特派员公署"), o.toString());
    }

    @Test
    void aBareNameBothRegionsUseIsListed() {
        // 立法会, 终审法院: Hong Kong's and Macao's bodies alike; listed as written (the link: OrgSharedRegionalLabelTest)
        List<String> o = organisations("终审法院院长致辞,立法会主席到场。");
        assertTrue(o.contains("终审法院") && o.contains("立法会"), o.toString());
    }

    @Test
    void aCommandersTitleIsNoSecretariat() {
        List<String> o = organisations("1949年,時任保安司令表示支持戒嚴。");
        assertFalse(o.stream().anyMatch(n -> n.equals("保安司")), o.toString());
    }

    @Test
    void unSecretariatDepartmentsAndTheirShortForms() {
        List<String> o = organisations("联合国和平行动部与联合国经社部当天分别发表报告,联合国裁军事务厅也参加了讨论。");
        assertTrue(has(o, "联合国和平行动部"), o.toString());
        assertTrue(has(o, "联合国经社部"), o.toString());
        assertTrue(has(o, "联合国裁军事务厅"), o.toString());
    }

    @Test
    void stateCouncilDepartmentsOfEarlierYears() {
        List<String> o = organisations("2012年,卫生部副部长和国家质检总局局长率团访问,铁道部也派员参加。");
        assertTrue(has(o, "卫生部"), o.toString());
        assertTrue(has(o, "国家质检总局"), o.toString());
        assertTrue(has(o, "铁道部"), o.toString());
    }

    @Test
    void anOldMinistryInsideACommonWordIsNoBody() {
        List<String> o = organisations("各地文化部门和卫生部门加强协作。");
        assertFalse(o.stream().anyMatch(n -> n.equals("文化部") || n.equals("卫生部")), o.toString());
    }

    @Test
    void taiwanAuthoritiesBesideTheExecutiveYuan() {
        List<String> o = organisations("監察院與司法院今天召開聯席會議,僑委會和中華經濟研究院的代表列席。");
        assertTrue(has(o, "監察院", "监察院"), o.toString());
        assertTrue(has(o, "司法院"), o.toString());
        assertTrue(has(o, "僑委會", "侨委会"), o.toString());
        assertTrue(has(o, "中華經濟研究院", "中华经济研究院"), o.toString());
    }

    @Test
    void aStateFullOfficialNameBeforeItsOrgan() {
        List<String> o = organisations("朝鲜民主主义人民共和国外务省发言人表示,委内瑞拉玻利瓦尔共和国外交部予以回应。");
        assertTrue(has(o, "委内瑞拉玻利瓦尔共和国外交部"), o.toString());
    }

    @Test
    void thePremiersTitleNamesTheStateCouncilWithoutTheCountry() {
        List<String> o = organisations("中国国务院总理在会上发表讲话。");
        assertTrue(has(o, "国务院"), o.toString());
        assertFalse(has(o, "中国国务院"), o.toString());
    }
}
