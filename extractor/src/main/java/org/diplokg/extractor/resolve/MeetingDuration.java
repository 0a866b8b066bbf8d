package org.diplokg.extractor.resolve;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.dates.ChineseNumerals;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.recognise.DateMention;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.Span;

/**
 * Step 3c of {@link MeetingBuilder}: a meeting dated by one day whose sentence gives its length (为期两天的峰会, 一连三日)
 * and says that day opened it (7日起举行, 4日开幕) or closed it (5日闭幕, 5日落下帷幕) is held over the span of days that
 * gives: 7日起…为期两天 is the 7th to the 8th, 为期两天的峰会5日闭幕 the 4th to the 5th (set F 022, set G 008: each
 * meeting dated by its one day written, the gold by the span).
 */
final class MeetingDuration {

    private static final Pattern LENGTH = Pattern.compile("(?:" + Lexicons.of("meeting-duration-words").alternation()
            + ")([0-9" + ChineseNumerals.DIGITS + ChineseNumerals.TEN + "]{1,3})[天日]");
    private static final List<String> OPENING = Lexicons.of("meeting-opening-words").entries();
    private static final List<String> CLOSING = Lexicons.of("meeting-closing-words").entries();
    /** What ends the clause a day's cue must be in. */
    private static final String CLAUSE_MARKS = "，,；;。！？";
    /** A meeting's length beyond this many days is a visit's or a season's, not one meeting's. */
    private static final int MAX_DAYS = 10;

    private MeetingDuration() {}

    static void spans(AnalysedText text, List<DateMention> dates, Collection<MeetingDraft> drafts) {
        for (MeetingDraft d : drafts) {
            d.date = spanned(text, dates, d, d.date);
            d.heldDate = spanned(text, dates, d, d.heldDate);
        }
    }

    private static DateMention spanned(AnalysedText text, List<DateMention> dates, MeetingDraft d, DateMention date) {
        if (date == null || date.date() == null || date.date().precision() != PartialDate.Precision.DAY
                || date.end() != null && !date.end().equals(date.date())) return date;
        String t = text.normalised();
        // the sentences naming it, and the one its day is written in (展开为期两天的部长级会议: a bare head, no name)
        Set<Integer> sentences = new TreeSet<>();
        for (Mention m : d.mentions) sentences.add(text.sentenceAt(m.begin()));
        sentences.add(text.sentenceAt(date.span().begin()));
        for (int s : sentences) {
            if (s < 0) continue;
            Span sentence = text.sentences().get(s);
            Matcher length = LENGTH.matcher(t).region(sentence.begin(), sentence.end());
            if (!length.find()) continue;
            int days = ChineseNumerals.parse(length.group(1));
            if (days < 2 || days > MAX_DAYS || length.find()) return date; // one length, of a few days
            Boolean opens = null;
            for (DateMention day : dates) {
                if (!sentence.contains(day.span()) || day.date() == null || day.end() != null && !day.end().equals(day.date())
                        || day.date().month() != date.date().month() || day.date().day() != date.date().day()) continue;
                String clause = clauseAfter(t, day.span().end(), sentence.end());
                boolean open = says(clause, OPENING), close = says(clause, CLOSING);
                if (open == close) continue;
                if (opens != null && opens != open) return date;
                opens = open;
            }
            if (opens == null) return date;
            LocalDate day = date.date().toLocalDate().orElseThrow();
            LocalDate first = opens ? day : day.minusDays(days - 1L), last = opens ? day.plusDays(days - 1L) : day;
            return new DateMention(date.span(), date.surface(), PartialDate.of(first), PartialDate.of(last), date.explicit(),
                    date.yearKnown());
        }
        return date;
    }

    /** A cue of one character (起) right after the day, a longer one anywhere in its clause (4日在北京开幕). */
    private static boolean says(String clause, List<String> cues) {
        return cues.stream().anyMatch(w -> clause.startsWith(w) || w.length() > 1 && clause.contains(w));
    }

    private static String clauseAfter(String t, int from, int limit) {
        int end = from;
        while (end < limit && CLAUSE_MARKS.indexOf(t.charAt(end)) < 0) end++;
        return t.substring(from, end);
    }
}
