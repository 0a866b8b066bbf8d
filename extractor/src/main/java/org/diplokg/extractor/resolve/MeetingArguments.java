package org.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.recognise.DateMention;
import org.diplokg.extractor.recognise.DateRecogniser;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.recognise.RecogniserId;
import org.diplokg.extractor.recognise.RecognitionContext;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.Span;

/**
 * Step 3b of {@link MeetingBuilder}: the arguments of each meeting, read sentence by sentence from the sentences
 * about it ({@link MeetingFocus}).
 *
 * <p>Needs all selected mentions of the document, the entity IRI of each non-meeting mention and the focus. Sets on
 * the drafts: chair, place, theme, online, adopted documents (in a sentence that names the meeting, or refers to it
 * with 会议, 本次会议), participants (people in a sentence where it is attended), agreements (mentioned in a
 * sentence about it, unless that sentence turns to background), and last the date of each meeting.
 */
final class MeetingArguments {

    /** The title after a meeting's name that makes the next person its chair (…会议主席X). */
    private static final String CHAIR_TITLE = "主席";
    /** The preposition of a relative clause that names for whom an occasion is held (为与会领导人举行的). */
    private static final String BENEFICIARY = Lexicons.of("meeting-occasion-beneficiary-chars").chars();
    private static final Pattern ONLINE = Pattern.compile(Lexicons.of("meeting-online-words").alternation());
    /** 主持, 主办, or 举行/召开 a banquet, ceremony or press conference: its subject is the chair (召开记者会: set F 016, G 005). */
    private static final Pattern CHAIR = Pattern.compile(Lexicons.of("meeting-chair-verbs").alternation()
            + "|" + Lexicons.of("meeting-hosting-verbs").group() + "[^，,。]{0,10}?" + Lexicons.of("meeting-hosted-events").group());
    /** 设宴 …: its subject hosts the banquet the story names, not a meeting named after the verb (设宴欢迎出席峰会的…). */
    private static final Pattern BANQUET_VERB = Pattern.compile(Lexicons.of("meeting-banquet-verbs").alternation());
    private static final List<String> BANQUET_HEADS = Lexicons.of("meeting-banquet-heads").entries();
    private static final Pattern ATTEND = Pattern.compile(Lexicons.of("meeting-participation-verbs").alternation());
    /** At the start of a sentence: 与此同时, 此外 …, or 据…报道. */
    private static final Pattern BACKGROUND = Pattern.compile(Lexicons.of("meeting-background-openers").alternation()
            + "|据[^，。]{1,12}" + Lexicons.of("meeting-hearsay-words").group());
    /** A clause that compares an agreement with another or names its predecessor: neither is the meeting's. */
    private static final Pattern COMPARISON = Pattern.compile(Lexicons.of("meeting-comparison-cues").alternation()
            + "|" + Lexicons.of("meeting-lineage-cues").alternation());
    private static final Pattern ADOPTS = Pattern.compile(Lexicons.of("meeting-adoption-verbs").alternation());
    /** 在…(上)表示: the speaker is at the place or meeting. */
    private static final Pattern SPOKE_AT = Pattern.compile("在[^，。]{2,40}(?:上)?" + Lexicons.of("meeting-speech-verbs").group());
    private static final Pattern PRESENT = Pattern.compile(Lexicons.of("meeting-presence-phrases").alternation());
    private static final Pattern FOLLOW_UP = Pattern.compile(Lexicons.of("meeting-follow-up-phrases").alternation());
    private static final Pattern ABSENT = Pattern.compile(Lexicons.of("meeting-absence-words").alternation());
    /** 出席, 参加 … right before a meeting's name. */
    private static final Pattern ATTENDED_BEFORE = Pattern.compile(Lexicons.of("meeting-attended-verbs").group() + "$");
    /** 参加上述活动: the follow-up refers to everything the story reported so far (dev odd half: 1 participant). */
    private static final Pattern ALL_ABOVE = Pattern.compile("上述");
    /** What ends a clause: commas, semicolons, the full stop. */
    private static final String CLAUSE_MARKS = "，,；;。";
    private static final String YEAR_BEFORE_NAME = "0123456789〇零一二三四五六七八九十年";
    /** A follow-up phrase that names the act of meeting someone (参加会见, 出席会谈, 陪同会见): the encounter verbs. */
    private static final Pattern ACT_KIND = Pattern.compile(Lexicons.of("meeting-encounter-verbs").alternation());
    /** X作报告, X作了说明: the person reports to the meeting the sentence is about (dev odd half: +12 participants). */
    private static final Pattern REPORTED = Pattern.compile(Lexicons.of("meeting-report-phrases").alternation());
    private static final List<String> THEME_CUES = Lexicons.of("meeting-theme-cues").entries();
    private static final Pattern THEME = Pattern.compile(Lexicons.of("meeting-theme-cues").group() + "[“\"]([^”\"]{2,60})[”\"]");

    private MeetingArguments() {}

    /**
     * One sentence about a meeting.
     *
     * @param index    its number
     * @param span     its normalised offsets
     * @param text     its normalised text
     * @param mentions the mentions wholly inside it
     * @param names    whether it names a meeting itself
     * @param refers   whether it names or refers to (会议, 本次会议) the meeting
     */
    private record Sentence(int index, Span span, String text, List<Mention> mentions, boolean names, boolean refers) {}

    /** Chair, place, theme, online, adopted documents, participants and agreements of the meetings, sentence by sentence. */
    static void attach(RecognitionContext ctx, List<Mention> mentions, Map<Mention, String> iriOf, MeetingFocus focus,
                       Map<Mention, MeetingDraft> draftOf) {
        AnalysedText text = ctx.text();
        String t = text.normalised();
        List<List<Mention>> mentionsBySentence = text.bySentence(mentions, Mention::begin);
        // a banquet named (欢迎宴会) or told as an act between two people (李强设宴款待拉克松)
        List<Mention> banquets = draftOf.keySet().stream().filter(m -> m.type() == EntityType.MEETING
                && (BANQUET_HEADS.stream().anyMatch(t.substring(m.begin(), m.end())::endsWith)
                    || BANQUET_VERB.matcher(t.substring(m.begin(), m.end())).find())).toList();
        for (int s = 0; s < text.sentences().size(); s++) {
            MeetingDraft d = focus.about(s);
            if (d == null) continue;
            Span span = text.sentences().get(s);
            List<Mention> inSentence = mentionsBySentence.get(s).stream().filter(m -> span.contains(m.span())).toList();
            boolean names = focus.names(s);
            boolean refers = names || inSentence.stream().anyMatch(m -> m.recogniser() == RecogniserId.GENERIC_REFERENCE);
            Sentence sentence = new Sentence(s, span, t.substring(span.begin(), span.end()), inSentence, names, refers);
            Matcher banquet = BANQUET_VERB.matcher(sentence.text());
            if (banquet.find()) banquetHosts(sentence, span.begin() + banquet.start(), banquets, draftOf, iriOf, t);
            if (refers) {
                chair(d, sentence, t, iriOf, focus);
                if (d.place == null) placeIn(d, inSentence, t, iriOf);
                theme(d, sentence, text);
                if (ONLINE.matcher(sentence.text()).find()) d.online = true;
                adopted(d, sentence, iriOf);
            }
            participants(d, sentence, focus, mentions, iriOf, t);
            agreements(d, sentence, focus, draftOf, iriOf);
        }
    }

    /**
     * The person before a chairing verb (主持, 举行宴会) in a sentence naming the meeting, if it has no chair yet. Where
     * the match ends on an occasion the sentence names (A为B与会领导人举行的欢迎宴会), A chairs that occasion, not the
     * meeting the sentence is about (set G 010: the summit got the banquet's host).
     */
    private static void chair(MeetingDraft d, Sentence sentence, String t, Map<Mention, String> iriOf, MeetingFocus focus) {
        if (d.chair == null) d.chair = titledChair(d, sentence, t, iriOf);
        Matcher chair = CHAIR.matcher(sentence.text());
        if (!chair.find()) return;
        MeetingDraft target = d;
        for (Mention m : focus.namedBySentence.get(sentence.index())) {
            if (m.end() == sentence.span().begin() + chair.end() && focus.draftOf(m) != null) target = focus.draftOf(m);
        }
        if (target.chair != null) return;
        int at = sentence.span().begin() + chair.start();
        Mention p = RELATIVE_HOST.matcher(t).region(at, sentence.span().end()).lookingAt()
                ? relativeClauseHost(sentence.mentions(), at, t) : personBefore(sentence.mentions(), at, t);
        if (p != null) target.chair = iriOf.get(p);
    }

    /** 举行的, 举办的: the chairing match is a relative clause's end (A为B举行的欢迎宴会). */
    private static final Pattern RELATIVE_HOST = Pattern.compile(Lexicons.of("meeting-hosting-relatives").alternation());

    /**
     * 习近平出席通伦为与会领导人举行的欢迎宴会: the host is the person right before the clause's 为, not the sentence's
     * subject who attends (the earliest person before the verb, which personBefore takes).
     */
    private static Mention relativeClauseHost(List<Mention> inSentence, int verb, String t) {
        int clause = Math.max(t.lastIndexOf('，', verb), t.lastIndexOf(',', verb)) + 1;
        int forWhom = -1;
        for (char c : BENEFICIARY.toCharArray()) forWhom = Math.max(forWhom, t.lastIndexOf(c, verb));
        int end = forWhom >= clause ? forWhom : verb;
        Mention host = null;
        for (Mention m : inSentence) {
            if (m.type() != EntityType.PERSON || m.recogniser() == RecogniserId.BYLINE || m.begin() < clause || m.end() > end) continue;
            if (host == null || m.begin() > host.begin()) host = m;
        }
        return host;
    }

    /**
     * 习近平和夫人彭丽媛设宴欢迎出席峰会的各国领导人: the people in the clause before the banquet verb host the banquet
     * the story names nearest to the verb; the first chairs it, all take part. The meeting named after the verb is the
     * guests', its chair is not theirs (set G 022: the summit got the banquet's host as chair). No banquet named, no
     * chair: the verb alone is no event here.
     */
    private static void banquetHosts(Sentence sentence, int verb, List<Mention> banquets, Map<Mention, MeetingDraft> draftOf,
                                     Map<Mention, String> iriOf, String t) {
        Mention nearest = null;
        for (Mention b : banquets) {
            if (nearest == null || Math.abs(b.begin() - verb) < Math.abs(nearest.begin() - verb)) nearest = b;
        }
        MeetingDraft banquet = nearest == null ? null : draftOf.get(nearest);
        if (banquet == null || banquet.planned) return;
        Mention first = personBefore(sentence.mentions(), verb, t);
        if (first == null || !iriOf.containsKey(first)) return;
        if (banquet.chair == null) banquet.chair = iriOf.get(first);
        for (Mention p : sentence.mentions()) {
            if (p.type() == EntityType.PERSON && p.begin() >= first.begin() && p.end() <= verb && iriOf.containsKey(p)) {
                banquet.participants.add(iriOf.get(p));
            }
        }
    }

    /** 慕尼黑安全会议主席沃尔夫冈·伊申格尔: the person the meeting's name and 主席 introduce, or null. */
    private static String titledChair(MeetingDraft d, Sentence sentence, String t, Map<Mention, String> iriOf) {
        for (Mention name : d.mentions) {
            if (!sentence.span().contains(name.span()) || !t.startsWith(CHAIR_TITLE, name.end())) continue;
            for (Mention p : sentence.mentions()) {
                int gap = p.begin() - name.end() - CHAIR_TITLE.length();
                if (p.type() == EntityType.PERSON && gap >= 0 && gap <= 1 && iriOf.containsKey(p)) return iriOf.get(p);
            }
        }
        return null;
    }

    /** 主题为“…”, read from the original text (the theme keeps its script and punctuation). */
    private static void theme(MeetingDraft d, Sentence sentence, AnalysedText text) {
        if (d.theme != null || THEME_CUES.stream().noneMatch(sentence.text()::contains)) return;
        Span o = text.text().originalSpan(sentence.span().begin(), sentence.span().end());
        Matcher th = THEME.matcher(text.text().original().substring(o.begin(), o.end()));
        if (th.find()) d.theme = th.group(1);
    }

    /** Documents in a sentence naming the meeting that says they were adopted (通过, 发表 …). */
    private static void adopted(MeetingDraft d, Sentence sentence, Map<Mention, String> iriOf) {
        if (!has(sentence.mentions(), EntityType.DOCUMENT) || !ADOPTS.matcher(sentence.text()).find()) return;
        for (Mention m : sentence.mentions()) {
            if (m.type() == EntityType.DOCUMENT && iriOf.containsKey(m)) d.adopted.add(iriOf.get(m));
        }
    }

    /**
     * People in a sentence where the meeting is attended: 出席, 致辞, 在…会上表示 where the sentence names it, 与会,
     * 出席会议 where it does not (and the meeting is not planned). A follow-up (…等参加会见, 出席上述活动) adds its
     * people to the meetings the last naming sentence named; a meeting between two people (李强会见A) has both. People
     * in a clause saying they did not attend (未出席, 缺席) are not participants. Bylines are not participants.
     */
    private static void participants(MeetingDraft d, Sentence sentence, MeetingFocus focus, List<Mention> all,
                                     Map<Mention, String> iriOf, String t) {
        String st = sentence.text();
        for (Mention m : sentence.mentions()) {
            if (m.type() == EntityType.MEETING && m.recogniser() == RecogniserId.MEETING_ACT) actParticipants(m, all, focus, iriOf, t);
        }
        if (sentence.names()) pairSubject(sentence, focus, all, iriOf, t);
        // the patterns only where there is someone to add: they are the costliest step per sentence
        if (!has(sentence.mentions(), EntityType.PERSON)) return;
        if (sentence.names()) {
            twoSides(sentence, focus, iriOf, t);
            qualifiedAttendees(sentence, focus, iriOf, t);
            subjectsOfAttending(sentence, focus, iriOf, t);
        }
        if (!sentence.names() && !d.planned && MeetingStatus.reported(d)) greetedAtArrival(d, sentence, iriOf, t);
        Matcher followUp = sentence.names() ? null : FOLLOW_UP.matcher(st);
        if (followUp != null && followUp.find()) {
            // 参加上述活动: all the activities of the story so far (会谈, 欢迎仪式, 宴会), not only the last one named
            // (of those reported so far: a heading's name that nothing shows held is no activity of its own)
            List<MeetingDraft> above = focus.storyNamed(sentence.index()).stream().filter(MeetingStatus::reported).toList();
            List<MeetingDraft> named = ALL_ABOVE.matcher(followUp.group()).find() && above.size() > 1
                    ? above : focus.justNamed(sentence.index());
            List<MeetingDraft> targets = named.isEmpty() ? List.of(d) : named;
            for (MeetingDraft target : ofKind(activities(targets, t), followUp.group())) {
                if (!target.planned) addPeople(target, sentence, iriOf);
            }
            return;
        }
        // 分别会见A、B: each counterpart's meeting has its own people (above), the sentence's people are not all of one
        if (sentence.names() && actMeetings(sentence) > 1) return;
        boolean attended = sentence.refers()
                ? ATTEND.matcher(st).find() || st.indexOf('在') >= 0 && SPOKE_AT.matcher(st).find()
                : !d.planned && PRESENT.matcher(st).find();
        attended = attended || !d.planned && st.indexOf('作') >= 0 && REPORTED.matcher(st).find();
        if (attended) addPeople(sentence.names() ? attendedAmong(d, sentence, focus, t) : d, sentence, iriOf);
    }

    private static final Pattern GREETING = Pattern.compile(Lexicons.of("meeting-greeting-verbs").alternation());
    private static final String GREETING_PREPOSITIONS = Lexicons.of("meeting-greeting-prepositions").chars();
    /** Fewest people greeted in one list: one handshake is a courtesy anywhere (a funeral's, dev), a list of leaders is a meeting's arrival. */
    private static final int GREETED_AT_LEAST = 2;

    /**
     * 习近平同A、B、C一一握手, 向A、B、C问候致意: in a sentence naming no meeting, a list of at least two people from a
     * clause's 同/与/向/和 to its greeting verb, and the nearest person before the list, take part in the meeting the
     * story is reporting (Xinhua's arrival paragraph of a summit; set G 019, G 021: five leaders each).
     */
    private static void greetedAtArrival(MeetingDraft d, Sentence sentence, Map<Mention, String> iriOf, String t) {
        Matcher greeting = GREETING.matcher(sentence.text());
        while (greeting.find()) {
            int verb = sentence.span().begin() + greeting.start();
            int clause = sentence.span().begin();
            for (int i = verb - 1; i > clause; i--) {
                if (CLAUSE_MARKS.indexOf(t.charAt(i)) >= 0) { clause = i + 1; break; }
            }
            // the list opens at the clause's first preposition (并同A、B一一握手; 习近平微笑着向A、B问候致意)
            int opener = -1;
            for (int i = clause; i < verb && opener < 0; i++) {
                if (GREETING_PREPOSITIONS.indexOf(t.charAt(i)) >= 0) opener = i;
            }
            if (opener < 0) continue;
            List<Mention> greeted = new ArrayList<>();
            Mention subject = null;
            for (Mention m : sentence.mentions()) {
                if (m.type() != EntityType.PERSON || m.recogniser() == RecogniserId.BYLINE || !iriOf.containsKey(m)) continue;
                if (m.begin() > opener && m.end() <= verb) greeted.add(m);
                else if (m.end() <= opener) subject = m; // the nearest before the list: 习近平 or, a clause back, the host
            }
            if (greeted.size() < GREETED_AT_LEAST) continue;
            List<Mention> people = new ArrayList<>(greeted);
            if (subject != null) people.add(subject);
            for (Mention m : people) d.participants.add(iriOf.get(m));
        }
    }

    /** Heads of a meeting's name that make it one between two sides: 通话, 会谈, 会晤, 会面. */
    private static final List<String> TWO_SIDED = Lexicons.of("meeting-two-sided-heads").entries();

    /**
     * A与B进行首次视频通话, A同B举行双边会晤: the people on both sides of 与 right before a meeting named by a call or talk
     * take part in it, whatever verb the sentence uses (set B class 9: a call's two sides).
     */
    private static void twoSides(Sentence sentence, MeetingFocus focus, Map<Mention, String> iriOf, String t) {
        List<Mention> people = null;
        for (Mention m : focus.namedBySentence.get(sentence.index())) {
            if (m.recogniser() == RecogniserId.MEETING_ACT || !sentence.span().contains(m.span())) continue;
            String name = t.substring(m.begin(), m.end());
            if (TWO_SIDED.stream().noneMatch(name::endsWith)) continue;
            MeetingDraft x = focus.draftOf(m);
            if (x == null || x.planned) continue;
            if (people == null) people = sentence.mentions().stream().filter(p -> p.type() == EntityType.PERSON
                    && p.recogniser() != RecogniserId.BYLINE && iriOf.containsKey(p)).toList();
            var sides = org.diplokg.extractor.recognise.MeetingActRecogniser.sides(t, people, sentence.span(), m.begin());
            if (sides == null) continue;
            x.participants.add(iriOf.get(sides.subject()));
            for (Mention p : sides.met()) x.participants.add(iriOf.get(p));
        }
    }

    /** 两人, 两位元首 …: a subject standing for the two people just named. */
    private static final List<String> PAIR_SUBJECTS = Lexicons.of("meeting-pair-subjects").entries();
    private static final Pattern PAIR_HOLDS = Pattern.compile(Lexicons.of("meeting-pair-holding-verbs").alternation());
    /** How far before a meeting's name its pair subject may stand (两位元首随后在总统府进行了双边会晤). */
    private static final int PAIR_REACH = 16;
    /** How far back the two people a pair subject stands for may be named. */
    private static final int PAIR_ANTECEDENT_REACH = 200;

    /**
     * 随后两人举行双边会晤, 两位元首进行会谈: a meeting whose subject is a pair is between the last two people named before
     * it (set B class 6: 兩位元首進行雙邊會晤).
     */
    private static void pairSubject(Sentence sentence, MeetingFocus focus, List<Mention> all, Map<Mention, String> iriOf,
                                    String t) {
        for (Mention m : focus.namedBySentence.get(sentence.index())) {
            if (!sentence.span().contains(m.span())) continue;
            int from = Math.max(sentence.span().begin(), m.begin() - PAIR_REACH);
            // 兩人進行雙邊會晤 may be read as one name: the pair may open it
            String before = t.substring(from, Math.max(m.begin(), m.end() - 2));
            int pair = -1;
            for (String p : PAIR_SUBJECTS) pair = Math.max(pair, before.lastIndexOf(p));
            if (pair < 0 || before.substring(pair).chars().anyMatch(c -> CLAUSE_MARKS.indexOf(c) >= 0)) continue;
            // the pair holds it (两人举行会谈, 2人共同舉行…会晤): not 两人在会谈后…, not 两位元首三度会晤 (dev odd half: 1 false event)
            if (!PAIR_HOLDS.matcher(before.substring(pair)).find()) continue;
            MeetingDraft x = focus.draftOf(m);
            if (x == null || x.planned) continue;
            int at = from + pair;
            java.util.LinkedHashSet<String> two = new java.util.LinkedHashSet<>();
            for (int i = all.size() - 1; i >= 0 && two.size() < 2; i--) {
                Mention p = all.get(i);
                if (p.end() > at) continue;
                if (at - p.end() > PAIR_ANTECEDENT_REACH) break;
                if (p.type() == EntityType.PERSON && p.recogniser() != RecogniserId.BYLINE && iriOf.containsKey(p)) two.add(iriOf.get(p));
            }
            if (two.size() == 2) x.participants.addAll(two);
        }
    }

    /**
     * 出席X的A、B: the people that an attended meeting's name qualifies took part in it (来华出席论坛的甲国总理A、乙国总理B),
     * whatever else the sentence says of them (dev odd half: +5 participants).
     */
    private static void qualifiedAttendees(Sentence sentence, MeetingFocus focus, Map<Mention, String> iriOf, String t) {
        for (Mention m : focus.namedBySentence.get(sentence.index())) {
            if (!sentence.span().contains(m.span()) || m.end() >= t.length() || t.charAt(m.end()) != '的') continue;
            int b = m.begin();  // 出席2024年夏季达沃斯论坛的: the year written before the name belongs to it
            while (b > sentence.span().begin() && YEAR_BEFORE_NAME.indexOf(t.charAt(b - 1)) >= 0) b--;
            if (!ATTENDED_BEFORE.matcher(t.substring(Math.max(sentence.span().begin(), b - 4), b)).find()) continue;
            MeetingDraft x = focus.draftOf(m);
            if (x == null || x.planned) continue;
            int clauseEnd = m.end();
            while (clauseEnd < sentence.span().end() && CLAUSE_MARKS.indexOf(t.charAt(clauseEnd)) < 0) clauseEnd++;
            for (Mention p : sentence.mentions()) {
                if (p.type() == EntityType.PERSON && p.begin() > m.end() && p.end() <= clauseEnd && iriOf.containsKey(p)
                        && p.recogniser() != RecogniserId.BYLINE) x.participants.add(iriOf.get(p));
            }
        }
    }

    /**
     * X在…参加A期间，出席B: whoever the clause says attends a meeting named right after 出席/参加 takes part in it, also
     * where the sentence's people go to another meeting it names (dev even half: 1 participant).
     */
    private static void subjectsOfAttending(Sentence sentence, MeetingFocus focus, Map<Mention, String> iriOf, String t) {
        for (Mention m : focus.namedBySentence.get(sentence.index())) {
            // 来华出席论坛的A: the name qualifies the people after it (qualifiedAttendees), the clause's subject is elsewhere
            if (!sentence.span().contains(m.span()) || m.end() < t.length() && t.charAt(m.end()) == '的') continue;
            int b = m.begin();
            while (b > sentence.span().begin() && YEAR_BEFORE_NAME.indexOf(t.charAt(b - 1)) >= 0) b--;
            if (!ATTENDED_BEFORE.matcher(t.substring(Math.max(sentence.span().begin(), b - 4), b)).find()) continue;
            MeetingDraft x = focus.draftOf(m);
            if (x == null || x.planned) continue;
            Mention p = personBefore(sentence.mentions(), b, t);
            if (p != null && iriOf.containsKey(p)) x.participants.add(iriOf.get(p));
        }
    }

    /**
     * Of the meetings just named, those that were activities: not one named only to qualify people (来华出席论坛的A),
     * whose attendants the follow-up (吴政隆参加上述活动) did not join, unless nothing else was named.
     */
    private static List<MeetingDraft> activities(List<MeetingDraft> targets, String t) {
        if (targets.size() < 2) return targets;
        List<MeetingDraft> out = targets.stream().filter(x -> x.mentions.stream()
                .anyMatch(m -> m.end() >= t.length() || t.charAt(m.end()) != '的')).toList();
        return out.isEmpty() ? targets : out;
    }

    /**
     * The meetings a follow-up phrase that names a kind (参加会见, 出席会谈) attends: of those just named, the ones
     * named by that act (李强会见A), when there are any; a forum the counterpart came for is not the 会见.
     */
    private static List<MeetingDraft> ofKind(List<MeetingDraft> targets, String phrase) {
        if (targets.size() < 2 || !ACT_KIND.matcher(phrase).find()) return targets;
        List<MeetingDraft> acts = targets.stream().filter(x -> x.mentions.stream()
                .anyMatch(m -> m.recogniser() == RecogniserId.MEETING_ACT)).toList();
        return acts.isEmpty() ? targets : acts;
    }

    /**
     * Of the meetings a sentence names, the one its people attend: the meeting the sentence is about when it is written
     * as attended (举行宴会, 在…论坛上), else the only other one written so (在例行记者会表示 while the sentence also
     * names the meeting spoken about).
     */
    private static MeetingDraft attendedAmong(MeetingDraft d, Sentence sentence, MeetingFocus focus, String t) {
        MeetingDraft only = null;
        for (Mention m : focus.namedBySentence.get(sentence.index())) {
            if (!sentence.span().contains(m.span()) || !MeetingFocus.attended(t, m)) continue;
            MeetingDraft x = focus.draftOf(m);
            if (x == d) return d;
            if (x == null || x.planned || only != null && only != x) return d;
            only = x;
        }
        return only != null ? only : d;
    }

    private static void addPeople(MeetingDraft d, Sentence sentence, Map<Mention, String> iriOf) {
        Matcher absent = ABSENT.matcher(sentence.text());
        int absentClauseBegin = -1, absentAt = -1;
        if (absent.find()) {
            absentAt = sentence.span().begin() + absent.start();
            String before = sentence.text().substring(0, absent.start());
            absentClauseBegin = sentence.span().begin() + Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1;
        }
        for (Mention m : sentence.mentions()) {
            if (m.type() != EntityType.PERSON || m.recogniser() == RecogniserId.BYLINE || !iriOf.containsKey(m)) continue;
            if (m.begin() >= absentClauseBegin && m.end() <= absentAt) continue; // 张三未出席会议
            d.participants.add(iriOf.get(m));
        }
    }

    /** The two sides of a meeting named by what they did (李强会见乌里·巴): the people it begins and ends with. */
    private static void actParticipants(Mention act, List<Mention> all, MeetingFocus focus, Map<Mention, String> iriOf, String t) {
        MeetingDraft d = focus.draftOf(act);
        if (d == null) return;
        // A与B、C举行会谈: everyone in the list met takes part, not only its two ends
        boolean joint = org.diplokg.extractor.recognise.MeetingActRecogniser.jointAct(t.substring(act.begin(), act.end()));
        for (Mention p : all) {
            if (p.begin() > act.end()) break;
            boolean inside = joint && p.begin() >= act.begin() && p.end() <= act.end();
            if (p.type() == EntityType.PERSON && iriOf.containsKey(p) && (p.begin() == act.begin() || p.end() == act.end() || inside)) {
                d.participants.add(iriOf.get(p));
            }
        }
    }

    private static int actMeetings(Sentence sentence) {
        int n = 0;
        for (Mention m : sentence.mentions()) if (m.type() == EntityType.MEETING && m.recogniser() == RecogniserId.MEETING_ACT) n++;
        return n;
    }

    /**
     * Agreements of the sentence: to the nearest meeting it names, else to the meeting it is about unless that one is
     * planned or the sentence turns to background (与此同时, 此外, 据…报道).
     */
    private static void agreements(MeetingDraft d, Sentence sentence, MeetingFocus focus, Map<Mention, MeetingDraft> draftOf,
                                   Map<Mention, String> iriOf) {
        if (!has(sentence.mentions(), EntityType.AGREEMENT)) return;
        boolean background = !sentence.names() && (BACKGROUND.matcher(sentence.text()).lookingAt()
                || COMPARISON.matcher(sentence.text()).find());
        for (Mention m : sentence.mentions()) {
            if (m.type() != EntityType.AGREEMENT || !iriOf.containsKey(m)) continue;
            if (COMPARISON.matcher(clauseOf(sentence, m)).find()) continue; // 比起…USMCA, 不能与CPTPP相提并论
            MeetingDraft target = sentence.names()
                    ? nearestMeeting(focus.namedBySentence.get(sentence.index()), draftOf, sentence.span(), m) : d;
            if (target.planned && !sentence.names() || background) continue;
            target.agreements.add(iriOf.get(m));
            if (sentence.names()) {
                for (MeetingDraft co : coordinated(focus.namedBySentence.get(sentence.index()), draftOf, sentence, target)) {
                    if (!co.planned) co.agreements.add(iriOf.get(m));
                }
            }
        }
    }

    /** What joins coordinated meetings (A、B以及C): at most this many characters, a list mark or conjunction among them. */
    private static final int COORDINATION_REACH = 12;
    private static final Pattern COORDINATOR = Pattern.compile("、|以及|及|和|与");

    /**
     * The meetings coordinated with {@code target} in its clause (举行两次首席谈判代表会议、多次技术层磋商以及研讨会): what
     * the sentence says of the agreement holds for each (dev odd half: 1 agreement per meeting).
     */
    private static List<MeetingDraft> coordinated(List<Mention> named, Map<Mention, MeetingDraft> draftOf, Sentence sentence,
                                                  MeetingDraft target) {
        List<Mention> inSentence = named.stream().filter(x -> sentence.span().contains(x.span())).sorted(
                java.util.Comparator.comparingInt(Mention::begin)).toList();
        List<MeetingDraft> out = new java.util.ArrayList<>();
        String st = sentence.text();
        int base = sentence.span().begin();
        for (int i = 0; i < inSentence.size(); i++) {
            if (draftOf.get(inSentence.get(i)) != target) continue;
            // forward and backward along a chain of coordinated names
            for (int dir = -1; dir <= 1; dir += 2) {
                Mention from = inSentence.get(i);
                for (int j = i + dir; j >= 0 && j < inSentence.size(); j += dir) {
                    Mention to = inSentence.get(j);
                    Mention a = dir > 0 ? from : to, b = dir > 0 ? to : from;
                    if (b.begin() < a.end()) break;
                    String between = st.substring(a.end() - base, b.begin() - base);
                    if (between.length() > COORDINATION_REACH || !COORDINATOR.matcher(between).find()
                            || between.chars().anyMatch(c -> CLAUSE_MARKS.indexOf(c) >= 0)) break;
                    MeetingDraft d = draftOf.get(to);
                    if (d != null && d != target && !out.contains(d)) out.add(d);
                    from = to;
                }
            }
        }
        return out;
    }

    /**
     * The date of each meeting that has none from its own sentences: the nearest date before its first name in its
     * paragraph, else (the main meeting, or one neither identified nor planned) the date of the lead.
     */
    static void dates(RecognitionContext ctx, Collection<MeetingDraft> drafts, MeetingDraft main, Span lead) {
        respectiveDates(ctx, drafts);
        List<Mention> names = drafts.stream().flatMap(d -> d.mentions.stream()).toList();
        for (MeetingDraft d : drafts) {
            if (d.date != null) continue;
            List<DateMention> dates = notOpeningOthers(ctx.dates(), names, d.mentions);
            d.date = dateBefore(ctx.text(), dates, heldMention(ctx.text().normalised(), d).begin());
            if (d.date == null && (d == main || d.instance == null && !d.planned)) d.date = dateNear(dates, lead, lead.end());
        }
    }

    /**
     * The dates but those that open the name of another meeting than {@code own}'s (在第十次峰会上宣布2016年G20峰会在
     * 杭州举办): such a year is that meeting's edition, as one before a name is (namesEdition), not a date of the others
     * (set G 009: the tenth summit dated by the next one's year; set G 014: 论坛北京峰会…2015年约翰内斯堡峰会 a false
     * 2015 summit).
     */
    static List<DateMention> notOpeningOthers(List<DateMention> dates, Collection<Mention> names, Collection<Mention> own) {
        return dates.stream().filter(x -> names.stream().noneMatch(o -> o.begin() == x.span().begin()
                && o.span().contains(x.span()) && own.stream().noneMatch(m -> m.span().overlaps(o.span())))).toList();
    }

    /**
     * A先后/分别于16日、17日与B及C会面: as many days as meetings, between the one who meets and the first person met, date
     * the meetings in turn (dev odd half: 1 event date).
     */
    private static void respectiveDates(RecognitionContext ctx, Collection<MeetingDraft> drafts) {
        Map<Integer, List<Mention>> actsBySubject = new java.util.TreeMap<>();
        Map<Mention, MeetingDraft> draftOfAct = new java.util.IdentityHashMap<>();
        for (MeetingDraft d : drafts) {
            for (Mention m : d.mentions) {
                if (m.recogniser() != RecogniserId.MEETING_ACT) continue;
                actsBySubject.computeIfAbsent(m.begin(), k -> new java.util.ArrayList<>()).add(m);
                draftOfAct.put(m, d);
            }
        }
        for (List<Mention> acts : actsBySubject.values()) {
            if (acts.size() < 2) continue;
            acts.sort(java.util.Comparator.comparingInt(Mention::end));
            Span first = acts.get(0).span();
            List<DateMention> days = ctx.dates().stream().filter(x -> first.contains(x.span()) && x.date() != null).toList();
            if (days.size() != acts.size()) continue;
            for (int i = 0; i < acts.size(); i++) draftOfAct.get(acts.get(i)).date = days.get(i);
        }
    }

    /** A holding verb right before a meeting's name (…同拜登举行会晤): the name is where the meeting is told. */
    private static final Pattern HELD_BEFORE = Pattern.compile("(?:" + Lexicons.of("meeting-holding-verbs").alternation() + ")$");

    /**
     * The first name of the meeting right after a holding verb, else its first name: a summary that refers back to it
     * (其中，…的元首会晤，举世瞩目) comes after the latest date of a trip, not the day it was held (dev even half: 1
     * event date).
     */
    private static Mention heldMention(String t, MeetingDraft d) {
        for (Mention m : d.mentions) {
            if (HELD_BEFORE.matcher(t.substring(Math.max(0, m.begin() - 4), m.begin())).find()) return m;
        }
        return d.mentions.get(0);
    }

    /** The meeting whose name holds the agreement (中国与《数字经济伙伴关系协定》成员部长级会议), else the nearest named. */
    private static MeetingDraft nearestMeeting(List<Mention> named, Map<Mention, MeetingDraft> draftOf, Span sentence, Mention agreement) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : named) {
            if (!sentence.contains(m.span())) continue;
            if (m.span().contains(agreement.span())) return draftOf.get(m);
            int distance = m.end() <= agreement.begin() ? agreement.begin() - m.end() : (m.begin() - agreement.end()) * 2;
            if (distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return draftOf.get(best);
    }

    /** The clause of the sentence holding the mention: between the commas or semicolons around it. */
    private static String clauseOf(Sentence sentence, Mention m) {
        String st = sentence.text();
        int at = Math.max(0, Math.min(st.length(), m.begin() - sentence.span().begin()));
        int b = 0, e = st.length();
        for (int i = at - 1; i >= 0; i--) if ("，,；;：:".indexOf(st.charAt(i)) >= 0) { b = i + 1; break; }
        for (int i = Math.min(st.length(), m.end() - sentence.span().begin()); i < st.length(); i++) {
            if ("，,；;".indexOf(st.charAt(i)) >= 0) { e = i; break; }
        }
        return st.substring(b, e);
    }

    private static boolean has(List<Mention> mentions, EntityType type) {
        for (Mention m : mentions) if (m.type() == type) return true;
        return false;
    }

    /**
     * The date that goes with a name at {@code at}: the nearest dated expression in the same clause, else the nearest
     * one before it in the span, else the first after it.
     */
    static DateMention dateNear(List<DateMention> dates, Span span, int at) {
        DateMention before = null, after = null;
        for (DateMention d : dates) {
            if (!span.contains(d.span()) || !datesMeetings(d)) continue;
            if (d.span().begin() < at) before = d;
            // 去年 or 五年前 after the name is in what was said or done there (会见…时指出：我们五年前…), not its date
            else if (after == null && !relativeYear(d)) after = d;
        }
        if (before != null && namesEdition(before, at)) {
            // 15日在北京举行的2025年世界物联网大会上: the year right before the name is its edition; a day of that year
            // earlier in the sentence dates the meeting (probe d4: the year alone lost the day)
            for (DateMention d : dates) {
                if (d != before && span.contains(d.span()) && d.span().begin() < before.span().begin() && datesMeetings(d)
                        && d.date().year() == before.date().year()
                        && d.date().precision().compareTo(before.date().precision()) > 0) return d;
            }
        }
        return before != null ? before : after;
    }

    /** A year written right before a meeting's name (2025年世界物联网大会): the edition's year, part of the name. */
    private static boolean namesEdition(DateMention d, int nameBegin) {
        return d.span().end() == nameBegin && d.date().precision() == org.diplokg.extractor.dates.PartialDate.Precision.YEAR;
    }

    /**
     * Whether a date may date a meeting: any resolved one but 今年 on its own, which dates an act (英国今年加入) but is
     * too coarse for a meeting that a nearby day or the lead dates (dev: 2 event dates, one per half); 去年 and 7年前
     * put the meeting in another year than the report's (去年中国举办了首届进博会).
     */
    private static boolean datesMeetings(DateMention d) {
        return d.date() != null && !DateRecogniser.saysNothingOfWhenHeld(d);
    }

    private static boolean relativeYear(DateMention d) {
        return !d.explicit() && d.date().precision() == org.diplokg.extractor.dates.PartialDate.Precision.YEAR;
    }

    /** The nearest dated expression before {@code at} in its paragraph, or in a short heading paragraph just before. */
    private static DateMention dateBefore(AnalysedText text, List<DateMention> dates, int at) {
        String o = text.text().original();
        int origin = text.text().origin(at);
        int start = o.lastIndexOf('\n', Math.max(0, origin - 1)) + 1;
        if (start > 0) {
            int previous = o.lastIndexOf('\n', start - 2) + 1;
            if (start - previous <= 16) start = previous;
        }
        DateMention best = null;
        for (DateMention d : dates) {
            if (!datesMeetings(d) || d.span().begin() >= at || text.text().origin(d.span().begin()) < start) continue;
            if (best == null || d.span().begin() > best.span().begin()) best = d;
        }
        return best;
    }

    /** The first person named in the clause before {@code offset}: its subject (习近平和夫人彭丽媛举行宴会). */
    private static Mention personBefore(List<Mention> inSentence, int offset, String t) {
        Mention best = null;
        for (Mention m : inSentence) {
            if (m.type() != EntityType.PERSON || m.end() > offset || m.recogniser() == RecogniserId.BYLINE) continue;
            String between = t.substring(m.end(), offset);
            if (between.contains("，") || between.contains(",") || between.length() > 30) continue;
            // (记者 刘华)王毅…举行吹风会: a person in brackets before the subject is a byline, not the host
            if (closesBracket(between)) continue;
            if (best == null || m.begin() < best.begin()) best = m;
        }
        return best;
    }

    /** Whether the text closes a bracket it did not open: what comes before it is inside brackets. */
    private static boolean closesBracket(String between) {
        int depth = 0;
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (c == '(' || c == '（') depth++;
            else if (c == ')' || c == '）') if (--depth < 0) return true;
        }
        return false;
    }

    /** A place in the meeting's own name, or right after 在/于 in a sentence naming it. */
    private static void placeIn(MeetingDraft d, List<Mention> inSentence, String t, Map<Mention, String> iriOf) {
        for (Mention m : inSentence) {
            if (m.type() != EntityType.PLACE) continue;
            boolean inName = d.mentions.stream().anyMatch(x -> x.span().contains(m.span()));
            boolean afterAt = m.begin() > 0 && (t.charAt(m.begin() - 1) == '在' || t.charAt(m.begin() - 1) == '于');
            if (inName || afterAt) {
                d.place = iriOf.get(m);
                d.placeName = m.name();
                return;
            }
        }
    }
}
