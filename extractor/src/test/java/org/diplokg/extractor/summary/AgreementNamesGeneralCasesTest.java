package org.diplokg.extractor.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agreement names written in the ways real reports write them (issue 10), on passages written for each class. */
class AgreementNamesGeneralCasesTest {

    private static List<String> keys(String body, String published) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : Passages.summary(body, published).get("agreements")) out.add(a.get("key").asText());
        return out;
    }

    @Test
    void taiwanAndHongKongNamesOfTheRcepAndTheCptppAreThoseAgreements() {
        assertEquals(List.of("RCEP"), keys("《區域全面經濟夥伴協定》1日對南韓生效。", "2022-02-01"));
        // the TPP's name inside the CPTPP's does not make it the TPP
        assertEquals(List.of("CPTPP"), keys("中國已遞交申請加入《全面與進步跨太平洋夥伴協定》。", "2021-09-17"));
        assertEquals(List.of("CPTPP"), keys("台灣也尚未成為全面與進步跨太平洋夥伴協定的成員。", "2022-02-01"));
    }

    @Test
    void chinaNeedNotBeWrittenForItsOneCharacterInAPairActingTogether() {
        List<String> k = keys("秘鲁总统博鲁阿尔特表示，中秘两国14日签署了自由贸易协定升级议定书。", "2024-11-15");
        assertEquals(List.of("中国－秘鲁自由贸易协定升级议定书"), k);
        assertTrue(keys("中韓兩國6月1日在首爾正式簽署自由貿易協定。韓國國會11月30日批准該協定。", "2015-12-01").size() == 1);
    }

    @Test
    void declarationsStatementsPlansLawsAndGenericAgreementsAreNotAgreements() {
        assertTrue(keys("双方发表《中华人民共和国和秘鲁共和国关于深化全面战略伙伴关系的联合声明》，并签署了经贸、农业等领域多项合作协议。"
                + "秘鲁国会此前通过了《港口法》修正案。中方发布《新时代的中国与世界》白皮书。", "2024-11-15").isEmpty());
        assertTrue(keys("兩國外長簽署《建交聯合公報》，並通過了《2023-2025年行動計畫》。", "2023-03-27").isEmpty());
        assertTrue(keys("两国企业当天签署了20余份合作协议和谅解备忘录。双方还就商签自由贸易协定交换了意见。", "2024-05-20").isEmpty());
    }
}
