package org.diplokg.extractor.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** A bare name of a call (首次通话) and the act of the same two people (A同B通话) are one call. */
class TalkMentionsMergedTest {

    @Test
    void aBareCallNameJoinsTheCallOfTheSamePeople() {
        JsonNode s = Passages.summary("习近平同朔尔茨通话\n\n国家主席习近平5日晚同德国总理朔尔茨进行首次通话。双方在首次通话中同意加强合作。",
                "2023-03-06");
        assertEquals(1, s.get("events").size(), s.get("events").toString());
    }
}
