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

/** The agreements ARATS and SEF signed under ECFA resolve to the reference agreements (passages written for the test). */
class CrossStraitAgreementsTest {

    private static final String ID = "https://w3id.org/diplokg/id/agreement/";

    private static List<String> iris(String body) {
        DocumentKnowledge k = Seeds.extractor().extract(new SourceDocument("test/cross-strait.txt", "0".repeat(64),
                DocumentFormat.TEXT, "UTF-8", null, PartialDate.parseIso("2024-05-01"), "header", null, null, body, List.of()));
        return k.entities().stream().filter(e -> e.type() == EntityType.AGREEMENT).map(ResolvedEntity::iri).toList();
    }

    @Test
    void theFollowUpAgreementsOfEcfaAreKnown() {
        List<String> signed = iris("海基會與海協會當天簽署兩岸投保協議及海峽兩岸海關合作協議。");
        assertTrue(signed.contains(ID + "cross-strait-investment"), signed.toString());
        assertTrue(signed.contains(ID + "cross-strait-customs"), signed.toString());
        List<String> tax = iris("两会领导人在福州签署《海峡两岸避免双重课税及加强税务合作协议》。");
        assertTrue(tax.contains(ID + "cross-strait-double-taxation"), tax.toString());
        List<String> goods = iris("立法院尚未審查服貿協議，貨貿協議仍在談判。");
        assertTrue(goods.contains(ID + "cross-strait-goods"), goods.toString());
    }
}
