package org.diplokg.extractor.resolve;

import static org.diplokg.extractor.resolve.MeetingPassages.extract;
import static org.diplokg.extractor.resolve.MeetingPassages.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplokg.extractor.DocumentKnowledge;
import org.junit.jupiter.api.Test;

/**
 * A year that opens another meeting's name in the sentence (2016年东盟峰会, 2018年首届进博会) is that meeting's edition,
 * not the date of the meeting named before it.
 */
class MeetingEditionYearOfAnotherTest {

    @Test
    void aYearOpeningANextMeetingsNameDoesNotDateTheMeetingReported() {
        DocumentKnowledge k = extract("test/edition-year-of-another.txt",
                "总理在第十八次中国－东盟领导人会议上介绍2016年东盟峰会的筹备情况。", "2015-11-22");
        ResolvedMeeting m = named(k, "第十八次");
        assertTrue(m.date() == null || m.date().date().year() != 2016, m.toString());
    }

    @Test
    void aYearOpeningAnEarlierEditionsNameDoesNotDateTheMeetingReported() {
        DocumentKnowledge k = extract("test/edition-year-of-earlier.txt",
                "第二届进博会在上海开幕，各方回顾了2018年首届进博会的成果。", "2019-11-05");
        ResolvedMeeting second = named(k, "第二届");
        assertTrue(second.date() == null || second.date().date().year() != 2018, second.toString());
        assertEquals(2018, named(k, "首届").date().date().year(), named(k, "首届").toString());
    }

    @Test
    void theSameInTraditionalScript() {
        DocumentKnowledge k = extract("test/edition-year-of-another-traditional.txt",
                "習近平在北京峰會上回顧了2015年約翰內斯堡峰會以來的合作成果。", "2018-09-05");
        ResolvedMeeting beijing = named(k, "北京峰會");
        assertTrue(beijing.date() == null || beijing.date().date().year() != 2015, beijing.toString());
    }
}
