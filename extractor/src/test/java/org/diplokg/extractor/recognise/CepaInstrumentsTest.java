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

/** The sub-agreements signed under the Mainland-Hong Kong CEPA resolve to the reference agreements (passages written for the test). */
class CepaInstrumentsTest {

    private static final String ID = "https://w3id.org/diplokg/id/agreement/";

    private static List<String> iris(String body) {
        DocumentKnowledge k = Seeds.extractor().extract(new SourceDocument("test/cepa.txt", "0".repeat(64),
                DocumentFormat.TEXT, "UTF-8", null, PartialDate.parseIso("2024-07-02"), "header", null, null, body, List.of()));
        return k.entities().stream().filter(e -> e.type() == EntityType.AGREEMENT).map(ResolvedEntity::iri).toList();
    }

    @Test
    void theSubAgreementsOfTheHongKongCepaAreKnown() {
        List<String> services = iris("兩地官員表示，CEPA服務貿易協議新一輪修訂磋商已實質性完成。");
        assertTrue(services.contains(ID + "cepa-hong-kong-services"), services.toString());
        List<String> both = iris("特区政府与商务部早前签署CEPA投资协议及CEPA经济技术合作协议。");
        assertTrue(both.contains(ID + "cepa-hong-kong-investment"), both.toString());
        assertTrue(both.contains(ID + "cepa-hong-kong-ecotech"), both.toString());
    }
}
