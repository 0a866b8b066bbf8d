package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.text.NormalisedText;
import org.diplokg.extractor.text.Span;
import org.diplokg.extractor.text.StorySpan;

/**
 * The dates found so far in one text, the characters they cover, and the publication date: what a partial or
 * relative date is completed from. Rules run in priority order, so a date is completed only from dates of earlier
 * rules and earlier matches of its own rule. In a multi-story text (an RSS file, a day's transcript) a date is
 * completed only from its own story: the story's own date, else the document's, and dates written in that story.
 */
final class DateContext {
    private final NormalisedText text;
    private final PartialDate published;
    private final List<StorySpan> stories;
    /** A relative day or a weekday, then an opening bracket, at the end of the text before a date. */
    private static final Pattern GLOSSED = Pattern.compile("(?:" + DateWords.group(DateWords.RELATIVE_DAYS.keySet()) + "|"
            + DateWords.WEEK_WORDS.group() + DateWords.group(DateWords.WEEKDAY_NAMES.keySet()) + ")\\s*[（(]\\s*$");
    private final List<DateMention> found = new ArrayList<>();
    private final boolean[] taken;
    /** Per story, the year estimated from its written years when no date is known (computed once, see {@link #estimatedYear}). */
    private final Map<Integer, Integer> estimated = new HashMap<>();

    DateContext(NormalisedText text, PartialDate published) {
        this(text, published, List.of());
    }

    DateContext(NormalisedText text, PartialDate published, List<StorySpan> stories) {
        this.text = text;
        this.published = published;
        this.stories = List.copyOf(stories);
        this.taken = new boolean[text.text().length() + 1];
    }

    /** The date that relative words at {@code at} count from: the story's own date, else the document's. */
    PartialDate published(int at) {
        StorySpan s = storyOf(at);
        return s != null && s.date() != null ? s.date() : published;
    }

    Integer publishedYear(int at) {
        PartialDate p = published(at);
        return p == null ? null : p.year();
    }

    /** Future auxiliaries of announcements (将, 即将, 拟 …), from the meeting lexicon that uses them the same way. */
    private static final List<String> FUTURE = Lexicons.of("meeting-future-auxiliaries").entries();

    /**
     * Whether a future auxiliary stands right after the date (17至23日将出席) or right before it, bare or with 于/在
     * (将于21日): then a day after the publication day is still to come, not a day of the month before.
     */
    boolean announcedAsFuture(int start, int end) {
        String t = text.text();
        for (String aux : FUTURE) {
            if (t.startsWith(aux, end)) return true;
            for (String linked : new String[] {aux, aux + "于", aux + "在"}) {
                if (start >= linked.length() && t.startsWith(linked, start - linked.length())) return true;
            }
        }
        return false;
    }

    private int storyIndex(int at) {
        int found = -1;
        for (int i = 0; i < stories.size(); i++) {
            if (stories.get(i).span().begin() <= at) found = i;
            else break;
        }
        return found;
    }

    private StorySpan storyOf(int at) {
        int i = storyIndex(at);
        return i < 0 ? null : stories.get(i);
    }

    /** Normalised offset where the story holding {@code at} begins (0 for a text of one story). */
    private int storyBegin(int at) {
        StorySpan s = storyOf(at);
        return s == null ? 0 : s.span().begin();
    }

    /**
     * When neither the story nor the document is dated: the latest year written in full in the story with a month
     * (a report is rarely about a year after its own), else the latest bare year. Computed on first use, when only the absolute rules have run.
     */
    Integer estimatedYear(int at) {
        if (published(at) != null) return published(at).year();
        int story = storyIndex(at);
        return estimated.computeIfAbsent(story, k -> {
            int begin = storyBegin(at);
            int end = story >= 0 && story + 1 < stories.size() ? stories.get(story + 1).span().begin() : Integer.MAX_VALUE;
            // a year with a month or day dates what happened; a bare year is as often a target (到2015年, 下次会议2018年)
            // and is used only when no dated year is written (set D 004 今年7月 with 2014年7月 and 到2015年)
            Integer max = null, maxDated = null;
            for (DateMention d : found) {
                int b = d.span().begin();
                if (b < begin || b >= end || d.date() == null || !d.explicit() || !d.yearKnown()) continue;
                PartialDate last = d.end() != null ? d.end() : d.date();
                int y = last.year();
                if (max == null || y > max) max = y;
                if (last.month() != 0 && (maxDated == null || y > maxDated)) maxDated = y;
            }
            return maxDated != null ? maxDated : max;
        });
    }

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
     * year (the story's, else the document's); null when neither gives it. A date glossing a relative word
     * (今天（8月18日）, 星期四（3月30日）) is the report's own day: the publication year, whatever year the paragraph
     * wrote before (a day's transcript glues reports into one paragraph: 计划2028年建成…今天（8月18日）).
     */
    Integer fillYear(int before) {
        if (glossesRelativeWord(before) && publishedYear(before) != null) return publishedYear(before);
        DateMention sameParagraph = nearestBefore(before, false);
        if (sameParagraph != null) return sameParagraph.date().year();
        // the year last written in the document is not used: the gold keeps --MM-DD when no publication date gives
        // the year (a caption's "November 5, 2014" or a later 《2063年议程》 would give the wrong one; dev 013, 026)
        return publishedYear(before);
    }

    private boolean glossesRelativeWord(int at) {
        Matcher m = GLOSSED.matcher(text.text()).region(Math.max(0, at - 8), at);
        return m.find();
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
        int storyBegin = storyBegin(before);
        DateMention best = null;
        for (DateMention d : found) {
            if (d.date() == null || !d.explicit() || d.span().begin() >= before || d.span().begin() < storyBegin) continue;
            if (text.origin(d.span().begin()) < paragraphStart) continue;
            if (needMonth && d.date().month() == 0) continue;
            // a month without a day lends its month to a bare day only in its own sentence: in 自1986年12月以来最低。
            // …21日发生爆炸 the day is in the month of the report, not of the record (dev odd half, 2 wrong days)
            if (needMonth && d.date().day() == 0 && crossesSentence(d.span().end(), before)) continue;
            if (!needMonth && !d.yearKnown()) continue;
            if (best == null || d.span().begin() > best.span().begin()) best = d;
        }
        return best;
    }

    /**
     * The latest calendar date of one day (not a range) before {@code before} in its paragraph and story: the day
     * that 当天 refers to (22日，代表团回国。…当天起…举行会谈). A relative word (昨天) is not taken: 当天 after it is
     * left to the publication day, as before this rule.
     */
    DateMention latestDayBefore(int before) {
        String o = text.original();
        int paragraphStart = o.lastIndexOf('\n', Math.max(0, text.origin(before) - 1)) + 1;
        int storyBegin = storyBegin(before);
        DateMention best = latestDayFrom(paragraphStart, storyBegin, before);
        // a paragraph that names no day before 当天 goes on with the day the paragraph before it named
        // (…12日启动谈判。¶当天，双方签署了…)
        if (best == null && paragraphStart > 1) {
            best = latestDayFrom(o.lastIndexOf('\n', paragraphStart - 2) + 1, storyBegin, before);
        }
        return best;
    }

    /** What closes a dateline after its date (新华社北京5月14日电, 中新网5月14日讯). */
    private static final String DATELINE_ENDS = Lexicons.of("date-dateline-ends").chars();

    /**
     * The dateline of the paragraph holding {@code before}, or of the paragraph before it: its latest day before
     * {@code before} when 电 or 讯 follows that date; else null.
     */
    DateMention datelineBefore(int before) {
        DateMention d = latestDayBefore(before);
        if (d == null || d.span().end() >= text.length()) return null;
        return DATELINE_ENDS.indexOf(text.text().charAt(d.span().end())) >= 0 ? d : null;
    }

    private DateMention latestDayFrom(int paragraphStart, int storyBegin, int before) {
        DateMention best = null;
        for (DateMention d : found) {
            if (d.date() == null || !d.explicit() || d.date().precision() != PartialDate.Precision.DAY
                    || d.end() != null && !d.end().equals(d.date())) continue;
            if (d.span().begin() >= before || d.span().begin() < storyBegin || text.origin(d.span().begin()) < paragraphStart) continue;
            if (best == null || d.span().begin() > best.span().begin()) best = d;
        }
        return best;
    }

    private boolean crossesSentence(int from, int to) {
        String t = text.text();
        for (int i = from; i < to && i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n') return true;
        }
        return false;
    }

    /**
     * The latest explicit date of a day before {@code before}, anywhere in its story: a month written without a day
     * (2012年5月, 去年11月) is background a later bare day is seldom in (set D 002 20日 after 2012年5月达成共识, dev 019
     * 14日 after 去年11月: both wrong days).
     */
    DateMention anyBefore(int before) {
        int storyBegin = storyBegin(before);
        DateMention best = null;
        for (DateMention d : found) {
            if (d.date() != null && d.explicit() && d.date().day() != 0 && d.span().begin() < before
                    && d.span().begin() >= storyBegin
                    && (best == null || d.span().begin() > best.span().begin())) best = d;
        }
        return best;
    }

    /** The year of the latest date with a known year before {@code before}, anywhere in its story. */
    Integer contextYear(int before) {
        int storyBegin = storyBegin(before);
        DateMention best = null;
        for (DateMention d : found) {
            if (d.date() != null && d.yearKnown() && d.span().begin() < before && d.span().begin() >= storyBegin
                    && (best == null || d.span().begin() > best.span().begin())) best = d;
        }
        return best == null ? null : best.date().year();
    }
}
