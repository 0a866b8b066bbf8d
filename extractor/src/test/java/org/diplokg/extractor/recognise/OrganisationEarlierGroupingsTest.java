package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** Groupings that preceded today's (G8, BRIC, the Shanghai Five) and the China–CEEC mechanism, named only as one. */
class OrganisationEarlierGroupingsTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2009-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void groupingsOfEarlierYears() {
        List<String> o = organisations("八國集團峰會前夕,金砖四国外长举行会晤,回顾了上海五国机制的历史。");
        assertTrue(o.stream().anyMatch(n -> n.equals("八國集團") || n.equals("八国集团")), o.toString());
        assertTrue(o.contains("金砖四国"), o.toString());
        assertTrue(o.contains("上海五国"), o.toString());
    }

    @Test
    void theCeecCooperationIsABodyOnlyAsAMechanism() {
        assertTrue(organisations("中国—中东欧国家合作机制成立以来成果丰硕。").stream().anyMatch(n -> n.contains("中东欧国家合作机制")));
        assertFalse(organisations("该铁路是中国—中东欧国家合作的标志性项目。").stream().anyMatch(n -> n.contains("中东欧")));
    }
}
