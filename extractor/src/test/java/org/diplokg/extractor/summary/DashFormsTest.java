package org.diplokg.extractor.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashes of a name as pages write them: an em dash, a hyphen or a box-drawing line all join the same two parties. */
class DashFormsTest {

    private static List<String> agreements(String body) {
        JsonNode summary = Passages.summary(body, "2024-10-11");
        List<String> keys = new ArrayList<>();
        summary.get("agreements").forEach(a -> keys.add(a.get("key").asText()));
        return keys;
    }

    @Test
    void aBoxDrawingLineBetweenTwoPartiesIsADash() {
        List<String> emDash = agreements("双方宣布实质性结束中国—东盟自由贸易区3.0版谈判。");
        List<String> boxLine = agreements("双方宣布实质性结束中国─东盟自由贸易区3.0版谈判。");
        assertEquals(false, emDash.isEmpty(), "the em-dash form is read: " + emDash);
        assertEquals(emDash, boxLine);
        assertEquals(emDash, agreements("雙方宣布實質性結束中國━東盟自由貿易區3.0版談判。"));
    }
}
