package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.assertHas;
import static org.diplokg.extractor.summary.Passages.organisations;

import org.junit.jupiter.api.Test;

/**
 * Trade and investment promotion bodies and trade-financing banks from organisations.ttl, on passages written for the
 * test: names whose endings no name grammar takes as a body (公社, 机构, 事务局), short forms (中国信保, 农发行) and
 * traditional-script names the tagger does not read as one word.
 */
class OrgTradePromotionBodiesTest {

    @Test
    void partnersPromotionAgenciesWithUnusualEndings() {
        assertHas(organisations("韩国贸易投资振兴公社和日本贸易振兴机构分别在展会上设立了国家馆。"),
                "韩国贸易投资振兴公社", "日本贸易振兴机构");
    }

    @Test
    void chineseBodiesByShortForm() {
        assertHas(organisations("中国信保为项目提供保险，农发行和交通银行提供了贷款，商务部投资促进事务局负责对接。"),
                "中国信保", "农发行", "交通银行", "商务部投资促进事务局");
    }

    @Test
    void chambersInTraditionalScript() {
        assertHas(organisations("中國機電產品進出口商會會長率團訪問，中國對外承包工程商會亦派代表同行。"),
                "中國機電產品進出口商會", "中國對外承包工程商會");
    }
}
