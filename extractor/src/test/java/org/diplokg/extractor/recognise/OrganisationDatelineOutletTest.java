package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** An outlet no reference lists that opens a line with its dateline reports the story and is an organisation. */
class OrganisationDatelineOutletTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void aSiteWithDayAndPlace() {
        List<String> o = organisations("闽南网6月1日泉州消息 当地企业与东盟客商签订采购合同。");
        assertTrue(o.contains("闽南网"), o.toString());
    }

    @Test
    void aSiteWithPlaceBeforeTheDayAndItsAppInTraditionalScript() {
        List<String> o = organisations("閩南網、閩南網客戶端泉州6月1日電 當地企業與東盟客商簽訂採購合同。");
        assertTrue(o.stream().anyMatch(n -> n.equals("閩南網") || n.equals("闽南网")), o.toString());
    }

    @Test
    void aLatinBrandWithItsReportWordAndABracketedBroadcaster() {
        List<String> o = organisations("MarketWatch讯 美联储维持利率不变。\n【八桂新闻】外长会见来访客人。");
        assertTrue(o.contains("MarketWatch"), o.toString());
        assertTrue(o.contains("八桂新闻"), o.toString());
    }

    @Test
    void theOutletNamingItselfOrACitedAgencyIsNoNewName() {
        List<String> o = organisations("本报讯 当地企业签订合同。\n据法新社报道,双方举行会谈。");
        assertFalse(o.stream().anyMatch(n -> n.startsWith("本") || n.startsWith("据")), o.toString());
    }
}
