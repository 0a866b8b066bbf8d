package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Leaders' names in the other forms news writes them: Taiwan's transliteration (托卡葉夫 for Xinhua's 托卡耶夫), Xinhua's
 * 通邢 beside 通辛; and a ruler's title is no part of his name (文莱苏丹哈桑纳尔 names 哈桑纳尔).
 */
class PersonReferenceRegionalFormsTest {

    private static final String ID = "https://w3id.org/diplokg/id/person/";

    private static List<ResolvedEntity> persons(String body) {
        DocumentKnowledge k = Seeds.extractor().extract(new SourceDocument("test/forms.txt", "0".repeat(64),
                DocumentFormat.TEXT, "UTF-8", null, PartialDate.parseIso("2015-05-01"), "header", null, null, body, List.of()));
        return k.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
    }

    private static List<String> iris(String body) {
        return persons(body).stream().map(ResolvedEntity::iri).toList();
    }

    @Test
    void taiwanTransliterationOfKazakhstansPresident() {
        List<String> p = iris("哈薩克總統托卡葉夫表示，兩國將擴大能源合作。");
        assertTrue(p.contains(ID + "kassym-jomart-tokayev"), p.toString());
    }

    @Test
    void xinhuasFormOfLaosPrimeMinister() {
        List<String> p = iris("国务院总理在万象会见老挝总理通邢，双方同意加快铁路建设。");
        assertTrue(p.contains(ID + "thongsing-thammavong"), p.toString());
    }

    @Test
    void theSultansTitleIsNoPartOfHisName() {
        List<ResolvedEntity> p = persons("国家主席同文莱苏丹哈桑纳尔通电话，双方同意深化合作。");
        ResolvedEntity sultan = p.stream().filter(e -> e.iri().equals(ID + "hassanal-bolkiah")).findFirst().orElseThrow();
        assertEquals(List.of("哈桑纳尔"), sultan.surfaces());
    }
}
