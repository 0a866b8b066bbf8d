package org.diplokg.extractor.resolve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.recognise.RecogniserId;
import org.diplokg.extractor.recognise.RecognitionContext;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.reference.ReferenceEntity;

/**
 * Step 2 of {@link MeetingBuilder}: joins the names of one document that denote the same meeting: same series with
 * nothing to tell them apart, a name that ends a longer one, and a name that is only an organisation plus a generic
 * head.
 */
final class MeetingMerger {
    private static final Pattern NAME_NOISE = Pattern.compile("[“”\"《》「」'‘’\\s]");
    /** A bracketed gloss; compiled once, not per draft (String.replaceAll was 1.4 % of warm extraction). */
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern BRACKETS = Pattern.compile("[()（）]");
    /** What is left of APEC(相关)会议 once the organisation is taken out: an acronym in brackets, a modifier, a head. */
    private static final Pattern GENERIC_TAIL = Pattern.compile("(?:\\([a-z0-9]+\\))?"
            + Lexicons.of("meeting-generic-modifiers").group() + "?" + Lexicons.of("meeting-generic-heads").group() + "$");

    private static final List<String> SESSION_ENDINGS = Lexicons.of("meeting-sub-sessions").longestFirst();

    private MeetingMerger() {}

    /**
     * Step 2 of {@link MeetingBuilder}: needs the candidates of step 1, produces fewer drafts, each merged one's names,
     * status and dates moved into the draft it joins (and {@code draftOf} pointing there).
     */
    static void mergeAll(RecognitionContext ctx, MeetingCandidates.Drafts candidates) {
        mergeSubSessions(candidates.byKey(), candidates.draftOf());
        mergeBareSessions(ctx.text().normalised(), candidates.byKey(), candidates.draftOf());
        mergeSameSeries(candidates.byKey(), candidates.draftOf());
        mergeAbbreviations(candidates.byKey(), candidates.draftOf());
        mergeHeadlineOrdinals(ctx, candidates.byKey(), candidates.draftOf());
        mergeHeadlineAbbreviations(ctx, candidates.byKey(), candidates.draftOf());
        mergeShortNames(candidates.byKey(), candidates.draftOf());
        mergeOrganisationReferences(ctx, candidates.byKey(), candidates.draftOf());
        mergeActVerbs(ctx.text().normalised(), candidates.byKey(), candidates.draftOf());
        mergeDescribedCounterparts(ctx.text().normalised(), candidates.byKey(), candidates.draftOf());
        mergeActsIntoNamedTalks(ctx, candidates.byKey(), candidates.draftOf());
        mergeSamePairs(ctx.selected(), candidates.byKey(), candidates.draftOf());
        mergeSigningCeremonies(candidates.byKey(), candidates.draftOf());
        mergeSigningsOfOneAgreement(ctx.selected(), candidates.byKey(), candidates.draftOf());
    }

    /**
     * 全面与进步跨太平洋伙伴关系协定…16日正式签署 … CPTPP…16日签署: one agreement signed on one day, told twice under two of
     * its names, is one signing (dev 035, once both sentences' dates were read: 1 false event, 2 agreements per meeting).
     */
    static void mergeSigningsOfOneAgreement(List<Mention> selected, Map<String, MeetingDraft> drafts,
                                            Map<Mention, MeetingDraft> draftOf) {
        Map<MeetingDraft, Set<String>> signedBy = new LinkedHashMap<>();
        for (MeetingDraft d : drafts.values()) {
            Set<String> signed = signedAgreements(d, selected);
            if (!signed.isEmpty()) signedBy.put(d, signed);
        }
        for (MeetingDraft later : List.copyOf(signedBy.keySet())) {
            for (MeetingDraft earlier : signedBy.keySet()) {
                if (earlier == later || earlier.planned != later.planned
                        || earlier.mentions.get(0).begin() > later.mentions.get(0).begin() || !sameDay(earlier, later)) continue;
                if (!Collections.disjoint(signedBy.get(earlier), signedBy.get(later))) {
                    merge(later, earlier, drafts, draftOf);
                    signedBy.get(earlier).addAll(signedBy.remove(later));
                    break;
                }
            }
        }
    }

    /** The agreements a draft made only of signing acts signs: those named inside its acts. */
    private static Set<String> signedAgreements(MeetingDraft d, List<Mention> selected) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention act : d.mentions) {
            if (act.recogniser() != RecogniserId.SIGNING) return Set.of();
            for (Mention a : selected) {
                if (a.type() == EntityType.AGREEMENT && act.span().contains(a.span())) out.add(a.entityIri());
            }
        }
        return out;
    }

    /** Names of a signing ceremony: 签署仪式, 签字仪式, 签约仪式. */
    private static final Pattern CEREMONY = Pattern.compile(Lexicons.of("meeting-signing-ceremonies").group() + "$");

    /**
     * 中X自贸协定签署仪式13日以视频方式举行 … 协定由A与B正式签署: the one ceremony named for a signing and the one dated
     * signing act of that day are one event (set B: 1 false event, 1 agreement per meeting).
     */
    static void mergeSigningCeremonies(Map<String, MeetingDraft> drafts, Map<Mention, MeetingDraft> draftOf) {
        List<MeetingDraft> ceremonies = drafts.values().stream().filter(d -> d.mentions.stream()
                .allMatch(m -> m.recogniser() != RecogniserId.SIGNING && CEREMONY.matcher(m.key()).find())).toList();
        if (ceremonies.size() != 1) return;
        MeetingDraft ceremony = ceremonies.get(0);
        List<MeetingDraft> signings = drafts.values().stream().filter(d -> d != ceremony && d.planned == ceremony.planned
                && d.mentions.stream().anyMatch(m -> m.recogniser() == RecogniserId.SIGNING) && sameDay(d, ceremony)).toList();
        if (signings.size() == 1) merge(ceremony, signings.get(0), drafts, draftOf);
    }

    /**
     * A title's 赵刚与陈明会面 and the body's 赵刚…与新加坡前总理陈明…会面: two acts between the same two people on the
     * same day (or one undated) are one meeting.
     */
    static void mergeSamePairs(List<Mention> selected, Map<String, MeetingDraft> drafts, Map<Mention, MeetingDraft> draftOf) {
        Map<MeetingDraft, Set<String>> pairs = new java.util.LinkedHashMap<>();
        for (MeetingDraft d : drafts.values()) {
            Mention act = d.mentions.get(0);
            if (act.recogniser() != RecogniserId.MEETING_ACT) continue;
            String a = null, b = null;
            for (Mention p : selected) {
                if (p.type() != EntityType.PERSON) continue;
                if (p.begin() == act.begin()) a = p.entityIri();
                if (p.end() == act.end()) b = p.entityIri();
            }
            if (a != null && b != null && !a.equals(b)) pairs.put(d, Set.of(a, b));
        }
        for (MeetingDraft x : List.copyOf(pairs.keySet())) {
            for (MeetingDraft y : List.copyOf(pairs.keySet())) {
                if (x == y || !drafts.containsValue(x) || !drafts.containsValue(y) || !pairs.get(x).equals(pairs.get(y))) continue;
                boolean sameDay = x.date == null || y.date == null || java.util.Objects.equals(x.date.date(), y.date.date());
                if (sameDay && x.planned == y.planned) merge(y, x, drafts, draftOf);
            }
        }
    }

    /**
     * Step 3, once people are attached and before undated meetings take the lead's date: the mentions of one talk
     * written apart (a caption's A与B举行会谈, the story's A与B的首次通话, …当天在国会大厦与B举行会谈) are one talk when they
     * have the same two-sided head and the same people (two or more), no reference instance, no ordinal past the first,
     * and no day that tells them apart. Two names without an act between people stay apart: nothing says who met.
     */
    static void mergeSamePeopleTalks(Map<String, MeetingDraft> drafts, Map<Mention, MeetingDraft> draftOf) {
        for (MeetingDraft a : List.copyOf(drafts.values())) {
            if (!drafts.containsValue(a) || !isAct(a) || !isSeparateTalk(a)) continue;
            String head = talkHead(a);
            if (head == null) continue;
            for (MeetingDraft b : List.copyOf(drafts.values())) {
                if (b == a || !drafts.containsValue(b) || !isSeparateTalk(b) || !head.equals(talkHead(b))) continue;
                if (!a.participants.equals(b.participants) || a.planned != b.planned || !sameDay(a, b)) continue;
                a.agreements.addAll(b.agreements);
                a.adopted.addAll(b.adopted);
                if (a.chair == null) a.chair = b.chair;
                if (a.place == null) { a.place = b.place; a.placeName = b.placeName; }
                if (a.theme == null) a.theme = b.theme;
                a.online |= b.online;
                merge(b, a, drafts, draftOf);
            }
        }
    }

    private static boolean isSeparateTalk(MeetingDraft d) {
        return d.participants.size() >= 2 && d.instance == null && d.ordinal <= 1;
    }

    /** The two-sided head of a draft: the one its name ends with, or the one its act's key holds (李强会谈黄循财). */
    private static String talkHead(MeetingDraft d) {
        if (!isAct(d)) return twoSidedHead(keyName(d));
        for (String h : TWO_SIDED) if (keyName(d).contains(h)) return h;
        return null;
    }

    private static boolean isAct(MeetingDraft d) {
        return d.mentions.stream().anyMatch(m -> m.recogniser() == RecogniserId.MEETING_ACT);
    }

    /** Heads of a meeting between two sides: 会谈, 会晤, 通话, 会面. */
    private static final List<String> TWO_SIDED = Lexicons.of("meeting-two-sided-heads").longestFirst();
    /** 举行, 进行, 了 between the people met and the head (同德国总理举行会谈). */
    private static final Pattern FILLERS = Pattern.compile("(?:" + Lexicons.of("meeting-bare-verb-fillers").alternation() + ")+$");
    /** What makes a talk in a paragraph another one than the talks it named (…期间, 间隙, 还与). */
    private static final Pattern ASIDE = Pattern.compile(Lexicons.of("meeting-aside-cues").alternation());

    /** The two-sided head a name ends with (会谈 of 德国总理举行会谈), or null. */
    private static String twoSidedHead(String key) {
        for (String h : TWO_SIDED) if (key.endsWith(h)) return h;
        return null;
    }

    /**
     * A headline's 李强同德国总理举行会谈 and the story's 李强同德国总理朔尔茨举行会谈: a talk name read after 与/同 is the
     * person met described by a title; it is the act whose person met is so described (probe c1b: a second, false
     * talk from the headline).
     */
    static void mergeDescribedCounterparts(String t, Map<String, MeetingDraft> drafts, Map<Mention, MeetingDraft> draftOf) {
        for (MeetingDraft name : List.copyOf(drafts.values())) {
            // its other names are short forms of it (举行会谈 after the act, joined by mergeShortNames), never an act
            if (name.instance != null || name.ordinal != 0 || name.mentions.stream().anyMatch(x -> x.recogniser() != RecogniserId.MEETING_NAME)) continue;
            Mention m = name.mentions.get(0);
            if (m.recogniser() == RecogniserId.MEETING_ACT || m.begin() == 0
                    || !org.diplokg.extractor.recognise.MeetingActRecogniser.isWith(t.charAt(m.begin() - 1))) continue;
            String head = twoSidedHead(m.key());
            if (head == null) continue;
            String described = FILLERS.matcher(m.key().substring(0, m.key().length() - head.length())).replaceAll("");
            if (described.length() < 2) continue;
            MeetingDraft act = null;
            for (MeetingDraft d : drafts.values()) {
                if (d == name || d.planned != name.planned || !sameDay(d, name)) continue;
                boolean describes = d.mentions.stream().anyMatch(a -> a.recogniser() == RecogniserId.MEETING_ACT
                        && a.key().contains(described) && a.key().contains(head));
                if (!describes) continue;
                if (act != null) { act = null; break; } // two such acts: the headline's is neither
                act = d;
            }
            if (act != null) merge(name, act, drafts, draftOf);
        }
    }

    /** How far after the people met the head of their talk may stand (…与B、C举行会谈). */
    private static final int TALK_VERB_REACH = 8;

    /**
     * 中美经贸高层会谈10日至11日在日内瓦举行。何立峰与贝森特、格里尔举行会谈。: a talk between people after a talk the
     * paragraph named earlier, with the same head and nothing saying it is another (期间, 还与), is that talk
     * (probe c2g: two false talks beside the named one).
     */
    static void mergeActsIntoNamedTalks(RecognitionContext ctx, Map<String, MeetingDraft> drafts, Map<Mention, MeetingDraft> draftOf) {
        String t = ctx.text().normalised();
        for (MeetingDraft actDraft : List.copyOf(drafts.values())) {
            Mention act = actDraft.mentions.get(0);
            if (act.recogniser() != RecogniserId.MEETING_ACT) continue;
            int s = ctx.text().sentenceAt(act.begin());
            if (s < 0 || actDraft.mentions.stream().anyMatch(m -> ctx.text().sentenceAt(m.begin()) != s)) continue;
            var sentence = ctx.text().sentences().get(s);
            String after = t.substring(act.end(), Math.min(sentence.end(), act.end() + TALK_VERB_REACH));
            String head = null;
            for (String h : TWO_SIDED) {
                int at = after.indexOf(h);
                if (at >= 0 && FILLERS.matcher(after.substring(0, at)).replaceAll("").isEmpty()) { head = h; break; }
            }
            if (head == null || ASIDE.matcher(t.substring(sentence.begin(), sentence.end())).find()) continue;
            MeetingDraft talk = null;
            for (MeetingDraft d : drafts.values()) {
                if (d == actDraft || d.planned || d.planned != actDraft.planned || !sameDay(d, actDraft)) continue;
                String h = head;
                boolean namedBefore = d.mentions.stream().anyMatch(n -> n.recogniser() == RecogniserId.MEETING_NAME
                        && n.end() <= sentence.begin() && keyName(d).endsWith(h) && sameParagraph(ctx, n.begin(), act.begin()));
                if (!namedBefore) continue;
                if (talk != null) { talk = null; break; }
                talk = d;
            }
            if (talk != null) merge(actDraft, talk, drafts, draftOf);
        }
    }

    private static boolean sameParagraph(RecognitionContext ctx, int a, int b) {
        String o = ctx.text().text().original();
        int oa = ctx.text().text().origin(a), ob = ctx.text().text().origin(b);
        return o.substring(Math.min(oa, ob), Math.max(oa, ob)).indexOf('\n') < 0;
    }

    /** Heads that are the verb of a meeting between people (会面, 会谈) when written right after the people met. */
    private static final Pattern ENCOUNTER_HEAD = Pattern.compile("(?:" + Lexicons.of("meeting-encounter-verbs").alternation() + ")$");
    /** How far after the person met the verb may end (A与B（英文名）一行会面). */
    private static final int ACT_VERB_REACH = 20;

    /**
     * A与B（Bill Smith）一行会面, A同B举行会谈: the name the name recogniser reads off the verb (一行会面, 举行会谈) is the
     * meeting the act names (A与B会面), not a second one; it joins the nearest act before it in its clause.
     */
    static void mergeActVerbs(String t, Map<String, MeetingDraft> drafts, Map<Mention, MeetingDraft> draftOf) {
        List<Mention> acts = new java.util.ArrayList<>();
        for (MeetingDraft d : drafts.values())
            for (Mention m : d.mentions) if (m.recogniser() == RecogniserId.MEETING_ACT) acts.add(m);
        if (acts.isEmpty()) return;
        for (MeetingDraft name : List.copyOf(drafts.values())) {
            if (name.mentions.size() != 1 || name.instance != null || name.ordinal != 0) continue;
            Mention m = name.mentions.get(0);
            if (m.recogniser() == RecogniserId.MEETING_ACT || !ENCOUNTER_HEAD.matcher(m.key()).find()) continue;
            Mention best = null;
            for (Mention a : acts) {
                // a name cut inside the person met (…德里昂举行会谈) starts within the act and ends past it
                boolean cut = m.begin() > a.begin() && m.begin() < a.end() && m.end() > a.end();
                if (a.end() > m.begin() && !cut || m.end() - a.end() > ACT_VERB_REACH) continue;
                String between = cut ? "" : t.substring(a.end(), m.begin());
                if (between.chars().anyMatch(c -> "，,。；;！？".indexOf(c) >= 0)) continue;
                if (best == null || a.end() > best.end()) best = a;
            }
            if (best != null && draftOf.get(best) != name) merge(name, draftOf.get(best), drafts, draftOf);
        }
    }

    /**
     * Names of one series that cannot be told apart (APEC会议, APEC经济领袖会议, 第三十一次领导人非正式会议 in a
     * report of one summit) are one meeting, unless their ordinals, years or reference instances differ.
     */
    static void mergeSameSeries(Map<String, MeetingDraft> drafts, Map<Mention, MeetingDraft> draftOf) {
        for (MeetingDraft a : List.copyOf(drafts.values())) {
            if (a.series == null || !drafts.containsValue(a)) continue;
            for (MeetingDraft b : List.copyOf(drafts.values())) {
                if (b == a || b.series != a.series || b.planned != a.planned) continue;
                boolean ordinalsAgree = a.ordinal == 0 || b.ordinal == 0 || a.ordinal == b.ordinal;
                boolean instancesAgree = a.instance == null || b.instance == null || a.instance == b.instance;
                Integer ya = yearOf(a), yb = yearOf(b);
                boolean yearsAgree = ya == null || yb == null || ya.equals(yb);
                if (ordinalsAgree && instancesAgree && yearsAgree) {
                    merge(b, a, drafts, draftOf);
                    if (a.instance == null) a.instance = b.instance;
                }
            }
        }
    }

    /**
     * 高峰论坛开幕式 and 第二届“一带一路”国际合作高峰论坛: a session (opening, closing, a stage) of a meeting the document
     * names is that meeting. The session's name without its ending must end the meeting's name, or the other way round.
     */
    static void mergeSubSessions(Map<String, MeetingDraft> drafts, Map<Mention, MeetingDraft> draftOf) {
        for (MeetingDraft session : List.copyOf(drafts.values())) {
            String stem = sessionStem(keyName(session));
            if (stem == null || stem.length() < 2) continue;
            for (MeetingDraft whole : List.copyOf(drafts.values())) {
                if (whole == session || !drafts.containsValue(session) || sessionStem(keyName(whole)) != null) continue;
                String k = keyName(whole);
                // 领导人小范围会议 of 金砖国家领导人第九次会晤: a stem of 3+ characters may stand inside the name
                boolean inside = stem.length() >= SESSION_STEM_INSIDE && k.contains(stem) && whole.planned == session.planned;
                if (k.endsWith(stem) || stem.length() >= 4 && stem.endsWith(k) || inside) {
                    merge(session, whole, drafts, draftOf);
                    break;
                }
            }
        }
    }

    /** The shortest session stem that joins a meeting whose name holds it anywhere (领导人 of 领导人小范围会议). */
    private static final int SESSION_STEM_INSIDE = 3;

    /** How far before a bare session's name the meeting it belongs to may end (…会议23日上午在京举行第一次全体会议). */
    private static final int BARE_SESSION_REACH = 30;

    /**
     * 第一次全体会议, 开幕式 named on their own: a session of the meeting named just before it in the same sentence
     * (…常委会第二十三次会议23日上午在京举行第一次全体会议), not a meeting of their own (dev odd half: 1 false event).
     */
    static void mergeBareSessions(String t, Map<String, MeetingDraft> drafts, Map<Mention, MeetingDraft> draftOf) {
        for (MeetingDraft session : List.copyOf(drafts.values())) {
            String stem = sessionStem(keyName(session));
            if (stem == null || stem.length() >= 2 || !drafts.containsValue(session)) continue;
            int at = session.mentions.stream().mapToInt(Mention::begin).min().orElse(-1);
            MeetingDraft best = null;
            int bestEnd = -1;
            for (MeetingDraft whole : drafts.values()) {
                // an announced session (将出席…大范围会议) is no part of a meeting held (dev: a press conference)
                if (whole == session || sessionStem(keyName(whole)) != null || whole.planned != session.planned) continue;
                for (Mention m : whole.mentions) {
                    if (m.end() > at || m.end() <= bestEnd || at - m.end() > BARE_SESSION_REACH) continue;
                    if (t.substring(m.end(), at).chars().anyMatch(c -> "。！？!?\n".indexOf(c) >= 0)) continue;
                    best = whole;
                    bestEnd = m.end();
                }
            }
            if (best == null) best = lastNamedBefore(session, at, drafts);
            if (best != null) merge(session, best, drafts, draftOf);
        }
    }

    /**
     * …博览会在南宁隆重开幕。…等出席开幕式。: a bare session further on is a session of the last meeting held that the
     * text named before it (its own session name included: …年会开幕式 … 出席开幕式), keeping that meeting's ordinal
     * (set B: 2 false events, 2 ordinals).
     */
    private static MeetingDraft lastNamedBefore(MeetingDraft session, int at, Map<String, MeetingDraft> drafts) {
        MeetingDraft best = null;
        int bestEnd = -1;
        for (MeetingDraft whole : drafts.values()) {
            if (whole == session || whole.planned || session.planned || whole.mentions.stream().allMatch(m -> m.recogniser() == RecogniserId.MEETING_ACT)) continue;
            String stem = sessionStem(keyName(whole));
            if (stem != null && stem.length() < 2) continue;
            for (Mention m : whole.mentions) {
                if (m.end() <= at && m.end() > bestEnd) {
                    best = whole;
                    bestEnd = m.end();
                }
            }
        }
        return best;
    }

    /**
     * The name without its session ending (and the stage's ordinal: 第二阶段会议), or null when it names no session.
     * A list of sessions goes with it: 领导人 of 领导人小范围会议和大范围会议 and of 领导人小范围、大范围会议.
     */
    private static String sessionStem(String name) {
        String rest = withoutEnding(name, SESSION_ENDINGS);
        if (rest == null) return null;
        // each item may carry its stage's ordinal: 第一阶段和第二阶段会议 (set G 014: a false event beside the summit)
        rest = MeetingCandidates.ORDINAL_ANY.matcher(rest).replaceAll("");
        while (true) {
            String item = SESSION_LIST_MARK.matcher(rest).replaceAll("");
            String earlier = item.equals(rest) ? null : withoutEnding(item, SESSION_LIST_ITEMS);
            if (earlier == null) break;
            rest = MeetingCandidates.ORDINAL_ANY.matcher(earlier).replaceAll("");
        }
        return rest;
    }

    /** 、和与及 at the end of what is left of a name once its last session is taken off. */
    private static final Pattern SESSION_LIST_MARK = Pattern.compile("[、" + Lexicons.of("meeting-list-conjunctions").chars() + "]+$");
    /** What an earlier item of a list of sessions ends with: a session's name or its scope alone (小范围). */
    private static final List<String> SESSION_LIST_ITEMS = java.util.stream.Stream.concat(SESSION_ENDINGS.stream(),
            Lexicons.of("meeting-session-scopes").entries().stream()).sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    private static String withoutEnding(String name, List<String> endings) {
        for (String ending : endings) if (name.endsWith(ending)) return name.substring(0, name.length() - ending.length());
        return null;
    }

    static Integer yearOf(MeetingDraft d) {
        if (d.instance != null && d.instance.start() != null) return d.instance.start().year();
        if (d.date != null && d.date.date() != null && d.date.yearKnown()) return d.date.date().year();
        return null;
    }

    /**
     * 全国政协十四届常委会第十七次会议 in a headline and 政协第十四届全国委员会常务委员会第十七次会议 in the story: a Chinese
     * abbreviation keeps characters of the full name, in any order, so two names with the same ordinal, no date that
     * tells them apart and every character of the shorter in the longer are one meeting (dev odd half: 1 false event,
     * 1 chair, 1 participant).
     */
    static void mergeAbbreviations(Map<String, MeetingDraft> drafts, Map<Mention, MeetingDraft> draftOf) {
        for (MeetingDraft shortOne : List.copyOf(drafts.values())) {
            if (shortOne.ordinal == 0 || !drafts.containsValue(shortOne)) continue;
            String k = keyName(shortOne);
            for (MeetingDraft longOne : List.copyOf(drafts.values())) {
                if (longOne == shortOne || longOne.ordinal != shortOne.ordinal || longOne.planned != shortOne.planned) continue;
                String lk = keyName(longOne);
                // 第九届 and 第九次 of the same meeting: its counters tell the two names of it apart
                boolean sameName = sameCounter(lk).equals(sameCounter(k));
                if (!sameName && (lk.length() <= k.length() || !containsAllCharacters(lk, k)) || !sameDay(shortOne, longOne)) continue;
                boolean instancesAgree = shortOne.instance == null || longOne.instance == null || shortOne.instance == longOne.instance;
                if (!instancesAgree) continue;
                merge(shortOne, longOne, drafts, draftOf);
                break;
            }
        }
    }

    /**
     * A headline's 中新联委会第十九次会议 and the story's …联合委员会第十九次会议 (however much of the full name the
     * story's name kept): a name in the first line and one in the story with the same ordinal, counter and head, and
     * no date that tells them apart, are one meeting, when only one name of the story fits (probe c1i: the
     * headline's short form was a second event).
     */
    static void mergeHeadlineOrdinals(RecognitionContext ctx, Map<String, MeetingDraft> drafts, Map<Mention, MeetingDraft> draftOf) {
        mergeHeadlines(ctx, drafts, draftOf, headline -> headline.ordinal != 0, (headline, d) -> {
            String hk = keyName(headline);
            String k = keyName(d);
            boolean sameForm = fromOrdinal(sameCounter(k)).equals(fromOrdinal(sameCounter(hk)));
            // a headline seldom writes the day: an undated one takes the story's
            boolean sameDate = headline.date == null || headline.date.date() == null
                    || d.date != null && headline.date.date().equals(d.date.date());
            boolean instancesAgree = headline.instance == null || d.instance == null || headline.instance == d.instance;
            return d.ordinal == headline.ordinal && sameForm && sameDate && instancesAgree;
        });
    }

    /**
     * The headline rule both merges share: a draft named once, in the first line, that {@code candidate} accepts
     * merges into the one other draft, planned or held alike, that {@code fits} it; two that fit: neither (the
     * headline's is neither for sure).
     */
    private static void mergeHeadlines(RecognitionContext ctx, Map<String, MeetingDraft> drafts, Map<Mention, MeetingDraft> draftOf,
            Predicate<MeetingDraft> candidate, BiPredicate<MeetingDraft, MeetingDraft> fits) {
        String original = ctx.text().text().original();
        int firstLine = original.indexOf('\n') < 0 ? original.length() : original.indexOf('\n');
        for (MeetingDraft headline : List.copyOf(drafts.values())) {
            if (!drafts.containsValue(headline) || headline.mentions.size() != 1 || !candidate.test(headline)) continue;
            if (ctx.text().text().origin(headline.mentions.get(0).begin()) >= firstLine) continue;
            MeetingDraft story = null;
            for (MeetingDraft d : drafts.values()) {
                if (d == headline || d.planned != headline.planned || !fits.test(headline, d)) continue;
                if (story != null) { story = null; break; }
                story = d;
            }
            if (story != null) merge(headline, story, drafts, draftOf);
        }
    }

    /** How many characters at the end of two names must agree for them to be of one kind (会议, 峰会, 论坛). */
    private static final int HEAD_LENGTH = 2;

    /**
     * A headline's 香港东盟经贸部长会议 and the story's 第七届中国香港—东南亚国家联盟经贸部长会议: a headline name without
     * an ordinal whose every character (counted) is in one longer name of the story with the same head, and no date
     * telling them apart, is that meeting (set D 020: a false event with the meeting's agreement). Two such story
     * names: neither.
     */
    static void mergeHeadlineAbbreviations(RecognitionContext ctx, Map<String, MeetingDraft> drafts, Map<Mention, MeetingDraft> draftOf) {
        mergeHeadlines(ctx, drafts, draftOf,
                headline -> headline.ordinal == 0 && headline.instance == null
                        && headline.mentions.get(0).recogniser() == RecogniserId.MEETING_NAME
                        && keyName(headline).length() >= 2 * HEAD_LENGTH,
                (headline, d) -> {
                    String hk = keyName(headline);
                    String k = keyName(d);
                    return sameDay(d, headline) && k.length() > hk.length()
                            && k.endsWith(hk.substring(hk.length() - HEAD_LENGTH)) && containsAllCharacters(k, hk);
                });
    }

    /** The name from its last ordinal on: 第十九次会议 of …联委会第十九次会议. */
    private static String fromOrdinal(String name) {
        java.util.regex.Matcher m = MeetingCandidates.ORDINAL.matcher(name);
        int at = -1;
        while (m.find()) at = m.start();
        return at < 0 ? name : name.substring(at);
    }

    private static final List<String> COUNTERS = Lexicons.of("meeting-ordinal-counters").entries();

    /** The name with its counter written one way (第九届 and 第九次 alike). */
    private static String sameCounter(String name) {
        String out = name;
        for (String c : COUNTERS) out = out.replace(c, COUNTERS.get(0));
        return out;
    }

    /** Whether every character of {@code part}, counted, is in {@code whole}. */
    private static boolean containsAllCharacters(String whole, String part) {
        Map<Integer, Integer> left = new java.util.HashMap<>();
        whole.codePoints().forEach(c -> left.merge(c, 1, Integer::sum));
        for (int c : part.codePoints().toArray()) {
            Integer n = left.get(c);
            if (n == null || n == 0) return false;
            left.put(c, n - 1);
        }
        return true;
    }

    /** Whether the dates of two drafts do not tell them apart: either unknown, or the same. */
    private static boolean sameDay(MeetingDraft a, MeetingDraft b) {
        if (a.date == null || b.date == null || a.date.date() == null || b.date.date() == null) return true;
        return a.date.date().equals(b.date.date());
    }

    /** 暨: the word joining two events into one joint name. */
    private static final List<String> JOINT_LINKS = Lexicons.of("meeting-joint-name-links").entries();

    /** 北京会议 after 亚太经合组织北京会议: a name that ends a longer name of the same document is that meeting. */
    static void mergeShortNames(Map<String, MeetingDraft> drafts, Map<Mention, MeetingDraft> draftOf) {
        for (MeetingDraft shortOne : List.copyOf(drafts.values())) {
            String k = keyName(shortOne);
            // 记者会 (举行记者会) after …广西专场记者会: a bare head stands for the fuller name of the same kind
            if (k.length() < 4 && !org.diplokg.extractor.recognise.MeetingNameRecogniser.HEADS.contains(k)) continue;
            for (MeetingDraft longOne : drafts.values()) {
                if (longOne == shortOne || !drafts.containsValue(shortOne)) continue;
                String lk = keyName(longOne);
                // …博览会 and …博览会暨…论坛: a part of a joint name is the joint event
                boolean part = lk.endsWith(k) || JOINT_LINKS.stream().anyMatch(j -> lk.contains(k + j));
                if (lk.length() > k.length() && part && shortOne.instance == null) {
                    merge(shortOne, longOne, drafts, draftOf);
                    break;
                }
            }
        }
    }

    /** APEC会议 when the document also names APEC工商领导人对话会: the organisation's meeting being reported. */
    static void mergeOrganisationReferences(RecognitionContext ctx, Map<String, MeetingDraft> drafts, Map<Mention, MeetingDraft> draftOf) {
        for (MeetingDraft ref : List.copyOf(drafts.values())) {
            if (ref.instance != null || ref.mentions.size() == 0) continue;
            Mention m = ref.mentions.get(0);
            String org = organisationOnly(ctx, m);
            if (org == null) continue;
            for (MeetingDraft other : drafts.values()) {
                if (other == ref || other.planned != ref.planned) continue;
                boolean sameOrganiser = other.mentions.stream().anyMatch(om -> organisationsIn(ctx, om).contains(org));
                Integer yr = yearOf(ref), yo = yearOf(other);
                boolean sameYear = yr == null || yo == null || yr.equals(yo);
                if (sameOrganiser && sameYear && !organisationOnlyName(ctx, other)) {
                    merge(ref, other, drafts, draftOf);
                    break;
                }
            }
        }
    }

    private static boolean organisationOnlyName(RecognitionContext ctx, MeetingDraft d) {
        return organisationOnly(ctx, d.mentions.get(0)) != null;
    }

    /** The organisation a name consists of (APEC会议, 亚太经合组织（APEC）会议), or null. */
    private static String organisationOnly(RecognitionContext ctx, Mention m) {
        String rest = ctx.normalised().substring(m.begin(), m.end());
        String org = null;
        for (Gazetteer.Match g : ctx.gazetteerMatches()) {
            ReferenceEntity e = RecognitionContext.entityOf(g, EntityType.ORGANIZATION);
            if (e == null || g.begin() < m.begin() || g.end() > m.end()) continue;
            if (org != null && !org.equals(e.iri())) return null;
            org = e.iri();
        }
        if (org == null) return null;
        for (Gazetteer.Match g : ctx.gazetteerMatches()) {
            if (g.begin() >= m.begin() && g.end() <= m.end() && RecognitionContext.entityOf(g, EntityType.ORGANIZATION) != null) {
                String label = ctx.normalised().substring(g.begin(), g.end());
                rest = rest.replace(label, "");
            }
        }
        rest = BRACKETS.matcher(rest).replaceAll("");
        return GENERIC_TAIL.matcher(rest).replaceAll("").isEmpty() ? org : null;
    }

    private static Set<String> organisationsIn(RecognitionContext ctx, Mention m) {
        Set<String> out = new LinkedHashSet<>();
        for (Gazetteer.Match g : ctx.gazetteerMatches()) {
            ReferenceEntity e = RecognitionContext.entityOf(g, EntityType.ORGANIZATION);
            if (e != null && g.begin() >= m.begin() && g.end() <= m.end()) out.add(e.iri());
        }
        return out;
    }

    static void merge(MeetingDraft from, MeetingDraft into, Map<String, MeetingDraft> drafts, Map<Mention, MeetingDraft> draftOf) {
        into.mentions.addAll(from.mentions);
        into.planned = into.planned && from.planned;
        into.evidence |= from.evidence;
        if (into.heldDate == null) into.heldDate = from.heldDate;
        into.anyPlanned |= from.anyPlanned;
        if (into.date == null) into.date = from.date;
        if (into.ordinal == 0) into.ordinal = from.ordinal;
        if (into.instance == null) into.instance = from.instance;
        for (Mention m : from.mentions) draftOf.put(m, into);
        drafts.values().remove(from);
    }

    private static String keyName(MeetingDraft d) {
        String noiseless = NAME_NOISE.matcher(d.mentions.get(0).key()).replaceAll("");
        return BRACKETED.matcher(noiseless).replaceAll("");
    }
}
