package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** Forum Macao and its Permanent Secretariat are known bodies under their full and short names, in both scripts. */
class OrganisationForumMacaoTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void theForumInsideItsMinisterialConferencesName() {
        List<String> o = organisations("中国-葡语国家经贸合作论坛第六届部长级会议当天在澳门开幕。");
        assertTrue(o.contains("中国-葡语国家经贸合作论坛"), o.toString());
    }

    @Test
    void theSecretariatByItsShortNameInTraditionalScript() {
        List<String> o = organisations("代表團昨日拜訪中葡論壇(澳門)常設秘書處,雙方交流了合作經驗。");
        assertTrue(o.stream().anyMatch(n -> n.startsWith("中葡論壇") && n.endsWith("常設秘書處")), o.toString());
    }
}
