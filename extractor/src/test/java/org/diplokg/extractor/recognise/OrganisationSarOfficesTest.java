package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/**
 * The Central People's Government's offices in the two SARs (prc-organs.ttl) are one body each, not the parent
 * (外交部, 中央人民政府) and a truncated office (set E, open half: 2 bodies missed, 4 fragments).
 */
class OrganisationSarOfficesTest {

    private static List<String> organisations(String text) {
        return MiniExtractor.names(Seeds.extractor().extract(MiniExtractor.document(text, "2024-07-01")), EntityType.ORGANIZATION);
    }

    @Test
    void liaisonAndCommissionerOfficesAreWhole() {
        List<String> o = organisations("新华社香港7月1日电 中央人民政府驻香港特别行政区联络办公室和外交部驻香港特别行政区特派员公署当天举行招待会。");
        assertTrue(o.contains("中央人民政府驻香港特别行政区联络办公室"), o.toString());
        assertTrue(o.contains("外交部驻香港特别行政区特派员公署"), o.toString());
        assertFalse(o.contains("外交部"), o.toString());
    }

    @Test
    void traditionalScriptMacaoOffice() {
        List<String> o = organisations("澳門7月1日電 外交部駐澳門特別行政區特派員公署舉行招待會，駐澳部隊官兵出席。");
        assertTrue(o.stream().anyMatch(n -> n.contains("特派員公署") || n.contains("特派员公署")), o.toString());
        assertFalse(o.contains("外交部"), o.toString());
    }
}
