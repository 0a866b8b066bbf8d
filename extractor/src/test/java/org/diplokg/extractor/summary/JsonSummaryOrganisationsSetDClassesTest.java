package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.organisations;
import static org.diplokg.extractor.summary.Passages.assertHas;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of organisation misses found on set D's open half (issue 10), each on passages written for the test in
 * simplified and traditional script, with the shipped reference data.
 */
class JsonSummaryOrganisationsSetDClassesTest {

    @Test
    void theUsStateDepartmentIsNotTheStateCouncil() {
        List<String> o = organisations("美国国务院发言人表示，美方关注地区局势。");
        assertHas(o, "美国国务院");
        assertFalse(o.contains("国务院"), o.toString());
        assertHas(organisations("美國國務院官員昨天抵達台北。"), "美國國務院");
        assertHas(organisations("国务院总理出席开幕式。"), "国务院");
        List<String> mainland = organisations("大陸國務院總理昨天抵達曼谷訪問。");
        assertFalse(mainland.stream().anyMatch(k -> k.startsWith("大陸") || k.startsWith("大陆")), mainland.toString());
    }

    @Test
    void officesForRelationsWithoutDiplomaticTies() {
        assertHas(organisations("美國在台協會處長今天拜會經濟部。"), "美國在台協會");
        assertHas(organisations("日本台湾交流协会与台湾日本关系协会签署备忘录。"), "日本台湾交流协会", "台湾日本关系协会");
    }

    @Test
    void aBureauNamedInsideItsHeadsTitle() {
        assertHas(organisations("会上，能源局长林大同介绍了进展，财政部官员出席。"), "能源局");
        assertHas(organisations("工業局長陳志明與會並致詞。"), "工業局");
    }

    @Test
    void aDepartmentOfAMinistryNamedInsideItsHeadsTitle() {
        assertHas(organisations("外交部亚洲司长刘晓明会见了来访客人。"), "外交部亚洲司");
        assertHas(organisations("外交部北美司長陳建國出席記者會。"), "外交部北美司");
        List<String> o = organisations("商务部部长王文涛和外交部副部长孙卫东出席。");
        assertTrue(o.stream().noneMatch(k -> k.endsWith("部部") || k.endsWith("副部")), o.toString());
    }

    @Test
    void aForeignEconomyBeforeAKnownBodyIsPartOfItsName() {
        assertHas(organisations("美国传统基金会研究员在论坛上发言。"), "美国传统基金会");
        assertHas(organisations("台灣海峽交流基金會董事長率團訪問。"), "台灣海峽交流基金會");
    }

    @Test
    void foundationsAndLearnedSocietiesEndANameReadFromAPlace() {
        assertHas(organisations("中国海洋法研究会副会长出席研讨会。"), "中国海洋法研究会");
        assertHas(organisations("新加坡教育基金會主席致辭。"), "新加坡教育基金會");
    }

    @Test
    void aBodysNameBeforeABuildingWordNamesTheBuilding() {
        List<String> o = organisations("两国领导人在马来西亚国会大厦举行会谈。");
        assertFalse(o.contains("马来西亚国会"), o.toString());
        assertFalse(organisations("雙方在泰國國會大廈舉行會談。").contains("泰國國會"));
        assertHas(organisations("马来西亚国会通过了该法案。"), "马来西亚国会");
    }

    @Test
    void aBanksHeadOfficeAndBranchesAreBodies() {
        assertHas(organisations("会上，中国银行总行和工商银行上海分行代表先后致辞。"), "中国银行总行");
        assertHas(organisations("中國銀行總行代表出席簽約。"), "中國銀行總行");
    }

    @Test
    void aPresidentElectsTransitionTeamIsABodyNamedAfterThePerson() {
        assertHas(organisations("美国候任总统拜登过渡团队一名官员表示，将与盟友协调。"), "拜登过渡团队");
        assertHas(organisations("候任總統川普過渡團隊發言人表示歡迎。"), "川普過渡團隊");
    }
}
