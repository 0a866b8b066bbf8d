package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.summary;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An organisation is listed by the form the text writes on its own, not by a fuller form it writes only inside a
 * meeting's or forum's name (ANNOTATION.md: organisations as written; set F: the gold lists the short form alone).
 */
class JsonSummaryListedOrganisationFormTest {

    private static List<String> organisations(JsonNode s) {
        List<String> out = new ArrayList<>();
        s.get("organizations").forEach(o -> out.add(o.asText()));
        return out;
    }

    @Test
    void theShortFormWrittenAloneIsListedNotTheFullFormInsideAMeetingName() {
        JsonNode s = summary("亚太经合组织第三十次领导人非正式会议17日在旧金山闭幕。与会各方表示，APEC应继续推动区域经济一体化。",
                "2023-11-18");
        List<String> orgs = organisations(s);
        assertTrue(orgs.contains("APEC"), orgs.toString());
        assertFalse(orgs.contains("亚太经合组织"), orgs.toString());
    }

    @Test
    void theSameInTraditionalScript() {
        JsonNode s = summary("中國—拉美和加勒比國家共同體論壇第三屆部長級會議在北京開幕。拉共體輪值主席國洪都拉斯外長出席。"
                , "2021-12-03");
        List<String> orgs = organisations(s);
        assertTrue(orgs.contains("拉共體"), orgs.toString());
        assertFalse(orgs.contains("拉美和加勒比國家共同體"), orgs.toString());
    }

    @Test
    void aFormWrittenOnItsOwnStaysTheListedOne() {
        JsonNode s = summary("上海合作组织秘书长会见了来访代表团。他说，上海合作组织愿同各方合作，上合组织是开放的组织。", "2024-07-05");
        List<String> orgs = organisations(s);
        assertTrue(orgs.contains("上海合作组织"), orgs.toString());
    }
}
