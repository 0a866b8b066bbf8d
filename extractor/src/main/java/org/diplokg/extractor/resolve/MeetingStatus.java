package org.diplokg.extractor.resolve;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.text.MatchStarts;
import org.diplokg.extractor.recognise.DateMention;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.text.Span;

/**
 * Whether a meeting is announced (planned) or reported as held, and whether it is reported at all.
 *
 * <p>Read per name in step 1 ({@link #announced}, {@link #shownHeld}), settled per meeting once its names are merged
 * ({@link #settle}: the later steps treat planned meetings differently), and decided last, when the arguments are
 * known ({@link #reported}).
 */
final class MeetingStatus {

    /** In the clause before a name (it holds no comma): 将于, 拟在, 将出席 …, or 届时, 明年 …. */
    private static final Pattern FUTURE = Pattern.compile(Lexicons.of("meeting-future-auxiliaries").group()
            + "(?:[为同与向][^，,。；;]{1,20}?)?" // 还将为各国领导人举行欢迎宴会: the action after a prepositional phrase
            + Lexicons.of("meeting-future-actions").group() + "|" + Lexicons.of("meeting-future-time-words").alternation());
    /**
     * A clause with no subject of its own before a name: nothing, a quote mark, or a few characters ending in an
     * attending verb (…将出席开幕式，全程主持圆桌峰会; 将出席A，“金砖+”对话会等活动). The earlier clause's future holds for it.
     */
    private static final Pattern SUBJECTLESS = Pattern.compile("^[“\"‘]?$|^[^“\"‘]{0,4}?"
            + Lexicons.of("meeting-attended-verbs").group() + "$");
    private static final List<String> FUTURE_AFTER_NAME = Lexicons.of("meeting-future-after-name").entries();
    /** Marks of something done: a date after the publication with these is a wrongly completed year, not a plan. */
    private static final Pattern PAST = Pattern.compile(Lexicons.of("meeting-past-markers").alternation());
    /** Words that show a meeting took place or is taking place, rather than being talked about; 在…上表示 too. */
    static final Pattern EVIDENCE = Pattern.compile(Lexicons.of("meeting-held-evidence").alternation()
            + "|在[^，。]{0,40}(?:上|" + Lexicons.of("meeting-speech-verbs").alternation() + ")");
    /** Where evidence can start: the sentence of every meeting mention is scanned (0.8 % of extraction with find()). */
    private static final MatchStarts EVIDENCE_STARTS = MatchStarts.of(EVIDENCE);

    private MeetingStatus() {}

    /**
     * Whether the name {@code m} is announced for the future: a future cue in its clause before the name (将于…举行,
     * 届时, 明年), 将 or 即将 right after it, or a date of its sentence after the publication date while the sentence
     * has no mark of something done.
     *
     * @param t        the normalised text
     * @param sentence the sentence holding the name
     * @param date     the date that goes with the name in its sentence, or null
     */
    static boolean announced(String t, Span sentence, Mention m, DateMention date, PartialDate published) {
        String before = t.substring(sentence.begin(), Math.max(sentence.begin(), m.begin()));
        String right = t.substring(m.end(), Math.min(sentence.end(), m.end() + 4));
        String clause = before.substring(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1);
        return FUTURE.matcher(clause).find() || actionInName(clause, t.substring(m.begin(), m.end()))
                || FUTURE_AFTER_NAME.stream().anyMatch(right::startsWith)
                || carriedFuture(before, clause)
                || date != null && date.date() != null && published != null && date.yearKnown() && after(date.date(), published)
                && !PAST.matcher(t.substring(sentence.begin(), sentence.end())).find();
    }

    /**
     * Whether an auxiliary of the clause before a name makes the verb read into the name (举行会谈, 越南国家主席举行会谈,
     * 进行会晤) one to come: …将同X外务相举行会谈, 双方总理每年将进行会晤 (set E 027, 003: two false events; ANNOTATION.md:
     * announced meetings are planned ones).
     */
    private static boolean actionInName(String clause, String name) {
        Matcher future = FUTURE.matcher(clause + name);
        return future.find() && future.start() < clause.length();
    }

    /**
     * Whether the future of an earlier clause of the sentence reaches a name whose own clause has no subject (dev even
     * half: 2 false events, both announced the same way).
     */
    private static boolean carriedFuture(String before, String clause) {
        if (!SUBJECTLESS.matcher(clause).matches()) return false;
        Matcher future = FUTURE.matcher(before.substring(0, before.length() - clause.length()));
        if (!future.find()) return false;
        return !PAST.matcher(before.substring(future.start())).find();
    }

    /** Whether the sentence of a name shows the meeting took place: attended, held, spoken at, or explicitly dated. */
    static boolean shownHeld(String sentence, DateMention date) {
        return EVIDENCE_STARTS.find(EVIDENCE.matcher(sentence), sentence, 0) || date != null && date.explicit();
    }

    /** A meeting announced in one place and only talked about elsewhere is an announced one. */
    static void settle(Collection<MeetingDraft> drafts) {
        for (MeetingDraft d : drafts) if (d.anyPlanned && !d.evidence) d.planned = true;
    }

    /**
     * Whether a meeting is reported: announced, shown held, or identified (reference instance, ordinal) or given a
     * chair or participants. A name in passing (借助中国-东盟博览会等平台) is not.
     */
    static boolean reported(MeetingDraft d) {
        return d.planned || d.evidence || d.instance != null || d.ordinal != 0 || d.chair != null || !d.participants.isEmpty();
    }

    /** Whether {@code d} lies wholly after {@code published}, compared at the coarser of the two precisions. */
    private static boolean after(PartialDate d, PartialDate published) {
        if (d.year() != published.year()) return d.year() > published.year();
        if (d.month() == 0 || published.month() == 0) return false;
        if (d.month() != published.month()) return d.month() > published.month();
        return d.day() != 0 && published.day() != 0 && d.day() > published.day();
    }
}
