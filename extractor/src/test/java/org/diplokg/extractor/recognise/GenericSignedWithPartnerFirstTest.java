package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/**
 * A clause that opens on its partner (…，与乙区签署友好合作框架备忘录), its subject carried from the clause before: the
 * generic name it signs is the agreement of that subject and the partner (sets E and F: three sister-region and
 * cooperation memoranda so written). Passages written for the test.
 */
class GenericSignedWithPartnerFirstTest {

    private static List<String> agreements(String text) {
        return MiniExtractor.extract(text, "2022-05-10").entities().stream().filter(e -> e.type() == EntityType.AGREEMENT)
                .map(ResolvedEntity::name).toList();
    }

    @Test
    void theSubjectOfTheClauseBeforeSignsWithThePartnerAfterTheCoVerb() {
        assertEquals(List.of("友好合作框架备忘录"), agreements("甲省代表团昨日抵达乙国首都，与丙大区签署友好合作框架备忘录。"));
        assertEquals(List.of("深化友好城市關係備忘錄"), agreements("市長率團訪問丁國，並與戊市簽署深化友好城市關係備忘錄。"));
        assertEquals(List.of("战略合作协议"), agreements("集团董事长随后会见来宾，同己公司签订战略合作协议。"));
    }

    @Test
    void aListOrACrowdOfPartnersNamesNoOneAgreement() {
        // 与甲、乙签署: one document with each, not one agreement
        assertEquals(List.of(), agreements("代表团访问两国，与甲省、乙州签署友好合作备忘录。"));
        assertEquals(List.of(), agreements("该市去年以来，与30多个城市签署合作协议。"));
        // no co-verb before the partner: no second party at all
        assertEquals(List.of(), agreements("代表团抵达后，签署了友好合作备忘录。"));
    }
}
