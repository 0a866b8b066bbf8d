package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.assertHas;
import static org.diplokg.extractor.summary.Passages.organisations;

import org.junit.jupiter.api.Test;

/**
 * Standing bodies of the multilateral mechanisms China takes part in, from organisations.ttl, on passages written for
 * the test in simplified and traditional script: the WTO's dispute settlement organs, the ASEAN–China Centre, the SCO
 * Interbank Consortium, the China–Pacific Islands forum and the G20's engagement groups by acronym.
 */
class OrgMultilateralBodiesTest {

    @Test
    void wtoOrgansAndTheAseanChinaCentre() {
        assertHas(organisations("专家指出，世贸组织上诉机构停摆已久，中国—东盟中心将举办研讨会讨论其影响。"),
                "世贸组织上诉机构", "中国—东盟中心");
        assertHas(organisations("世貿組織爭端解決機構週五作出裁決，上海合作組織銀行聯合體同日舉行理事會。"),
                "世貿組織爭端解決機構", "上海合作組織銀行聯合體");
    }

    @Test
    void forumsAndEngagementGroups() {
        assertHas(organisations("第三届中国—太平洋岛国经济发展合作论坛在广州开幕。"), "中国—太平洋岛国经济发展合作论坛");
        assertHas(organisations("峰会前，B20和Y20分别向领导人提交了政策建议。"), "B20", "Y20");
    }
}
