package org.diplokg.extractor.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.junit.jupiter.api.Test;

/** Agreement keys in the JSON summary, with the shipped reference data (ANNOTATION.md: the standard acronym where one exists, else the name). */
class JsonSummaryKeysTest {

    private static List<String> keys(String text) {
        Extractor shipped = Seeds.extractor();  // the shipped reference data
        JsonNode a = JsonSummary.of(shipped.extract(MiniExtractor.document(text, "2020-08-28")), shipped.reference())
                .json().get("agreements");
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.get("key").asText()));
        return out;
    }

    @Test
    void aStandardAcronymKeysTheAgreementEvenWhereOnlyItsChineseNameIsWritten() {
        assertEquals(List.of("RCEP"), keys("各方签署了《区域全面经济伙伴关系协定》。"));
    }

    @Test
    void aTraditionalScriptDocumentGetsTheTraditionalNameNotAnAcronymItNeverWrites() {
        assertEquals(List.of("香港－東盟投資協定"), keys("局長表示，《香港－東盟投資協定》對雙方經濟合作十分重要。"));
        assertEquals(List.of("東盟－香港自由貿易協定"), keys("局長表示，《東盟－香港自由貿易協定》對雙方經濟合作十分重要。"));
    }

    @Test
    void aSimplifiedScriptDocumentGetsTheSimplifiedName() {
        assertEquals(List.of("香港－东盟投资协定"), keys("局长表示，《香港－东盟投资协定》对双方经济合作十分重要。"));
    }

    @Test
    void anAcronymTheDocumentWritesKeysTheAgreement() {
        assertEquals(List.of("AHKFTA"), keys("局長表示，《東盟－香港自由貿易協定》（AHKFTA）對雙方經濟合作十分重要。"));
    }

    @Test
    void aTraditionalDocumentKeysTheAgreementByTheNameItWritesNotAnotherUsage() {
        // the zh-Hant label spells Honduras 宏都拉斯 (Taiwan usage); a text writing 洪都拉斯 keeps its own spelling
        assertEquals(List.of("中國－洪都拉斯自由貿易協定"), keys("兩國宣布啟動中國—洪都拉斯自由貿易協定談判，中洪自貿協定有望惠及企業。"));
        // a label written with another dash is still the label the text writes
        assertEquals(List.of("中國－東盟全面經濟合作框架協議"), keys("當年雙方簽署《中國—東盟全面經濟合作框架協議》。"));
        assertEquals(List.of("中國－宏都拉斯自由貿易協定"), keys("台灣媒體稱，中國－宏都拉斯自由貿易協定談判啟動。"));
    }

    @Test
    void aTraditionalDocumentWritingOnlyASimplifiedLabelInItsOwnScriptIsKeyedAsItWritesIt() {
        // the reference has 中韩自由贸易协定 only in simplified script; the traditional page writes it 中韓…, never the
        // preferred 中國－韓國… (set D odd half: its signed actions matched no gold agreement under that key)
        assertEquals(List.of("中韓自由貿易協定"), keys("兩國部長昨天在首爾正式簽署中韓自由貿易協定，雙方均表示歡迎。"));
        assertEquals(List.of("中國－韓國自由貿易協定"), keys("兩國部長昨天在首爾正式簽署中國－韓國自由貿易協定，雙方均表示歡迎。"));
    }

    @Test
    void aFormNamingBothPartiesThatThePageWritesKeysTheAgreementWhereNoReferenceLabelIsWritten() {
        // no label of the China-Korea FTA is written: the key is the page's own form, not the preferred 中国－韩国…
        // (set D: a meeting's pair with it matched no gold agreement under the preferred name)
        assertEquals(List.of("韩中自贸协定"), keys("韩方表示，韩中自贸协定生效以来双边贸易稳步增长。"));
        // a generic reference to the two parties is no key: the reference name stays
        assertEquals(List.of("中国－厄瓜多尔自由贸易协定"), keys("中国与厄瓜多尔当天正式签署了两国自由贸易协定。"));
    }
}
