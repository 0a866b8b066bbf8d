package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * One talk or call written out more than once (a headline's A与B通话, the story's A与B进行…首次通话; a lead's act and a
 * later 当天在…与B举行会谈) is one event when the mentions share their two-sided head, their people and their day.
 */
class TalkMentionsOfOnePairTest {

    @Test
    void aHeadlinesCallAndTheStorysFirstCallAreOneCall() {
        JsonNode s = summary("马克龙与习近平通话后表示 法中将加强合作\n\n"
                + "法国总统马克龙周三(10日)与中国国家主席习近平进行今年以来首次通话，双方讨论了气候合作。", "2023-05-11");
        assertEquals(1, s.get("events").size(), s.get("events").toString());
    }

    @Test
    void aLeadsTalkAndTheSameTalkToldAgainAreOneTalk() {
        JsonNode s = summary("越南總理范明政12日抵達雅加達展開正式訪問，他當天下午與印尼總統佐科舉行會談。\n\n"
                + "范明政當天在總統府與佐科舉行會談。范明政表示，越方願同印尼深化合作。", "2023-09-13");
        assertEquals(1, s.get("events").size(), s.get("events").toString());
    }

    @Test
    void talksOfTheSamePairOnTwoDaysStayTwo() {
        JsonNode s = summary("越南總理范明政12日在雅加達與印尼總統佐科舉行會談。\n\n"
                + "范明政14日在峇里島與佐科再次舉行會談。", "2023-09-15");
        assertEquals(2, s.get("events").size(), s.get("events").toString());
    }
}
