package org.diplokg.extractor.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.junit.jupiter.api.Test;

/** {@code agreement_actions} in the JSON summary, as ANNOTATION.md defines them. */
class JsonSummaryActionsTest {

    private static JsonNode actions(String text) {
        return JsonSummary.of(MiniExtractor.extract(text, "2023-08-31"), MiniExtractor.get().reference())
                .json().get("agreement_actions");
    }

    @Test
    void oneEntryPerActorWithTheAgreementsKeyAndTheAnnotationsActionName() {
        JsonNode a = actions("2023年8月31日，中国与智利签署了《全面与进步跨太平洋伙伴关系协定》。");
        List<String> actors = new ArrayList<>();
        a.forEach(x -> {
            assertEquals("CPTPP", x.get("agreement").asText(), a.toString());
            assertEquals("signed", x.get("action").asText());
            assertEquals("2023-08-31", x.get("date").asText());
            actors.add(x.get("actor").asText());
        });
        assertEquals(List.of("中国", "智利"), actors);
    }

    @Test
    void anActionWithoutActorOrDateHasNulls() {
        JsonNode a = actions("区域全面经济伙伴关系协定正式生效。");
        assertEquals(1, a.size(), a.toString());
        assertEquals("in_force", a.get(0).get("action").asText());
        assertTrue(a.get(0).get("actor").isNull());
        assertTrue(a.get(0).get("date").isNull());
    }

    @Test
    void theActorIsWrittenAsTheTextWritesIt() {
        JsonNode a = actions("中方已申请加入《全面与进步跨太平洋伙伴关系协定》。");
        assertEquals("中方", a.get(0).get("actor").asText(), a.toString());
        assertEquals("applied", a.get(0).get("action").asText());
    }

    @Test
    void twoPartiesSigningABareHeadSignTheirAgreementAndTakeTheDateOfTheDatedReport() {
        org.diplokg.extractor.Extractor shipped = org.diplokg.extractor.Seeds.extractor();
        JsonNode a = JsonSummary.of(shipped.extract(MiniExtractor.document("中国与尼加拉瓜正式签署自贸协定\n"
                + "8月31日，两国部长通过视频方式签署《中华人民共和国政府和尼加拉瓜共和国政府自由贸易协定》。", "2023-09-01")),
                shipped.reference()).json().get("agreement_actions");
        List<String> actors = new ArrayList<>();
        a.forEach(x -> {
            assertEquals("中国－尼加拉瓜自由贸易协定", x.get("agreement").asText(), a.toString());
            assertEquals("signed", x.get("action").asText());
            assertEquals("2023-08-31", x.get("date").asText(), a.toString());
            actors.add(x.get("actor").asText());
        });
        assertEquals(List.of("中国", "尼加拉瓜"), actors);
    }
}
