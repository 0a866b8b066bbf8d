package org.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.recognise.RecogniserId;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.Span;

/**
 * Step 3a of {@link MeetingBuilder}: the meeting each sentence is about, which the arguments of that sentence go to.
 *
 * <p>Needs the merged drafts with their status settled, the name mentions and the lead (title and first paragraph).
 * Produces the main meeting, and per sentence the meeting it is about and whether it names that meeting. A meeting
 * named in the lead or in a heading stays current until the next heading names another; one named where a paragraph
 * opens (习近平11月初在上海进博会上称…) is current only within that paragraph. Planned meetings never become current.
 */
final class MeetingFocus {

    /** A sentence that opens a paragraph with one of these makes its meeting the paragraph's. */
    private static final Pattern HELD = Pattern.compile(Lexicons.of("meeting-current-cues").alternation() + "|在.{0,30}上");
    /** Verbs just before a name that put the action at the meeting (出席…会议). */
    private static final List<String> ATTENDED_VERBS = Lexicons.of("meeting-attended-verbs").entries();

    /** The meeting the document reports, or null. */
    final MeetingDraft main;
    /** The name mentions of each sentence (index = sentence number). */
    final List<List<Mention>> namedBySentence;
    /** The meeting each sentence is about (null before any is current). */
    private final MeetingDraft[] about;
    /** Whether the sentence names a meeting itself. */
    private final boolean[] explicit;
    /** The meetings (not planned) named by the last sentence up to this one that names any: what 参加会见 refers to. */
    private final List<List<MeetingDraft>> justNamed;
    /** The meetings (not planned) named in the story up to this sentence: what 参加上述活动 refers to. */
    private final List<List<MeetingDraft>> storyNamed;
    private final Map<Mention, MeetingDraft> draftOf;

    private MeetingFocus(MeetingDraft main, List<List<Mention>> namedBySentence, MeetingDraft[] about, boolean[] explicit,
                         List<List<MeetingDraft>> justNamed, List<List<MeetingDraft>> storyNamed,
                         Map<Mention, MeetingDraft> draftOf) {
        this.main = main;
        this.namedBySentence = namedBySentence;
        this.about = about;
        this.explicit = explicit;
        this.justNamed = justNamed;
        this.storyNamed = storyNamed;
        this.draftOf = draftOf;
    }

    MeetingDraft about(int sentence) { return about[sentence]; }

    boolean names(int sentence) { return explicit[sentence]; }

    /** The draft a name mention belongs to, or null. */
    MeetingDraft draftOf(Mention m) { return draftOf.get(m); }

    /** The meetings a follow-up sentence (…等参加会见, 出席上述活动) refers to: those the last naming sentence named. */
    List<MeetingDraft> justNamed(int sentence) { return justNamed.get(sentence); }

    /** The meetings that 上述活动 (all the activities above) refers to: those named in the story so far. */
    List<MeetingDraft> storyNamed(int sentence) { return storyNamed.get(sentence); }

    /**
     * @param quoted names in a person's reported words ({@link ReportedSpeech}): they do not make the sentence theirs
     * @param people the person mentions with their entities: who opens a paragraph about a meeting of two people
     */
    static MeetingFocus of(AnalysedText text, List<Mention> named, Map<Mention, MeetingDraft> draftOf, Span lead,
                           Set<Mention> quoted, List<Mention> people, List<Mention> references) {
        String t = text.normalised();
        List<List<Mention>> namedBySentence = text.bySentence(named, Mention::begin);
        MeetingDraft main = mainMeeting(text, named, draftOf, lead);
        int n = text.sentences().size();
        MeetingDraft[] about = new MeetingDraft[n];
        boolean[] explicit = new boolean[n];
        List<List<MeetingDraft>> justNamed = new ArrayList<>();
        List<List<MeetingDraft>> storyNamed = new ArrayList<>();
        List<MeetingDraft> inStory = new ArrayList<>();
        // a main meeting the lead does not name (the first held one named anywhere) is not what the document reports:
        // it is current only where it is named, as any other meeting
        MeetingDraft sticky = namedIn(named, draftOf, lead, main) ? main : null, local = null;
        List<MeetingDraft> lastNamed = List.of();
        int localParagraph = -1;
        Mention localAct = null;
        int story = 0;
        for (int s = 0; s < n; s++) {
            Span sentence = text.sentences().get(s);
            // a new story of a multi-story document (an RSS item, a transcript's next report) starts with no meeting
            if (text.storyAt(sentence.begin()) != story) {
                story = text.storyAt(sentence.begin());
                sticky = null;
                local = null;
                inStory = new ArrayList<>();
            }
            int paragraph = paragraphOf(text, sentence);
            if (paragraph != localParagraph) {
                // 当天，何立峰还会见了X。… ¶ X表示，…: a paragraph that opens with a side of the meeting the last one
                // reported, or with 双方, goes on about it (probe f6: X's words at the meeting went to the lead's forum)
                if (localAct != null && opensWithSide(t, sentence, people, localAct)) localParagraph = paragraph;
                else local = null;
            }
            List<Mention> own = namedBySentence.get(s).stream().filter(m -> !quoted.contains(m)).toList();
            MeetingDraft here = namedHere(t, own, draftOf, sentence, main);
            if (here != null) {
                explicit[s] = true;
                lastNamed = heldHere(own, draftOf, sentence);
                inStory = new ArrayList<>(inStory);
                for (MeetingDraft d : lastNamed) if (!inStory.contains(d)) inStory.add(d);
                about[s] = here;
                String st = t.substring(sentence.begin(), sentence.end());
                boolean heading = lead.contains(sentence) || isShortParagraph(text, sentence);
                // held or attended here (出席, 举行, 在…上): current until the next meeting is named, in its paragraph
                // or an act that says it took place (王文涛还会见了X。双方见证签署…): the paragraph's next sentences
                // are about that meeting (probe: a second meeting's agreement, lost where it was not in the lead)
                boolean actHere = own.stream().anyMatch(m -> draftOf.get(m) == here && m.recogniser() == RecogniserId.MEETING_ACT);
                boolean attendedHere = HELD.matcher(st).find() || actHere;
                if (!here.planned && heading) {
                    sticky = here;
                    local = null;
                    localAct = null;
                } else if (!here.planned && attendedHere) {
                    local = here;
                    localParagraph = paragraph;
                    localAct = own.stream().filter(m -> draftOf.get(m) == here && m.recogniser() == RecogniserId.MEETING_ACT)
                            .findFirst().orElse(null);
                }
            } else {
                about[s] = local != null ? local : sticky;
            }
            justNamed.add(lastNamed);
            storyNamed.add(inStory);
        }
        referencesBeforeTheName(text, named, draftOf, main, references, about);
        return new MeetingFocus(main, namedBySentence, about, explicit, justNamed, storyNamed, draftOf);
    }

    /**
     * X以视像方式主持会议 in a caption above a story that names the meeting only further on: a bare reference (会议) in a
     * sentence before any meeting is current is the one meeting held that its story names (set E 023: the chair and
     * participant of 中国—东盟经贸部长特别会议). Not where the story names another meeting held: the reference is
     * then ambiguous.
     */
    private static void referencesBeforeTheName(AnalysedText text, List<Mention> named, Map<Mention, MeetingDraft> draftOf,
                                                MeetingDraft main, List<Mention> references, MeetingDraft[] about) {
        if (main == null || main.planned || references.isEmpty()) return;
        Mention first = named.stream().filter(m -> draftOf.get(m) == main).findFirst().orElse(null);
        if (first == null) return;
        int story = text.storyAt(first.begin());
        boolean onlyOne = named.stream().map(draftOf::get).allMatch(d -> d == main || d.planned);
        if (!onlyOne) return;
        for (Mention r : references) {
            int s = text.sentenceAt(r.begin());
            if (s < 0 || about[s] != null || r.begin() >= first.begin() || text.storyAt(r.begin()) != story) continue;
            about[s] = main;
        }
    }

    /** Openings of a paragraph that go on about the meeting of two people just reported (双方, 会谈中). */
    private static final List<String> SIDE_OPENERS = Lexicons.of("meeting-side-openers").entries();
    /** How far into its paragraph the person who opens it may stand (当天下午，X表示). */
    private static final int OPENING_REACH = 8;

    /** Whether the sentence opens with 双方 or with a person at one end of the act (its subject or the person met). */
    private static boolean opensWithSide(String t, Span sentence, List<Mention> people, Mention act) {
        String st = t.substring(sentence.begin(), sentence.end());
        if (SIDE_OPENERS.stream().anyMatch(st::startsWith)) return true;
        Set<String> sides = new java.util.HashSet<>();
        for (Mention p : people) {
            if (p.begin() == act.begin() || p.end() == act.end()) sides.add(p.entityIri());
        }
        for (Mention p : people) {
            if (p.begin() >= sentence.begin() && p.begin() - sentence.begin() <= OPENING_REACH) return sides.contains(p.entityIri());
        }
        return false;
    }

    private static boolean namedIn(List<Mention> named, Map<Mention, MeetingDraft> draftOf, Span lead, MeetingDraft d) {
        return d != null && named.stream().anyMatch(m -> draftOf.get(m) == d && lead.contains(m.span()));
    }

    /** The meetings named in the sentence that are not planned, in text order. */
    private static List<MeetingDraft> heldHere(List<Mention> named, Map<Mention, MeetingDraft> draftOf, Span sentence) {
        List<MeetingDraft> out = new ArrayList<>();
        for (Mention m : named) {
            MeetingDraft d = draftOf.get(m);
            if (sentence.contains(m.span()) && !d.planned && !out.contains(d)) out.add(d);
        }
        return out;
    }

    /** Of several meetings named in one sentence (在2021服贸会“…论坛”上): the main one, else the one attended there. */
    private static MeetingDraft namedHere(String t, List<Mention> named, Map<Mention, MeetingDraft> draftOf, Span sentence,
                                          MeetingDraft main) {
        MeetingDraft here = null;
        for (Mention m : named) {
            if (!sentence.contains(m.span())) continue;
            MeetingDraft d = draftOf.get(m);
            if (here == null || d == main || here != main && attended(t, m)) here = d;
            if (here == main) break;
        }
        return here;
    }

    /**
     * The meeting the document reports: the one named in the title or lead that is attended or held there
     * (出席…会议, 在…论坛上), else the first named in the lead, else the first that is not planned.
     */
    private static MeetingDraft mainMeeting(AnalysedText text, List<Mention> named, Map<Mention, MeetingDraft> draftOf, Span lead) {
        String t = text.normalised();
        MeetingDraft first = null;
        for (Mention m : named) {
            MeetingDraft d = draftOf.get(m);
            if (!lead.contains(m.span()) || d.planned) continue;
            if (first == null) first = d;
            if (attended(t, m)) return d;
        }
        if (first != null) return first;
        return named.stream().map(draftOf::get).filter(d -> !d.planned).findFirst().orElse(null);
    }

    /** 出席…会议, 在…论坛上: the meeting is where something happens. */
    private static final java.util.regex.Pattern SPEECH_AFTER = java.util.regex.Pattern.compile(
            "(?:中|时)?" + org.diplokg.extractor.lexicon.Lexicons.of("meeting-speech-verbs").group());

    /**
     * 出席纳吉布夫妇为与会领导人举行的欢迎宴会: the attending verb governs the occasion a relative clause (…举行的) ends
     * on, not the meeting inside the clause (set G 010: the banquet's guests went to the summit).
     */
    private static final java.util.regex.Pattern ATTENDED_RELATIVE = java.util.regex.Pattern.compile(
            Lexicons.of("meeting-attended-verbs").group() + "[^，,。；;]{2,24}" + Lexicons.of("meeting-hosting-relatives").group()
            + Lexicons.of("meeting-name-occasion-manners").group() + "?$");

    static boolean attended(String t, Mention m) {
        String before = t.substring(Math.max(0, m.begin() - 3), m.begin());
        for (String verb : ATTENDED_VERBS) if (before.contains(verb)) return true;
        if (ATTENDED_RELATIVE.matcher(t.substring(Math.max(0, m.begin() - 40), m.begin())).find()) return true;
        int after = m.end();
        // 在例行记者会表示: the speaker is at the meeting named right after 在 and right before the speech verb
        if (m.begin() > 0 && t.charAt(m.begin() - 1) == '在' && SPEECH_AFTER.matcher(t).region(after, t.length()).lookingAt()) return true;
        if (after < t.length() && "”\"’」』".indexOf(t.charAt(after)) >= 0) after++; // a closing quote before 上
        return after < t.length() && t.charAt(after) == '上';
    }

    /** The paragraph a sentence is in: the offset in the original text of the line it starts on. */
    private static int paragraphOf(AnalysedText text, Span sentence) {
        int b = text.text().origin(sentence.begin());
        return text.text().original().lastIndexOf('\n', Math.max(0, b - 1)) + 1;
    }

    /** Only white space between the sentence and the line break before it (or the start of the text). */
    private static boolean startsParagraph(AnalysedText text, Span sentence) {
        String o = text.text().original();
        int j = text.text().origin(sentence.begin()) - 1;
        while (j >= 0 && o.charAt(j) != '\n' && Character.isWhitespace(o.charAt(j))) j--;
        return j < 0 || o.charAt(j) == '\n';
    }

    /**
     * A sentence that is a whole paragraph of at most 60 characters and does not end as a sentence does (。！？): a
     * heading. A short paragraph of one full sentence (2013年起草，历经四次…会议，…正式生效。) is text.
     */
    private static boolean isShortParagraph(AnalysedText text, Span sentence) {
        if (sentence.length() > 60) return false;
        String o = text.text().original();
        Span s = text.text().originalSpan(sentence.begin(), sentence.end());
        String bare = o.substring(s.begin(), s.end()).strip();
        if (!bare.isEmpty() && "。！？!?".indexOf(bare.charAt(bare.length() - 1)) >= 0) return false;
        boolean startsParagraph = s.begin() == 0 || o.lastIndexOf('\n', s.begin() - 1) >= o.substring(0, s.begin()).stripTrailing().length() - 1;
        int nl = o.indexOf('\n', s.end());
        boolean endsParagraph = o.substring(s.end(), nl < 0 ? o.length() : nl).isBlank();
        return startsParagraph && endsParagraph;
    }
}
