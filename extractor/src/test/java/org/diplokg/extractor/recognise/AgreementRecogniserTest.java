package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

class AgreementRecogniserTest {

    private static List<ResolvedEntity> agreements(String text) {
        return MiniExtractor.extract(text, "2021-11-13").entities().stream().filter(e -> e.type() == EntityType.AGREEMENT).toList();
    }

    @Test
    void resolvesBookTitlesAcronymsAndTraditionalScriptToOneAgreement() {
        List<ResolvedEntity> a = agreements("中方期待《区域全面经济伙伴关系协定》生效。RCEP是最大的自贸区。區域全面經濟夥伴關係協定亦然。");
        assertEquals(1, a.size(), a.toString());
        assertEquals("https://w3id.org/diplokg/id/agreement/rcep", a.get(0).iri());
        assertEquals(3, a.get(0).mentions().size());
    }

    @Test
    void toleratesMisspelledAcronymsAndVariantDashes() {
        assertEquals("https://w3id.org/diplokg/id/agreement/cptpp", agreements("积极考虑加入CPTTP").get(0).iri());
        assertEquals("https://w3id.org/diplokg/id/agreement/cafta", agreements("实质性结束中国—东盟自由贸易区3.0版升级谈判").get(0).iri());
        assertEquals("https://w3id.org/diplokg/id/agreement/cafta", agreements("中国-东盟自贸区").get(0).iri());
    }

    @Test
    void findsFreeTradeAgreementsBetweenTwoEconomies() {
        List<ResolvedEntity> a = agreements("签署中国－秘鲁自由贸易协定升级议定书。");
        assertEquals(1, a.size(), a.toString());
        assertTrue(a.get(0).name().startsWith("中国－秘鲁自由贸易协定"), a.get(0).name());
    }

    @Test
    void declarationsVisionsAndRoadmapsAreNotAgreements() {
        assertTrue(agreements("会议发表了《2021 年亚太经合组织领导人宣言》，落实《互联网和数字经济路线图》。").isEmpty());
    }

    @Test
    void aQuotedNameEndingInAKindOfAgreementIsOne() {
        List<ResolvedEntity> a = agreements("兩國外長簽署「太平洋漁業資源養護條約」與「海底電纜合作協定」。");
        assertEquals(List.of("太平洋漁業資源養護條約", "海底電纜合作協定"), a.stream().map(ResolvedEntity::name).toList());
        assertEquals(1, agreements("双方当天签署了“中巴海关检验检疫合作议定书”。").size());
        // generic or not ending in a kind of agreement: not a name
        assertTrue(agreements("雙方同意商簽「合作協議」，推進「一帶一路」建設。").isEmpty());
    }

    @Test
    void aHeadlineInBookTitleMarksIsNotAnAgreement() {
        assertTrue(agreements("（原题为《中国与斐济签署自由贸易协定》）").isEmpty());
        assertTrue(agreements("本報刊發《智利秘魯正式啟動自貿協定》一文。").isEmpty());
        // 关于 before the verb: the name of a memorandum
        assertEquals(1, agreements("两国签署《关于启动中国—斐济自由贸易协定联合可行性研究的谅解备忘录》。").size());
    }

    @Test
    void aGenericNameTwoPartiesOfTheClauseSignIsTheirAgreement() {
        // set D odd half: 战略合作框架协议 / 合作备忘 signed between two named bodies were never read
        List<ResolvedEntity> a = agreements("3月2日甲省交通投资集团有限公司与乙市人民政府举行全面战略合作协议签约仪式。");
        assertEquals(List.of("全面战略合作协议"), a.stream().map(ResolvedEntity::name).toList());
        List<ResolvedEntity> b = agreements("会上，丙市工商联合会與丁國貿易委員會簽訂合作備忘。");
        assertEquals(1, b.size(), b.toString());
        assertEquals("合作備忘", b.get(0).name());
        // a partner side that is a crowd, or no partner at all, ties the name to no agreement
        assertEquals(List.of(), agreements("我国已同一百多个国家和国际组织签署合作协议。"));
        assertEquals(List.of(), agreements("我国已同40多个国家签署合作协议。"));
        assertEquals(List.of(), agreements("双方相关部门将签署合作协议。"));
    }

    @Test
    void aPartnershipOrSisterRegionMemorandumTwoPartiesSignIsTheirAgreement() {
        // sets D and E odd halves: strategic-partnership and sister-region memoranda, an epithet before the name
        assertEquals(List.of("戰略夥伴協議"), agreements("甲國總理昨天與乙國簽署歷史性的戰略夥伴協議，雙方將定期會晤。")
                .stream().map(ResolvedEntity::name).toList());
        assertEquals(List.of("发展友好省州关系备忘录"), agreements("丙省副省长与丁州州长共同签署了发展友好省州关系备忘录，双方将加强合作。")
                .stream().map(ResolvedEntity::name).toList());
        // no second party in the clause: no agreement
        assertEquals(List.of(), agreements("代表团签署了发展友好城市关系备忘录。"));
    }
}
