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
 * A company whose brand is a transliteration HanLP cuts into pieces (艾/nz 特/ag 伍德/nrf, 霍尼/nr 韦尔/nr): the name
 * starts on the first piece, not on the first piece HanLP happens to tag as a name, and takes in neither the place
 * before it nor the verb or preposition before that.
 */
class OrganisationTransliteratedBrandTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void aBrandCutAfterItsFirstPieceIsReadWhole() {
        List<String> o = organisations("当天,一家中国企业还同马来西亚艾特伍德集团签署了合作协议。");
        assertTrue(o.contains("艾特伍德集团"), o.toString());
        assertFalse(o.contains("伍德集团"), o.toString());
    }

    @Test
    void aBrandOfTwoPersonNameWordsBeforeTradeAndEnding() {
        List<String> o = organisations("會後,該公司與美國霍尼韋爾公司簽署了投資意向書。");
        assertTrue(o.stream().anyMatch(n -> n.equals("霍尼韋爾公司") || n.equals("霍尼韦尔公司")), o.toString());
    }

    @Test
    void theVerbAndPrepositionBeforeTheBrandStayOut() {
        List<String> o = organisations("他曾在艾特伍德集团工作多年。");
        assertFalse(o.stream().anyMatch(n -> n.contains("曾") || n.contains("在")), o.toString());
    }
}
