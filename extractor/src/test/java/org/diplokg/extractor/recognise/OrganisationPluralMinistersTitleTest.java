package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** A ministry named inside the title of several parties' ministers (双方外交部长, 成员国经济部长) is no one body. */
class OrganisationPluralMinistersTitleTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void bothSidesMinistersInAListOfTitles() {
        List<String> o = organisations("根据协议，双方总理、外交部长和财政部长今后每年举行一次会晤。");
        assertFalse(o.contains("外交部"), o.toString());
        assertFalse(o.contains("财政部"), o.toString());
    }

    @Test
    void countedStatesMinistersInTraditionalScript() {
        List<String> o = organisations("特首昨晚宴請來訪的東盟十國的經濟部長，雙方就貿易交換意見。");
        assertFalse(o.stream().anyMatch(n -> n.equals("經濟部") || n.equals("经济部")), o.toString());
    }

    @Test
    void memberStatesForeignMinisters() {
        List<String> o = organisations("论坛二十多个成员国外交部长出席了本次会议。");
        assertFalse(o.contains("外交部"), o.toString());
    }

    @Test
    void oneCountrysMinisterStillNamesItsMinistry() {
        List<String> o = organisations("外交部长王毅在北京会见了来访的客人，双方交换了意见。");
        assertTrue(o.contains("外交部"), o.toString());
    }
}
