package org.diplokg.extractor.resolve;

import static org.diplokg.extractor.resolve.MeetingPassages.extract;
import static org.diplokg.extractor.resolve.MeetingPassages.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.reference.ReferenceEntity;
import org.junit.jupiter.api.Test;

/**
 * A series named without its ordinal takes the edition of its date's year; where the series met twice that year (the
 * G20 in 2009 and 2010) the month tells the editions apart, and with no month no edition is guessed.
 */
class MeetingEditionOfYearTest {

    private static String instance(ResolvedMeeting m) {
        ReferenceEntity e = m.instance();
        return e == null ? null : e.iri().substring(e.iri().lastIndexOf('/') + 1);
    }

    @Test
    void theMonthPicksTheEditionOfAYearWithTwo() {
        DocumentKnowledge seoul = extract("test/g20-nov.txt", "2010年11月11日，G20峰会在韩国开幕，各国领导人出席。", "2010-11-12");
        assertEquals("g20-summit-5", instance(named(seoul, "G20峰会")));
        DocumentKnowledge toronto = extract("test/g20-jun.txt", "2010年6月26日，G20峰會在加拿大開幕，各國領導人出席。", "2010-06-27");
        assertEquals("g20-summit-4", instance(named(toronto, "G20峰會")));
    }

    @Test
    void aYearWithTwoEditionsAndNoMonthLinksNeither() {
        DocumentKnowledge k = extract("test/g20-2009.txt", "2009年，G20峰会在英国举行，各国领导人出席。", "2017-01-05");
        assertNull(instance(named(k, "G20峰会")));
    }

    @Test
    void aYearWithOneEditionNeedsNoMonth() {
        DocumentKnowledge k = extract("test/g20-2016.txt", "2016年，G20峰会在杭州举行，各国领导人出席。", "2017-01-05");
        assertEquals("g20-summit-11", instance(named(k, "G20峰会")));
    }
}
