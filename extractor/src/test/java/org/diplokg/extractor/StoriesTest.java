package org.diplokg.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.recognise.DateMention;
import org.diplokg.extractor.resolve.ResolvedMeeting;
import org.junit.jupiter.api.Test;

/** A document of several stories: each story's dates resolve against its own date; its meeting ends with it. */
class StoriesTest {

    private static final String RCEP = "https://w3id.org/diplokg/id/agreement/rcep";
    private static final String FIRST = "亚太经合组织第二十八次领导人非正式会议举行\n习近平出席亚太经合组织第二十八次领导人非正式会议。\n";
    private static final String SECOND = "甲市发布年度报告\n星期四（3月30日）甲市发布报告。王毅在会上说，区域全面经济伙伴关系协定意义重大。\n";

    private static DocumentKnowledge extract(List<SourceDocument.Story> stories) {
        return Seeds.extractor().extract(new SourceDocument("test/stories.json", "0".repeat(64), DocumentFormat.JSON_FEED,
                "UTF-8", null, PartialDate.parseIso("2021-11-13"), "json", null, null, FIRST + SECOND, List.of(), stories, List.of()));
    }

    private static List<SourceDocument.Story> two() {
        return List.of(new SourceDocument.Story(0, "甲", null),
                new SourceDocument.Story(FIRST.length(), "乙", PartialDate.parseIso("2023-03-30")));
    }

    @Test
    void datesResolveAgainstTheirStorysDate() {
        List<String> split = extract(two()).dates().stream().filter(DateMention::explicit).map(DateMention::isoSpan).toList();
        List<String> whole = extract(List.of()).dates().stream().filter(DateMention::explicit).map(DateMention::isoSpan).toList();
        assertEquals(List.of("2023-03-30"), split);
        assertEquals(List.of("2021-03-30"), whole);
    }

    @Test
    void theCurrentMeetingDoesNotRunIntoTheNextStory() {
        assertTrue(mentions(extract(List.of()), RCEP), "one story: the summit is still current");
        assertFalse(mentions(extract(two()), RCEP), "the next story starts without a meeting");
    }

    private static boolean mentions(DocumentKnowledge k, String agreement) {
        for (ResolvedMeeting m : k.meetings()) if (m.agreements().contains(agreement)) return true;
        return false;
    }
}
