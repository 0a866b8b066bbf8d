package org.diplokg.extractor.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A heading that opens with a full date and goes on as a title is a dated heading (ANNOTATION.md: published from a dated
 * heading): the PRC Foreign Ministry heads every transcript so (set E 026, dev 011). A sentence that opens with a date
 * is not one.
 */
class PublishedDatedHeadingTest {

    @Test
    void aTranscriptHeadingInEitherScript() {
        assertEquals(Optional.of(PartialDate.parseIso("2019-03-05")),
                PublicationDates.compact("2019年3月5日外交部发言人陆慷主持例行记者会"));
        assertEquals(Optional.of(PartialDate.parseIso("2020-07-01")),
                PublicationDates.compact("2020年7月1日外交部發言人趙立堅主持例行記者會"));
    }

    @Test
    void aSentenceOrARangeIsNoHeading() {
        assertEquals(Optional.empty(), PublicationDates.compact("2019年3月5日，两国外长在北京举行会谈。"));
        assertEquals(Optional.empty(), PublicationDates.compact("2019年3月5日至7日第三届论坛在京举行"));
        assertEquals(Optional.empty(), PublicationDates.compact("2019年3月5日两国外长在北京举行会谈。"));
    }
}
