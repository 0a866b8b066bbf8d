package org.diplokg.extractor.recognise;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.MatchResult;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.recognise.DateRule.Parts;
import org.diplokg.extractor.recognise.DateRule.Written;

/** How a rule's match becomes a date: as written, or completed from the dates before it and the publication date. */
enum DateResolution {

    /** Every part written: 2021年6月23日, 2021-06-23, 2021年11月, 2021年. */
    ABSOLUTE {
        @Override
        DateMention resolve(Written w, MatchResult m, DateContext c) {
            return c.mention(m, date(w.start()), w.end() == null ? null : date(w.end()), true, true);
        }
    },

    /**
     * 今年7月, 去年11月12日: the year counted from the publication year, else from the year of a date before it in
     * the paragraph; 同年7月: the year of the latest date with a year before it. No date when nothing gives the year.
     */
    YEAR_FROM_WORD {
        @Override
        DateMention resolve(Written w, MatchResult m, DateContext c) {
            Integer year;
            if (w.offset() == null) {
                year = c.contextYear(m.start());
            } else {
                // 今年 counts from the story's (else the document's) date; undated, from the story's estimated year
                Integer base = c.estimatedYear(m.start());
                year = base == null ? null : base + w.offset();
            }
            if (year == null) return null;
            PartialDate end = w.end() == null ? null : PartialDate.tryOf(year, w.end().month(), w.end().day()).orElse(null);
            return c.mention(m, PartialDate.tryOf(year, w.start().month(), w.start().day()).orElse(null), end, true, true);
        }
    },

    /**
     * 11月12日, 11月: the year of a date before it in the paragraph, else the publication year; when neither gives
     * it the year stays unknown (read in a leap year, so that 2月29日 survives).
     */
    YEAR_FROM_CONTEXT {
        @Override
        DateMention resolve(Written w, MatchResult m, DateContext c) {
            Integer known = c.fillYear(m.start());
            int year = known == null ? 2000 : known;
            PartialDate start = PartialDate.tryOf(year, w.start().month(), w.start().day()).orElse(null);
            PartialDate end = start == null || w.end() == null ? null
                    : PartialDate.tryOf(year, w.end().month(), w.end().day()).orElse(null);
            return c.mention(m, start, end, true, known != null);
        }
    },

    /**
     * 21日: the month of a date just before it in the paragraph (1999年11月20日 … 21日), unless that would put the
     * day after the publication; else the publication's month, up to the day after the publication day (24日 in an
     * article of 10月29日), a later day in the month before (26日 in an article of 11月1日) unless a future auxiliary
     * announces it (17至23日将出席… in an article of the 13th: this month's 17th–23rd, not last month's). No date when
     * neither gives the month.
     */
    MONTH_FROM_CONTEXT {
        @Override
        DateMention resolve(Written w, MatchResult m, DateContext c) {
            int day = w.start().day();
            PartialDate published = c.published(m.start());
            DateMention month = c.nearestBefore(m.start(), true);
            if (month == null && published == null) month = c.anyBefore(m.start());
            if (month != null && month.date().month() != 0) {
                PartialDate base = month.end() != null ? month.end() : month.date();
                PartialDate d = PartialDate.tryOf(base.year(), base.month(), day).orElse(null);
                boolean afterPublication = d != null && published != null && month.yearKnown() && published.day() != 0
                        && d.compareTo(published) > 0;
                if (d != null && !afterPublication) return c.mention(m, d, sameMonth(d, w), true, month.yearKnown());
            }
            if (published == null || published.day() == 0) return null;
            if (day <= published.day() + 1 || c.announcedAsFuture(m.start(), m.end())) {
                PartialDate d = PartialDate.tryOf(published.year(), published.month(), day).orElse(null);
                return c.mention(m, d, sameMonth(d, w), true, true);
            }
            // a day after the publication day is the latest such day before it: 26日 in a report of 11月1日 is 10月26日
            // (dev odd half: 1 date, 1 event date)
            LocalDate previous = published.toLocalDate().map(p -> p.minusMonths(1)).orElse(null);
            PartialDate d = previous == null ? null : PartialDate.tryOf(previous.getYear(), previous.getMonthValue(), day).orElse(null);
            return d == null ? null : c.mention(m, d, sameMonth(d, w), true, true);
        }

        /** The last day of a list of days (13、14日) in the month its first day was given, or null. */
        private static PartialDate sameMonth(PartialDate start, Written w) {
            return start == null || w.end() == null ? null : PartialDate.tryOf(start.year(), start.month(), w.end().day()).orElse(null);
        }
    },

    /** 本月9日, 上月20日: the month counted from the publication's (the story's, else the document's); none undated. */
    MONTH_FROM_WORD {
        @Override
        DateMention resolve(Written w, MatchResult m, DateContext c) {
            PartialDate pub = c.published(m.start());
            if (pub == null || pub.month() == 0) return null;
            java.time.YearMonth month = java.time.YearMonth.of(pub.year(), pub.month()).plusMonths(w.offset());
            PartialDate d = PartialDate.tryOf(month.getYear(), month.getMonthValue(), w.start().day()).orElse(null);
            return c.mention(m, d, null, true, true);
        }
    },

    /**
     * 昨天, 周四, 上周四: counted from the publication day (a weekday is the most recent one on or before it; 上 and 下
     * shift a week). Such words only date events: the mention is not explicit, and has no date without a publication.
     */
    FROM_PUBLICATION {
        @Override
        DateMention resolve(Written w, MatchResult m, DateContext c) {
            LocalDate pub = c.published(m.start()) == null ? null : c.published(m.start()).toLocalDate().orElse(null);
            // undated page: a weekday counts from the story's dateline (新华社某地2017年5月14日电 …周六签署 -> 5月13日)
            if (pub == null && w.weekday() != null) {
                DateMention dateline = c.datelineBefore(m.start());
                if (dateline != null && dateline.yearKnown()) pub = dateline.date().toLocalDate().orElse(null);
            }
            PartialDate date = pub == null ? null
                    : w.weekday() != null ? weekday(pub, w.offset(), w.weekday()) : PartialDate.of(pub.plusDays(w.offset()));
            return c.mention(m, date, null, false, true);
        }
    },

    /**
     * 当天, 当晚: the day the paragraph has just named (22日…。当天起…), else the publication day; relative, so not
     * listed. A report that says 当天 after a date means that date, not the day it was published (dev odd half: 1 event
     * date; 2 more such sentences in 2 other documents).
     */
    FROM_EARLIER_DAY {
        @Override
        DateMention resolve(Written w, MatchResult m, DateContext c) {
            DateMention earlier = c.latestDayBefore(m.start());
            if (earlier == null) return FROM_PUBLICATION.resolve(w, m, c);
            PartialDate date = earlier.date().toLocalDate().map(d -> PartialDate.of(d.plusDays(w.offset()))).orElse(null);
            return c.mention(m, date, null, false, earlier.yearKnown());
        }
    },

    /** 今年, 去年 on their own: the year counted from the story's (else the document's) date; relative, so not listed. */
    YEAR_FROM_PUBLICATION {
        @Override
        DateMention resolve(Written w, MatchResult m, DateContext c) {
            PartialDate pub = c.published(m.start());
            PartialDate year = pub == null ? null : PartialDate.tryOf(pub.year() + w.offset(), 0, 0).orElse(null);
            return c.mention(m, year, null, false, true);
        }
    };

    /** The mention a match resolves to, or null when it is no date (then its characters stay free for later rules). */
    abstract DateMention resolve(Written w, MatchResult m, DateContext c);

    private static PartialDate date(Parts p) {
        return PartialDate.tryOf(p.year(), p.month(), p.day()).orElse(null);
    }

    /** The weekday in the week {@code shift} from the publication: -1 the week before, 1 the next one, 0 the latest. */
    static PartialDate weekday(LocalDate pub, int shift, DayOfWeek day) {
        LocalDate d;
        if (shift > 0) d = pub.with(TemporalAdjusters.next(day));
        else if (shift < 0) d = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1)
                .with(TemporalAdjusters.nextOrSame(day));
        else d = pub.with(TemporalAdjusters.previousOrSame(day));
        return PartialDate.of(d);
    }
}
