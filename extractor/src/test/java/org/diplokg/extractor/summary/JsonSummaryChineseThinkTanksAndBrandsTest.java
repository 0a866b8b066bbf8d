package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.assertHas;
import static org.diplokg.extractor.summary.Passages.organisations;

import org.junit.jupiter.api.Test;

/**
 * Chinese think tanks (the national high-end pilot units, the ministries' institutes, CASS's area-studies institutes)
 * and Chinese Fortune Global 500 companies named by brand, from organisations.ttl, on passages written for the test in
 * simplified and traditional script. Their short forms and bare brands end in no word a name grammar knows.
 */
class JsonSummaryChineseThinkTanksAndBrandsTest {

    @Test
    void thinkTanksByTheirShortForms() {
        assertHas(organisations("国经中心和商务部研究院的专家出席研讨会，社科院拉美所研究员作了发言。"),
                "国经中心", "商务部研究院", "社科院拉美所");
        assertHas(organisations("國經中心與商務部研究院聯合發布報告，北大國發院學者參與討論。"),
                "國經中心", "商務部研究院", "北大國發院");
    }

    @Test
    void brandsThatAreNoOrdinaryWord() {
        assertHas(organisations("华为、腾讯和比亚迪的代表随团访问，宁德时代也派员参加。"), "华为", "腾讯", "比亚迪", "宁德时代");
        assertHas(organisations("華為與騰訊宣布在當地設立數據中心，比亞迪同日簽約。"), "華為", "騰訊", "比亞迪");
    }
}
