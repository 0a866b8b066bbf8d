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
 * A bare free-trade head that two named parties negotiate is their agreement (ANNOTATION.md: a generic form the
 * text ties to one agreement): two abbreviations right before the act (台美洽簽自由貿易協定), and a partner after a
 * count of its members (香港和十个东盟经贸部长共商自贸协定). Passages written for the test.
 */
class PairedAgreementNegotiationTest {

    private static final String ID = "https://w3id.org/diplokg/id/agreement/";

    private static List<ResolvedEntity> agreements(String body) {
        DocumentKnowledge k = Seeds.extractor().extract(new SourceDocument("test/negotiation.txt", "0".repeat(64),
                DocumentFormat.TEXT, "UTF-8", null, PartialDate.parseIso("2024-05-01"), "header", null, null, body, List.of()));
        return k.entities().stream().filter(e -> e.type() == EntityType.AGREEMENT).toList();
    }

    @Test
    void twoAbbreviationsRightBeforeTheirActOnABareHeadNameTheirAgreement() {
        List<ResolvedEntity> fta = agreements("臺灣與美國的經貿關係日益密切。官員表示，這為未來台美洽簽自由貿易協定打下基礎。");
        assertEquals(1, fta.size(), fta.toString());
        assertTrue(fta.get(0).name().contains("自由貿易協定"), fta.get(0).name());
        assertEquals(List.of(ID + "china-korea-fta"),
                agreements("韩国总统访问中国。两国领导人同意，中韩商签自贸协定。").stream().map(ResolvedEntity::iri).toList());
        // 台 stands for no economy the text names in full: the head stays generic
        assertTrue(agreements("美國官員表示，台美洽簽自由貿易協定仍需時間。").isEmpty());
    }

    @Test
    void aPartnerAfterACountOfItsMembersIsStillThePartner() {
        assertEquals(List.of(ID + "hong-kong-asean-fta"),
                agreements("商务局局长今日启程。他表示，香港首次和十个东盟经贸部长共商自贸协定。")
                        .stream().map(ResolvedEntity::iri).toList());
        // no co-verb before the count: 十个东盟国家 is no partner of the subject
        assertTrue(agreements("香港代表指出，十个东盟国家都重视自贸协定。").isEmpty());
    }
}
