package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.text.NormalisedText;
import org.diplokg.extractor.text.Span;

/**
 * The dates found so far in one text, the characters they cover, and the publication date: what a partial or
 * relative date is completed from. Rules run in priority order, so a date is completed only from dates of earlier
 * rules and earlier matches of its own rule.
 */
final class DateContext {
    private final NormalisedText text;
    private final PartialDate published;
    private final List<DateMention> found = new ArrayList<>();
    private final boolean[] taken;

    DateContext(NormalisedText text, PartialDate published) {
        this.text = text;
        this.published = published;
        this.taken = new boolean[text.text().length() + 1];
    }

    PartialDate published() { return published; }

    Integer publishedYear() { return published == null ? null : published.year(); }

    /** Whether no found date covers any character of the match. */
    boolean isFree(MatchResult m) {
        for (int i = m.start(); i < m.end(); i++) if (taken[i]) return false;
        return true;
    }

    void take(DateMention d) {
        for (int i = d.span().begin(); i < d.span().end(); i++) taken[i] = true;
        found.add(d);
    }

    /** The dates found, in text order. */
    List<DateMention> inTextOrder() {
        List<DateMention> out = new ArrayList<>(found);
        out.sort(Comparator.comparingInt(d -> d.span().begin()));
        return out;
    }

    /** The mention of a match, or null when an explicit date has no date or the match runs over a paragraph break. */
    DateMention mention(MatchResult m, PartialDate date, PartialDate end, boolean explicit, boolean yearKnown) {
        if (date == null && explicit) return null;
        // a date never runs over a paragraph break (1993年 on one line, 11月20日 on the next)
        if (text.original().substring(text.origin(m.start()), text.originalSpan(m.start(), m.end()).end()).indexOf('\n') >= 0) return null;
        if (end != null && date != null && end.compareTo(date) < 0) end = null;
        return new DateMention(new Span(m.start(), m.end()), text.originalText(m.start(), m.end()), date, end, explicit, yearKnown);
    }

    /**
     * The year of a date written without one: a year written earlier in the same paragraph, else the publication
     * year; null when neither gives it.
     */
    Integer fillYear(int before) {
        DateMention sameParagraph = nearestBefore(before, false);
        if (sameParagraph != null) return sameParagraph.date().year();
        return publishedYear();
    }

    /**
     * The nearest date with a known year (and a month, if asked) before {@code before} in the same paragraph, or in
     * the paragraph before when that one is only a short heading (timelines: a line "1993年", then the events).
     */
    DateMention nearestBefore(int before, boolean needMonth) {
        String o = text.original();
        int paragraphStart = o.lastIndexOf('\n', Math.max(0, text.origin(before) - 1)) + 1;
        if (paragraphStart > 0) {
            int previous = o.lastIndexOf('\n', paragraphStart - 2) + 1;
            if (paragraphStart - previous <= 16) paragraphStart = previous;
        }
        DateMention best = null;
        for (DateMention d : found) {
            if (d.date() == null || !d.explicit() || d.span().begin() >= before) continue;
            if (text.origin(d.span().begin()) < paragraphStart) continue;
            if (needMonth && d.date().month() == 0) continue;
            if (!needMonth && !d.yearKnown()) continue;
            if (best == null || d.span().begin() > best.span().begin()) best = d;
        }
        return best;
    }

    /** The latest explicit date with a month before {@code before}, anywhere in the text. */
    DateMention anyBefore(int before) {
        DateMention best = null;
        for (DateMention d : found) {
            if (d.date() != null && d.explicit() && d.date().month() != 0 && d.span().begin() < before
                    && (best == null || d.span().begin() > best.span().begin())) best = d;
        }
        return best;
    }

    /** The year of the latest date with a known year before {@code before}, anywhere in the text. */
    Integer contextYear(int before) {
        DateMention best = null;
        for (DateMention d : found) {
            if (d.date() != null && d.yearKnown() && d.span().begin() < before
                    && (best == null || d.span().begin() > best.span().begin())) best = d;
        }
        return best == null ? null : best.date().year();
    }
}
