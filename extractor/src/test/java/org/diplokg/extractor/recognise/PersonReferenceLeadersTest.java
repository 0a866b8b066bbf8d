package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/**
 * Leaders people.ttl lacked (the DPRK's, former leaders of the ROK, Taiwan, Hong Kong and Macao, heads of government
 * since 2023) resolve to the reference, also where HanLP reads the name as words (金正/nz 恩/ng: set D 018).
 */
class PersonReferenceLeadersTest {

    private static final String ID = "https://w3id.org/diplokg/id/person/";

    private static List<String> iris(String body) {
        DocumentKnowledge k = Seeds.extractor().extract(new SourceDocument("test/leaders.txt", "0".repeat(64),
                DocumentFormat.TEXT, "UTF-8", null, PartialDate.parseIso("2024-05-01"), "header", null, null, body, List.of()));
        return k.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(ResolvedEntity::iri).toList();
    }

    @Test
    void theDprkLeaderInAPairAfterATitle() {
        List<String> p = iris("在两国领导人习近平和金正恩的共同关心下，双边关系不断发展。");
        assertTrue(p.contains(ID + "kim-jong-un"), p.toString());
    }

    @Test
    void formerLeadersInTraditionalScript() {
        List<String> p = iris("李登輝與陳水扁執政期間，董建華和何厚鏵分別出任港澳特首。");
        assertTrue(p.containsAll(List.of(ID + "lee-teng-hui", ID + "chen-shui-bian", ID + "tung-chee-hwa", ID + "edmund-ho")),
                p.toString());
    }
}
