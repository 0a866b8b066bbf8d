package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/**
 * 协议书 (the written agreement, as 协定书 is of 协定) and 意向书 (a letter of intent) end an agreement's title like
 * 协议 and 备忘录; alone or after a generic modifier they name no particular one. Passages written for the test.
 */
class AgreementDocumentHeadsTest {

    private static List<String> agreements(String text) {
        return MiniExtractor.extract(text, "2024-09-18").entities().stream().filter(e -> e.type() == EntityType.AGREEMENT)
                .map(ResolvedEntity::name).toList();
    }

    @Test
    void aTitleEndingInEitherHeadIsAnAgreement() {
        assertEquals(List.of("《甲市与乙市建立友好城市关系协议书》"), agreements("两市市长在仪式上签署《甲市与乙市建立友好城市关系协议书》。"));
        assertEquals(List.of("《深化兩地旅遊業合作意向書》"), agreements("雙方代表當日簽訂《深化兩地旅遊業合作意向書》。"));
    }

    @Test
    void aBareHeadNamesNoAgreement() {
        assertEquals(List.of(), agreements("双方在会后签署了《合作意向书》。"));
        assertEquals(List.of(), agreements("兩家公司簽署《合作協議書》。"));
    }
}
