package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.recognise.Stage.Input;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.text.Span;

/**
 * Meetings named by what people did rather than by a name: a meeting between two people (邓小平会见泰国总理炳·廷素拉暖,
 * 习近平同拜登通电话) and the signing of an agreement on a stated day (中国与东盟28日签署《…升级议定书》). Needs the
 * selected person and agreement mentions and the dates; produces MEETING mentions.
 */
public final class MeetingActRecogniser implements Recogniser {

    private static final Pattern MEETS = Pattern.compile(Lexicons.of("meeting-encounter-verbs").alternation());
    private static final Pattern SIGNS = Pattern.compile(Lexicons.of("agreement-status-signed").alternation());
    /** Before the verb, these make the act one to come (将会见, 拟签署). */
    private static final List<String> FUTURE = Lexicons.of("meeting-future-auxiliaries").entries();

    @Override
    public List<Mention> find(RecognitionContext ctx) {
        return find(ctx, ctx.selected());
    }

    static List<Mention> find(RecognitionContext ctx, List<Mention> selected) {
        List<Mention> out = new ArrayList<>();
        String t = ctx.normalised();
        List<List<Mention>> bySentence = ctx.text().bySentence(selected, Mention::begin);
        for (int si = 0; si < bySentence.size(); si++) {
            Span sentence = ctx.text().sentences().get(si);
            List<Mention> here = bySentence.get(si);
            List<Mention> people = here.stream().filter(m -> m.type() == EntityType.PERSON && sentence.contains(m.span())).toList();
            String st = t.substring(sentence.begin(), sentence.end());
            Matcher verb = MEETS.matcher(st);
            while (people.size() >= 2 && verb.find()) {
                int v = sentence.begin() + verb.start(), ve = sentence.begin() + verb.end();
                Mention subject = null;
                for (Mention p : people) {
                    String between = p.end() <= v ? t.substring(p.end(), v) : "";
                    if (p.end() <= v && !between.contains("，") && between.length() <= 12 && subject == null) subject = p;
                }
                if (subject == null || future(t, sentence.begin(), v)) continue;
                for (Mention object : counterparts(t, people, ve, sentence.end())) {
                    int from = counterpartBegin(t, ve, object.begin());
                    String key = t.substring(subject.begin(), subject.end()) + verb.group() + t.substring(from, object.end());
                    String name = subject.name() + ctx.original(v, ve) + ctx.original(from, object.end());
                    out.add(new Mention(new Span(subject.begin(), object.end()), EntityType.MEETING, name, key, null, null,
                            RecogniserId.MEETING_ACT, 0.7));
                }
            }
            withForm(ctx, t, sentence, people, out);
            groupsMet(ctx, t, sentence, people, out);
            Matcher sign = SIGNS.matcher(st);
            boolean dated = ctx.dates().stream().anyMatch(d -> sentence.contains(d.span()) && d.date() != null);
            List<Mention> agreements = here.stream().filter(a -> a.type() == EntityType.AGREEMENT && sentence.contains(a.span())).toList();
            List<Mention> signed = new ArrayList<>();
            while (dated && !agreements.isEmpty() && sign.find()) {
                int s = sentence.begin() + sign.start(), se = sentence.begin() + sign.end();
                if (future(t, sentence.begin(), s) || NOT_YET.matcher(t.substring(Math.max(sentence.begin(), s - 3), s)).find()) continue;
                Mention a = signedAgreement(t, agreements, s, se);
                if (a == null || signed.contains(a) || signedAtNamedMeeting(ctx, t, sentence, here, a, s)) continue;
                signed.add(a);
                String name = shortName(a, ctx.selected()) + ctx.original(s, se);
                Span span = a.begin() >= se ? new Span(s, a.end()) : new Span(a.begin(), se);
                out.add(new Mention(span, EntityType.MEETING, name, t.substring(span.begin(), span.end()), null, null,
                        RecogniserId.SIGNING, 0.7));
            }
        }
        return out;
    }

    /**
     * The people met after the verb: the first within 40 characters and no comma (会见来华出席…论坛的几内亚总理乌里·巴),
     * then each further one the list goes on to with 、 or 和 (分别会见A、B和C is one meeting per counterpart).
     */
    static List<Mention> counterparts(String t, List<Mention> people, int verbEnd, int sentenceEnd) {
        List<Mention> out = new ArrayList<>();
        int from = verbEnd;
        for (Mention p : people) {
            if (p.begin() < from) continue;
            String between = t.substring(from, p.begin());
            if (between.contains("，") || between.contains(",") || between.contains("。")) break;
            if (out.isEmpty() ? p.begin() - verbEnd > 40 : !LIST_JOIN.matcher(between).find() || between.length() > 16) break;
            out.add(p);
            from = p.end();
        }
        return out;
    }

    /** Where the counterpart's phrase starts: after the last 、, 和, 的 or the verb, with its title (几内亚总理乌里·巴). */
    private static int counterpartBegin(String t, int verbEnd, int objectBegin) {
        int from = verbEnd;
        for (int i = objectBegin - 1; i >= verbEnd; i--) {
            if ("、和与的及".indexOf(t.charAt(i)) >= 0) { from = i + 1; break; }
        }
        return Math.max(from, objectBegin - 10);
    }

    /** Words that end the phrase of people met when none of them is named (代表团, 一行, 总领事). */
    private static final Pattern GROUP_END = Pattern.compile("(?:" + Lexicons.of("meeting-guest-groups").alternation() + ")$");
    /** How long the phrase of a group met may be (美国联邦参议员达克沃丝率领的国会议员代表团). */
    private static final int GROUP_REACH = 24;
    /** How far before the verb its subject may end: 岑浩辉今日（四月八日）在政府总部会见… (a bracketed date and a place). */
    private static final int GROUP_SUBJECT_REACH = 20;

    /**
     * A会见B代表团, A接见…访问团, A会见X驻Y总领事: a meeting with people the text names by their group or office, not
     * by name, in the clause right after the verb; A is its only participant named (probes c4e, j5: the meeting
     * was lost). Not where a person met is named (the acts above), nor in the future.
     */
    private static void groupsMet(RecognitionContext ctx, String t, Span sentence, List<Mention> people, List<Mention> out) {
        if (people.isEmpty()) return;
        Matcher verb = MEETS.matcher(t).region(sentence.begin(), sentence.end());
        while (verb.find()) {
            int v = verb.start(), ve = verb.end();
            Mention subject = null;
            for (Mention p : people) {
                String between = p.end() <= v ? t.substring(p.end(), v) : "";
                if (p.end() <= v && !between.contains("，") && between.length() <= GROUP_SUBJECT_REACH && !WITH.matcher(between).find()) subject = p;
            }
            if (subject == null || future(t, sentence.begin(), v) || !counterparts(t, people, ve, sentence.end()).isEmpty()) continue;
            int clauseEnd = ve;
            while (clauseEnd < sentence.end() && "，,。；;！？".indexOf(t.charAt(clauseEnd)) < 0) clauseEnd++;
            Matcher group = GROUP_END.matcher(t).region(ve, Math.min(clauseEnd, ve + GROUP_REACH));
            // the group ends the clause, or is followed by its members' names in brackets
            if (!group.find() || clauseEnd - ve > GROUP_REACH) continue;
            int end = group.end();
            String key = t.substring(subject.begin(), subject.end()) + verb.group() + t.substring(ve, end);
            String name = subject.name() + ctx.original(v, end);
            out.add(new Mention(new Span(subject.begin(), end), EntityType.MEETING, name, key, null, null,
                    RecogniserId.MEETING_ACT, 0.7));
        }
    }

    /** 与, 同, 跟 between the one who meets and the people met, when the verb comes last (A与B会面). */
    private static final Pattern WITH = Pattern.compile("[与同跟]");
    /** Before the verb, these make the meeting one that may not happen (一旦…会面, 希望同…会晤). */
    private static final Pattern CONDITION = Pattern.compile(Lexicons.of("meeting-act-conditions").alternation());
    /** At most this many characters between the subject and 与, and between the last person met and the verb. */
    private static final int WITH_REACH = 12;

    /**
     * A与B会面, A先后与B及C会面, A同B举行会谈: the verb after the people met, one meeting per person met. The subject is the
     * nearest person before 与 (no comma between), the people met a list right after it, the verb within a few
     * characters after the last; not where the sentence puts it in the future or makes it a condition.
     */
    private static void withForm(RecognitionContext ctx, String t, Span sentence, List<Mention> people, List<Mention> out) {
        if (people.size() < 2) return;
        Matcher verb = MEETS.matcher(t).region(sentence.begin(), sentence.end());
        while (verb.find()) {
            int v = verb.start();
            String before = t.substring(sentence.begin(), v);
            if (future(t, sentence.begin(), v) || CONDITION.matcher(before).find()) continue;
            Sides sides = sides(t, people, sentence, v);
            if (sides == null) continue;
            Mention subject = sides.subject();
            int with = sides.with();
            List<Mention> met = sides.met();
            // the verb already read as a meeting's name with a qualifier of its own (…举行中美元首会晤, 与B及C进行了
            // 中日韩领导人会谈): that name is the meeting, and its sentence gives it its people (set B: 2 false
            // meetings per person met). A bare verb (会晤, 举行会谈, 在<place>会面) or a name cut inside the person met
            // (…德里昂举行会谈) names nothing: the act does, one per person met, and that name joins it
            // (MeetingMerger.mergeActVerbs)
            int verbEnd = verb.end();
            Mention last = met.get(met.size() - 1);
            boolean named = ctx.selected().stream().anyMatch(x -> x.type() == EntityType.MEETING
                    && x.end() == verbEnd && x.recogniser() != RecogniserId.GENERIC_REFERENCE
                    && !(x.begin() >= last.begin() && x.begin() < last.end())
                    && !(x.begin() >= last.end() && (bareVerb(t.substring(x.begin(), v)) || t.charAt(x.begin() - 1) == '在')));
            if (named) continue;
            if (met.size() > 1 && !separately(t.substring(subject.end(), v))) {
                // A与B、C举行会谈: without 分别 or 先后 the people met sit at one table (probe c2g: one talk of three
                // people read as two talks of two)
                Mention first = met.get(0);
                int from = counterpartBegin(t, with + 1, first.begin());
                String key = t.substring(subject.begin(), subject.end()) + verb.group() + t.substring(from, last.end());
                String name = subject.name() + ctx.original(with, with + 1) + ctx.original(from, last.end()) + ctx.original(v, verb.end());
                out.add(new Mention(new Span(subject.begin(), last.end()), EntityType.MEETING, name, key, null, null,
                        RecogniserId.MEETING_ACT, 0.7));
                continue;
            }
            for (Mention object : met) {
                int from = counterpartBegin(t, with + 1, object.begin());
                String key = t.substring(subject.begin(), subject.end()) + verb.group() + t.substring(from, object.end());
                String name = subject.name() + ctx.original(with, with + 1) + ctx.original(from, object.end()) + ctx.original(v, verb.end());
                out.add(new Mention(new Span(subject.begin(), object.end()), EntityType.MEETING, name, key, null, null,
                        RecogniserId.MEETING_ACT, 0.7));
            }
        }
    }

    /** 分别, 先后: one meeting per person met. */
    private static final Pattern SEPARATELY = Pattern.compile(Lexicons.of("meeting-separate-cues").alternation());

    /** Whether the words between the one who meets and the verb make it one meeting per person met (分别, 先后). */
    static boolean separately(String between) {
        return SEPARATELY.matcher(between).find();
    }

    /**
     * An act of one person with several people at once (A与B、C举行会谈, its span from A to C): neither its verb inside
     * it (A会见B、C is one meeting per person: the verb comes first) nor 分别 or 先后.
     */
    public static boolean jointAct(String actText) {
        return !MEETS.matcher(actText).find() && !separately(actText) && LIST_MARK.matcher(actText).find();
    }

    /** 、 and the conjunctions of a list (和, 与, 及): a list of people met. */
    private static final Pattern LIST_MARK = Pattern.compile("[、" + Lexicons.of("meeting-list-conjunctions").chars() + "]");

    /** Whether {@code c} is the 与/同/跟 of A与B会谈. */
    public static boolean isWith(char c) {
        return WITH.matcher(String.valueOf(c)).matches();
    }

    /** The two sides of A与B…<verb>: who meets, where its 与 stands, and the people met. */
    public record Sides(Mention subject, int with, List<Mention> met) {}

    /**
     * The sides of a verb (or a meeting's name) at {@code v} written A与B…: the subject is the nearest person before
     * 与 (no comma between), else the clause's own person or the sentence's first one before the clause; the people
     * met a list right after 与 ending within a few characters of {@code v}. Null where there are none.
     */
    public static Sides sides(String t, List<Mention> people, Span sentence, int v) {
        String before = t.substring(sentence.begin(), v);
        // the last 与/同/跟 before the verb in its clause that has a person right before it
        int clause = Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1 + sentence.begin();
        int with = -1;
        Mention subject = null;
        Matcher w = WITH.matcher(t).region(clause, v);
        while (w.find()) {
            for (Mention p : people) {
                if (p.end() <= w.start() && p.begin() >= clause && w.start() - p.end() <= WITH_REACH) {
                    subject = p;
                    with = w.start();
                }
            }
        }
        if (subject == null) {
            // the subject further off: 王毅当地时间周一(21日)在巴黎爱丽舍宫与法国总统X会晤 (the clause's own person
            // before its first 与), or 王毅，与德国外长X会面 (none: the sentence's first person, before the clause)
            with = openingWith(t, clause, v);
            if (with < 0) return null;
            int w0 = with;
            Mention inClause = null, first = null;
            for (Mention p : people) {
                if (p.begin() >= clause && p.end() <= w0) inClause = p;
                if (first == null && p.begin() >= sentence.begin()) first = p;
            }
            subject = inClause != null ? inClause : first != null && first.end() <= clause ? first : null;
            if (subject == null) return null;
        }
        List<Mention> met = counterparts(t, people, with + 1, v).stream().filter(p -> p.end() <= v).toList();
        if (met.isEmpty() || v - met.get(met.size() - 1).end() > WITH_REACH) return null;
        return new Sides(subject, with, met);
    }

    /** What may stand between the people met and a bare meeting verb: 举行, 进行, 了 (举行会谈, 进行了会晤). */
    private static final Pattern BARE_VERB = Pattern.compile("^(?:" + Lexicons.of("meeting-bare-verb-fillers").alternation() + ")*$");
    /** Characters of a clause's opening before its 与 when the subject is left out: 并, 另, 同日, 周一(21日)在巴黎. */
    private static final int OPENING_REACH = 32;
    /** After 同, characters that make it a word of its own, not "with" (同日, 同时, 同期, 同意, 同样, 同步). */
    private static final String NOT_WITH_AFTER = "日时期意样步等";

    private static boolean bareVerb(String beforeVerb) {
        return BARE_VERB.matcher(beforeVerb).matches();
    }

    /**
     * The 与/同/跟 of a clause that names no person before it (…，当地时间周一(21日)在巴黎与X会晤), within a few
     * characters of the clause's start, else -1.
     */
    private static int openingWith(String t, int clause, int verb) {
        int end = Math.min(verb, clause + OPENING_REACH);
        for (int i = clause; i < end; i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '；') return -1;
            if (c == '与' || c == '跟' || c == '同' && i + 1 < t.length() && NOT_WITH_AFTER.indexOf(t.charAt(i + 1)) < 0) return i;
        }
        return -1;
    }

    /** 尚未签署, 没有签署: no signing took place. */
    private static final Pattern NOT_YET = Pattern.compile("[未没]");
    private static final Pattern LIST_JOIN = Pattern.compile("^\\s*(?:、|和|及|与|以及)");

    /**
     * The agreement a signing verb is about, in either order: right after it (签署了《…协定》, 签署条约，确认加入《…》,
     * within 24 characters of the sentence), else the one its clause is about before it (RCEP…于2020年11月正式签署,
     * within 40 characters, no other agreement between).
     */
    static Mention signedAgreement(String t, List<Mention> agreements, int verb, int verbEnd) {
        for (Mention a : agreements) if (a.begin() >= verbEnd && a.begin() - verbEnd <= 24) return a;
        Mention before = null;
        for (Mention a : agreements) if (a.end() <= verb) before = a;
        if (before == null || verb - before.end() > 40) return null;
        String between = t.substring(before.end(), verb);
        return between.contains("；") || between.contains(";") ? null : before;
    }

    /** A full title, from this length on, names its signing by a shorter form the text also writes. */
    private static final int FULL_TITLE = 12;
    private static final List<String> GENERIC_MODIFIERS = Lexicons.of("agreement-generic-modifiers").longestFirst();
    private static final Set<String> GENERIC_HEADS = Lexicons.of("agreement-generic-heads").set();

    /**
     * 《中华人民共和国政府和X共和国政府自由贸易协定》签署 is the signing of what the text also writes 中X自贸协定: the
     * shortest specific form of the same agreement names the act, as reports name signings (a full title is not).
     */
    static String shortName(Mention agreement, List<Mention> selected) {
        String own = agreement.name().replaceAll("[《》〈〉]", "");
        if (own.length() < FULL_TITLE) return own;
        String best = own;
        for (Mention m : selected) {
            if (m.type() != EntityType.AGREEMENT || !m.entityIri().equals(agreement.entityIri())) continue;
            String n = m.name().replaceAll("[《》〈〉]", "");
            // the same head (协定, 议定书): 中国东盟自贸区3.0版 is not the name of its upgrade protocol
            if (n.length() >= 4 && n.length() < best.length() && n.endsWith(own.substring(own.length() - 2)) && !generic(n)) best = n;
        }
        return best;
    }

    private static boolean generic(String name) {
        String rest = name;
        for (String g : GENERIC_MODIFIERS) rest = rest.replace(g, "");
        return rest.isEmpty() || GENERIC_HEADS.contains(rest);
    }

    /**
     * …协定在东亚合作领导人系列会议期间签署: signed at a meeting the clause names, which is the event; or at one the
     * sentence shows held before the signing clause (第四次…领导人会议以视频方式举行，15国…正式签署该协定: probe f3, a
     * false signing event beside the meeting), with no date of its own between.
     */
    private static boolean signedAtNamedMeeting(RecognitionContext ctx, String t, Span sentence, List<Mention> here,
                                                Mention agreement, int verb) {
        int clause = Math.max(t.lastIndexOf('，', verb), t.lastIndexOf(',', verb)) + 1;
        int from = Math.min(agreement.begin(), clause);
        for (Mention m : here) {
            boolean named = (m.type() == EntityType.MEETING || m.type() == EntityType.SERIES) && m.recogniser() != RecogniserId.GENERIC_REFERENCE;
            if (!named || m.end() > verb) continue;
            if (m.begin() >= from) return true;
            if (m.begin() >= sentence.begin() && HELD_AFTER_NAME.matcher(t).region(m.end(), clause).lookingAt()
                    && ctx.dates().stream().noneMatch(d -> d.span().begin() >= m.end() && d.span().end() <= verb)) return true;
        }
        return false;
    }

    /** Right after a meeting's name, the clause that holds it: 以视频方式举行, 在北京召开. */
    private static final Pattern HELD_AFTER_NAME = Pattern.compile("[^，,。；;]{0,16}?"
            + Lexicons.of("meeting-holding-verbs").group() + "[^，,。；;]{0,4}[，,]$");

    private static boolean future(String t, int sentenceBegin, int at) {
        String before = t.substring(sentenceBegin, at);
        return FUTURE.stream().anyMatch(before::contains);
    }

    private static final Stage STAGE = Stage.afterSelection("meeting acts",
            Set.of(Input.TEXT, Input.SENTENCES, Input.DATES, Input.SELECTED_MENTIONS),
            Set.of(EntityType.MEETING));

    @Override
    public Stage stage() { return STAGE; }
}
