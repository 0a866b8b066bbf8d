package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.NormalisedText;
import org.diplokg.extractor.text.StorySpan;

/**
 * Finds Chinese and numeric date expressions in normalised text: absolute (2021年6月23日, 二〇二一年, 2021-06-23,
 * 20/11/2020), partial (11月12日, 今年7月) completed from the publication date, ranges (13日至16日), and relative
 * words (周四, 昨天, 今晚) resolved against the publication date. Anniversaries and durations (30周年, 8年来, 5年内)
 * are not dates: a year needs four digits and no unit after it.
 *
 * <p>The rules are a table ({@link DateRule#TABLE}); their word lists are the {@code date-*} lexicons.
 */
public final class DateRecogniser {

    private DateRecogniser() {}

    private static final Pattern BARE_YEAR = Pattern.compile("[0-9]{4}");

    /**
     * Whether a date says nothing of when a meeting was held: the report's own year said as a relative word (今年 on
     * its own) says no more than the publication does, unlike 去年 or 7年前, which put what they date in another year;
     * a year written bare before a name is the name's.
     */
    public static boolean saysNothingOfWhenHeld(DateMention d) {
        // a year written bare before a name (2021中国服贸会) is the edition's, not when a meeting of the sentence was held
        // (dev: 3 event dates lost to it, each of a sentence that gives the day)
        if (d.explicit() && BARE_YEAR.matcher(d.surface()).matches()) return true;
        return !d.explicit() && d.date() != null && d.date().precision() == PartialDate.Precision.YEAR
                && Integer.valueOf(0).equals(DateWords.RELATIVE_YEARS.get(d.surface().strip()));
    }

    /** Every date expression in {@code text}, in text order, without overlaps. */
    public static List<DateMention> find(NormalisedText text, PartialDate published) {
        return find(text, published, List.of());
    }

    /** As {@link #find(NormalisedText, PartialDate)}, each story's dates completed from that story and its own date. */
    public static List<DateMention> find(AnalysedText text, PartialDate published) {
        return find(text.text(), published, text.stories());
    }

    private static List<DateMention> find(NormalisedText text, PartialDate published, List<StorySpan> stories) {
        String t = text.text();
        Map<DateTrigger, List<int[]>> windows = DateTrigger.locate(t);
        DateContext context = new DateContext(text, published, stories);
        for (DateRule rule : DateRule.TABLE) {
            for (MatchResult m : matches(rule, t, windows.get(rule.trigger()), gluedBreaks(text))) {
                if (!context.isFree(m)) continue; // an earlier rule, or an earlier match of this one, has it
                DateRule.Written written = rule.reader().apply(m);
                DateMention d = written == null ? null : rule.resolution().resolve(written, m, context);
                if (d != null) context.take(d);
            }
        }
        return withGlosses(t, context.inTextOrder());
    }

    /**
     * A relative word glossed by the date it means (周三（9月4日）, 今天(12日)) is that date: the explicit date wins over
     * the count from the publication day, which is wrong or missing when the page is dated later or not at all.
     */
    private static List<DateMention> withGlosses(String t, List<DateMention> found) {
        List<DateMention> out = new ArrayList<>(found);
        for (int i = 0; i + 1 < out.size(); i++) {
            DateMention word = out.get(i), gloss = out.get(i + 1);
            if (word.explicit() || !gloss.explicit() || gloss.date() == null || gloss.date().day() == 0) continue;
            int open = word.span().end();
            while (open < t.length() && Character.isWhitespace(t.charAt(open))) open++;
            if (open >= t.length() || "(（".indexOf(t.charAt(open)) < 0 || gloss.span().begin() > open + 2) continue;
            out.set(i, new DateMention(word.span(), word.surface(), gloss.date(), gloss.end(), false, gloss.yearKnown()));
        }
        return out;
    }

    /**
     * The offsets where a paragraph opens right after a numeral or a date separator. White space is dropped, so the
     * numerals of two paragraphs run together (发布时间：2024-05-31¶5月30日上午…) and the look-arounds that keep 15月
     * out of 115月 refused both dates (set G 021: the body's first date and its event date lost).
     */
    static int[] gluedBreaks(NormalisedText text) {
        String t = text.text();
        return java.util.stream.IntStream.range(1, t.length()).filter(p -> text.spaceBefore(p)
                && (DateTrigger.isNumeral(t.charAt(p - 1)) || ".-/:".indexOf(t.charAt(p - 1)) >= 0)
                && (DateTrigger.isNumeral(t.charAt(p)) || ".-/:".indexOf(t.charAt(p)) >= 0)
                && text.original().substring(text.origin(p - 1), text.origin(p)).indexOf('\n') >= 0).toArray();
    }

    /**
     * The rule's match at {@code p} read in {@code p}'s paragraph alone, when a glued break opens at {@code p} or
     * closes the paragraph within a date's length of it; else null. Offsets are the text's.
     */
    private static MatchResult inOwnParagraph(DateRule rule, String t, int[] gluedBreaks, int p) {
        if (gluedBreaks.length == 0) return null;
        int i = Arrays.binarySearch(gluedBreaks, p);
        int next = i >= 0 ? i + 1 : -i - 1;
        int begin = i >= 0 ? p : next > 0 ? gluedBreaks[next - 1] : 0;
        int end = next < gluedBreaks.length ? gluedBreaks[next] : t.length();
        // the longest date (二〇二一年十一月十二日至十一月十六日) is shorter than 24 characters
        if (i < 0 && end - p > 24) return null;
        Matcher m = rule.pattern().matcher(t.substring(begin, end)).useTransparentBounds(true).useAnchoringBounds(false);
        m.region(p - begin, end - begin);
        return m.lookingAt() ? new ShiftedMatch(m.toMatchResult(), begin) : null;
    }

    /** A match found in a stretch of the text that starts at {@code shift}, with the text's offsets. */
    private record ShiftedMatch(MatchResult inner, int shift) implements MatchResult {
        @Override public int start() { return inner.start() + shift; }
        @Override public int start(int group) { return inner.start(group) < 0 ? -1 : inner.start(group) + shift; }
        @Override public int end() { return inner.end() + shift; }
        @Override public int end(int group) { return inner.end(group) < 0 ? -1 : inner.end(group) + shift; }
        @Override public String group() { return inner.group(); }
        @Override public String group(int group) { return inner.group(group); }
        @Override public int groupCount() { return inner.groupCount(); }
    }

    /** The rule's matches around its triggers, in text order. */
    static List<MatchResult> matches(DateRule rule, String t, List<int[]> windows) {
        return matches(rule, t, windows, new int[0]);
    }

    /**
     * As {@link #matches(DateRule, String, List)}; next to a glued paragraph break a match the look-arounds refused is
     * tried again in its own paragraph alone (the numerals on the other side of the break belong to another paragraph).
     */
    static List<MatchResult> matches(DateRule rule, String t, List<int[]> windows, int[] gluedBreaks) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = rule.pattern().matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        LeadingClass first = LeadingClass.of(rule.pattern());
        for (int[] w : windows) {
            if (first == null) {
                m.region(w[0], w[1]);
                while (m.find()) out.add(m.toMatchResult());
                continue;
            }
            // find()'s matches, trying the pattern only where its leading look-ahead holds (1.7 % of extraction's
            // samples went to find() testing that look-ahead at every position of the windows)
            for (int p = w[0]; p < w[1]; ) {
                if (!first.test(t.charAt(p))) {
                    p++;
                    continue;
                }
                m.region(p, w[1]);
                MatchResult found = m.lookingAt() ? m.toMatchResult() : inOwnParagraph(rule, t, gluedBreaks, p);
                if (found != null) {
                    out.add(found);
                    p = found.end() > p ? found.end() : p + 1;
                } else {
                    p++;
                }
            }
        }
        return out;
    }
}
