package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.organisations;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Organisations in the JSON summary (what `extract --summary` writes), with the shipped reference data. */
class JsonSummaryOrganisationsTest {

    @Test
    void aForumMechanismIsAnOrganisationAlsoInsideItsMeetingsName() {
        List<String> o = organisations("国家主席习近平在北京出席中非合作论坛峰会开幕式。中非合作论坛成立以来成果丰硕。");
        assertTrue(o.contains("中非合作论坛"), o.toString());
    }

    @Test
    void aCommonWordThatRunsPastAMinistrysNameIsNotTheMinistry() {
        assertFalse(organisations("针对这一情况，由当地教育部门牵头推出托管服务。").contains("教育部"));
        assertTrue(organisations("教育部发布通知，要求做好开学准备。").contains("教育部"));
    }

    @Test
    void aNationalPublicInstitutionEndingInCentre() {
        assertTrue(organisations("记者从国家气候中心了解到，海表温度持续升高。").contains("国家气候中心"));
        assertTrue(organisations("香港将巩固国际金融中心地位。").stream().noneMatch(k -> k.endsWith("中心")));
    }

    @Test
    void aNameBeforeItsAcronymIsReadWholeNotFromThePlaceInside() {
        List<String> o = organisations("总部在汉堡的智库墨卡托中国研究所（MERICS）发布了报告。");
        assertTrue(o.contains("墨卡托中国研究所"), o.toString());
        assertFalse(o.contains("中国研究所"), o.toString());
    }

    @Test
    void intergovernmentalOrganisationsAndASEANsSingaporeName() {
        List<String> o = organisations("亚信会议成员国外长出席，独联体和欧洲自由贸易联盟代表列席，亚细安秘书长致辞。");
        assertTrue(o.containsAll(List.of("亚信会议", "独联体", "欧洲自由贸易联盟", "亚细安")), o.toString());
    }

    @Test
    void aForeignMinistryWhateverHanLpTagsItsDomain() {
        List<String> o = organisations("据危地马拉经济发展部消息，阿根廷国内和对外贸易部也发表了声明。");
        assertTrue(o.containsAll(List.of("危地马拉经济发展部", "阿根廷国内和对外贸易部")), o.toString());
        assertTrue(organisations("大陆对外部世界开放。").stream().noneMatch(k -> k.endsWith("外部")));
    }

    @Test
    void anAgencyInTheDatelineUnderASourceLineIsContent() {
        assertTrue(organisations("来源：中新社\n\n中新社上海3月2日电(记者 王五)据商务部消息，双方启动谈判。").contains("中新社"));
        assertFalse(organisations("来源：中新社\n\n商务部2日宣布，双方启动谈判。").contains("中新社"));
    }

    @Test
    void hongKongTaiwanAndOverseasChineseMediaAndTheStandingCommitteesBodies() {
        List<String> o = organisations("据中评社报道，新唐人电视台和柬华日报也作了报道。常委会代表资格审查委员会提交了报告。");
        assertTrue(o.containsAll(List.of("中评社", "新唐人电视台", "柬华日报", "常委会代表资格审查委员会")), o.toString());
    }

    @Test
    void aSideReferenceIsNotTheNameOfTheBody() {
        List<String> o = organisations("欧盟发表声明。中方向欧方提出建议，欧方表示愿意考虑，欧方将作出回应。");
        assertTrue(o.contains("欧盟"), o.toString());
        assertFalse(o.contains("欧方"), o.toString());
    }

    @Test
    void aBodyNamedAfterAPerson() {
        List<String> o = organisations("克林顿基金会发表声明，连战办公室随后回应。");
        assertTrue(o.containsAll(List.of("克林顿基金会", "连战办公室")), o.toString());
    }

    @Test
    void historicalArmiesAndLaunchCentres() {
        List<String> o = organisations("1937年，八路军和新四军奋勇抗战，国民党军节节败退。神舟飞船从酒泉卫星发射中心升空。");
        assertTrue(o.containsAll(List.of("八路军", "新四军", "国民党军", "酒泉卫星发射中心")), o.toString());
    }
}
