package org.diplokg.extractor.recognise;

import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.text.Span;

/**
 * A date expression. {@code date} is null when the expression is relative and could not be resolved.
 *
 * @param explicit  true for calendar expressions (listed as dates), false for relative words (周四, 昨天) that
 *                  only date events
 * @param yearKnown false when the year was not written and could not be inferred (written --MM-DD)
 * @param end       the end of a range (13日至16日), or null
 */
public record DateMention(Span span, String surface, PartialDate date, PartialDate end, boolean explicit, boolean yearKnown) {

    /** The ISO form at the precision known; a missing year gives --MM-DD or --MM. */
    public String iso() {
        return isoOf(date);
    }

    /** The date or span as the summary writes it: 2021-11-12, or 2024-11-13/2024-11-16. */
    public String isoSpan() {
        return end == null || end.equals(date) ? iso() : iso() + "/" + isoOf(end);
    }

    private String isoOf(PartialDate d) {
        if (yearKnown) return d.iso();
        return d.day() != 0 ? String.format("--%02d-%02d", d.month(), d.day()) : String.format("--%02d", d.month());
    }
}
