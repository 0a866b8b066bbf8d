package org.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.recognise.DateMention;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.HanLp;
import org.diplokg.extractor.text.MatchStarts;
import org.diplokg.extractor.text.NormalisedText;
import org.diplokg.extractor.text.Span;

/**
 * What a party did with an agreement, as the text states it (ANNOTATION.md, agreement actions): 已申请加入《…》,
 * 签署了…协定 / …协定签字仪式, 协定于X日生效, 启动…谈判, 实质性结束谈判, 批准, 正式加入, 退出, 完成升级. A statement needs
 * an agreement and an action verb in one clause, next to each other (the verb before it, or after it in the passive
 * order); hopes and plans (期待…生效, 推动…早日生效, 将签署) are not statements. The actor is the economy or
 * organisation that is the clause's subject — several when they are coordinated (中国和尼加拉瓜签署) — never one after
 * 向/据 (a recipient or a source) nor one named in another clause, except that a subjectless clause after a speech
 * verb (台湾宣布，已向…递交申请) takes that clause's subject. The date is the clause's, else the sentence's.
 */
public final class AgreementStatementFinder {

    /** What the finder knows of the document beside its mentions. */
    private record Doc(AnalysedText analysed, NormalisedText text, EconomyNames economies, PartialDate published, List<Mention> namedEconomies,
                       List<Mention> namedRegions, List<Span> sentences, List<List<Mention>> bySentence) {

        /** Where the story holding {@code offset} begins (0 for a document of one story). */
        int storyBegin(int offset) {
            var story = analysed.story(offset);
            return story == null ? 0 : story.span().begin();
        }


        /** The mentions of the sentence before the one holding {@code sentence}, or none. */
        List<Mention> mentionsBefore(Span sentence) {
            int i = sentences.indexOf(sentence);
            return i > 0 ? bySentence.get(i - 1) : List.of();
        }

        /** The only economy the document names whose simplified name starts with {@code c} (中 → 中国), or null. */
        Mention economyStartingWith(char c) {
            Mention found = null;
            for (Mention m : namedEconomies) {
                if (HanLp.toSimplified(m.name()).charAt(0) != c) continue;
                if (found != null && !found.entityIri().equals(m.entityIri())) return null;
                found = m;
            }
            // an economy named only inside a ministry or a title (智利外交部长, 中国商务部长), else a grouping (中欧双方)
            if (found == null) found = economies.startingWith(text, c);
            if (found == null) found = economies.groupingStartingWith(text, c);
            return found != null ? found : regionAbbreviatedAs(c);
        }

        /**
         * The only economy or place the document names that {@code c} officially abbreviates (沪 → 上海, 港 → 香港, 粤 →
         * 广东: 沪澳双方签署…), or null.
         */
        Mention regionAbbreviatedAs(char c) {
            List<String> names = REGION_ABBREVIATIONS.getOrDefault(c, List.of());
            Mention found = null;
            // the places and economies named on their own, then economies named only inside a name (香港 of 香港特区政府)
            List<Mention> named = new ArrayList<>(namedRegions);
            named.addAll(economies.named(text));
            for (Mention m : named) {
                String name = HanLp.toSimplified(m.name());
                if (names.stream().noneMatch(name::startsWith)) continue;  // 上海, 广东省
                if (found != null && !found.entityIri().equals(m.entityIri())) return null;
                found = m;
            }
            return found;
        }
    }

    /** The official one-character abbreviations of China's provincial-level divisions, Hong Kong, Macao and Taiwan. */
    private static final Map<Character, List<String>> REGION_ABBREVIATIONS = regionAbbreviations();

    private static Map<Character, List<String>> regionAbbreviations() {
        Map<Character, List<String>> out = new java.util.HashMap<>();
        for (String line : Lexicons.of("agreement-region-abbreviations").entries()) {
            String[] parts = line.split(" ");
            out.put(parts[0].charAt(0), List.of(parts).subList(1, parts.length));
        }
        return Map.copyOf(out);
    }

    /** Stands for the agreement in the clause the verb patterns are matched on (a lexicon entry may hold it). */
    static final char MARK = '＠';

    /**
     * An action individual, its name in the JSON summary, and the patterns that state it, from the lexicon
     * {@code agreement-status-NAME} (AppliedToJoin → agreement-status-applied-to-join).
     */
    private record Action(String name, String summaryName, Pattern verbs, MatchStarts starts) {
        static Action of(String name, String summaryName) {
            String file = "agreement-status-" + name.replaceAll("(?<=[a-z])(?=[A-Z])", "-").toLowerCase(java.util.Locale.ROOT);
            Pattern verbs = Pattern.compile(Lexicons.of(file).alternation());
            return new Action(name, summaryName, verbs, MatchStarts.of(verbs));
        }
    }

    /** A verb found for one agreement mention: how far from it (0 when the pattern spans it) and where. */
    private record Hit(Action action, int distance, int verbBegin, int verbEnd) {}

    /** Tried in this order; the verb nearest the agreement wins, ties to the earlier action. */
    private static final List<Action> ACTIONS = Stream.of(
            Action.of("AppliedToJoin", "applied"), Action.of("Acceded", "acceded"),
            Action.of("LaunchedNegotiations", "launched"), Action.of("ConcludedNegotiations", "concluded"),
            Action.of("Signed", "signed"), Action.of("Ratified", "ratified"), Action.of("EnteredIntoForce", "in_force"),
            Action.of("Upgraded", "upgraded"), Action.of("Withdrew", "withdrew")).toList();

    private static final Map<String, String> SUMMARY_NAMES = ACTIONS.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Action::name, Action::summaryName));

    private static final Pattern NOT_DONE = Pattern.compile(Lexicons.of("agreement-hope-and-plan-words").alternation());
    private static final Pattern NEGATED = Pattern.compile(Lexicons.of("agreement-status-negation").alternation());
    /** Words after which an economy is the recipient or the source of the act, not its actor (向新西兰递交, 据新华社). */
    private static final Pattern NOT_SUBJECT = Pattern.compile(Lexicons.of("agreement-actor-barriers").alternation());
    /** What joins co-actors (中国和尼加拉瓜, 台湾与加拿大). */
    private static final Pattern COORDINATION = Pattern.compile("(?:和|与|及|以及|同|跟|、|,|，)?");
    /**
     * A time said between the subject and its co-actor (台湾本周（1月10日）与加拿大, 中国7日同尼加拉瓜): the two still act
     * together. Taken out of the gap before {@link #WITH} is looked for.
     */
    private static final Pattern TIME_IN_GAP = Pattern.compile("[（(][^）)，。；]{0,16}[）)]|[0-9０-９一二三四五六七八九十〇]{1,4}[年月日号]"
            + "|" + Lexicons.of("agreement-actor-time-words").alternation() + "|\\s");
    /** The word that makes the economy after a time a co-actor (…与加拿大): a conjunction, never a list comma. */
    private static final Pattern WITH = Pattern.compile("和|与|同|跟|" + Lexicons.of("agreement-actor-conjunctions").alternation());
    /** A count of a grouping's members after its name (东盟10国加上中国): the grouping still coordinates. */
    private static final Pattern MEMBER_COUNT = Pattern.compile("^[0-9一二三四五六七八九十]{1,3}(?:个)?(?:国|成员国|国家)");
    /** 中欧领导人宣布…: words after an abbreviated pair that make the pair the subject (beside those of {@link #BOTH_PARTIES}). */
    private static final Pattern PAIR_SUBJECT = Pattern.compile("(?:" + Lexicons.of("agreement-actor-pair-subjects").alternation() + ")");
    /** 双方同意启动…, 两国签署…: the two parties the sentence named before act together. */
    private static final Pattern BOTH_PARTIES = Pattern.compile("(?:" + Lexicons.of("agreement-actor-both-parties").alternation() + ")");
    /** Before a person, a word that makes the person the counterpart of the clause's subject, not its subject (台湾与加拿大部长X举行会议). */
    private static final Pattern COUNTERPART = Pattern.compile("与|同|和|跟|会见|会晤|会谈");
    /** News agencies, broadcasters and newspapers report an act; they are not its actor. */
    private static final Pattern MEDIA = Pattern.compile("(?:" + Lexicons.of("agreement-actor-media-endings").alternation() + ")$");
    /** Marks right before the verb that the act is done (完成签署, 已申请加入). */
    private static final Pattern PERFECTIVE = Pattern.compile("(?:完成|已经|已)$");
    /** What a clause that is nothing but a date may hold besides it (于, 截至, spaces). */
    private static final int DATE_CLAUSE_REST = 3;
    /** What may follow the verb of a clause that does not name the agreement (…正式签署, …遞出入會申請等待處理). */
    private static final int ANAPHORIC_REST = 4;
    /** A generic name for the agreement just named (签署条约, 签署该协定). */
    private static final Pattern GENERIC_AGREEMENT = Pattern.compile("(?:该|这一|这项|此)?(?:协定|协议|条约|议定书)");
    /** The shape of a generic agreement name two parties sign between them (战略合作框架协议, 合作备忘录). */
    private static final Pattern GENERIC_NAME = Pattern.compile(Lexicons.of("agreement-signed-generic-names").alternation());
    /** Whether an agreement's IRI is minted from a generic name (…/agreement/战略合作框架协议), not a name of its own. */
    private static boolean isGeneric(String iri) {
        String last = iri.substring(iri.lastIndexOf('/') + 1);
        String key = java.net.URLDecoder.decode(last, java.nio.charset.StandardCharsets.UTF_8);
        return GENERIC_NAME.matcher(HanLp.toSimplified(key)).matches();
    }

    /** What stands between two names of one list (》《, 》及《, 、), titles in 《》 the list holds between them included. */
    private static final Pattern LISTED = Pattern.compile("[》」』”\"]?(?:\\s*" + COORDINATION.pattern() + "\\s*《[^《》，。；]{1,60}》)*\\s*"
            + COORDINATION.pattern() + "\\s*[《「『“\"]?");
    /** 两份协定, 这些协定, 上述协议: a reference to several agreements named before. */
    private static final Pattern PLURAL_REFERENCE = Pattern.compile("\\s*(?:这|上述|以上)?(?:两|二|三|几|这些)(?:份|项|个|部)?(?:协定|协议|条约)");
    /** 由X发起, 被X批准: the agent of a verb after the agreement. */
    private static final Pattern AGENT = Pattern.compile("[由被]");
    /** 代表X: the economy someone acts for. */
    private static final Pattern ON_BEHALF = Pattern.compile("代表");
    /** 收到X（的）申请: the economy after the verb is the one that applied. */
    private static final String RECEIVED = "收到";
    /** Verbs before the agreement: at most this many characters between them (签署了《…》). */
    private static final int ACTIVE_GAP = 4;
    /** Verbs after the agreement: at most this many characters between them (…协定周日在…期间正式签署). */
    private static final int PASSIVE_GAP = 20;
    /** …由 right after the agreement: the agent (two signatories with their titles) may stand between it and the verb. */
    private static final int AGENT_GAP = 48;

    private AgreementStatementFinder() {}

    /** The summary's name of an action individual (Signed → signed, EnteredIntoForce → in_force). */
    public static String summaryName(String action) {
        return SUMMARY_NAMES.getOrDefault(action, action);
    }

    public static List<AgreementStatement> find(AnalysedText text, List<Mention> mentions, Map<Mention, String> iriOf,
                                                List<DateMention> dates) {
        return find(text, mentions, iriOf, dates, List.of(), null);
    }

    /**
     * @param gazetteer every gazetteer match of the document, nested ones included (the economy that begins a
     *                  minister's title: 中国商务部部长)
     * @param published the publication date, or null: an act dated after it is still to come
     */
    public static List<AgreementStatement> find(AnalysedText text, List<Mention> mentions, Map<Mention, String> iriOf,
                                                List<DateMention> dates, List<Gazetteer.Match> gazetteer,
                                                PartialDate published) {
        // without a linked agreement there is nothing to state (nor a topic): skip the simplified copy and the clauses
        if (mentions.stream().noneMatch(m -> m.type() == EntityType.AGREEMENT && iriOf.containsKey(m))) return List.of();
        String t = text.normalised();
        String s = simplifiedView(t);
        Map<String, AgreementStatement> out = new LinkedHashMap<>();
        List<List<Mention>> bySentence = text.bySentence(mentions, Mention::begin);
        Doc doc = new Doc(text, text.text(), EconomyNames.of(gazetteer), published, mentions.stream()
                .filter(m -> m.type() == EntityType.ECONOMY && m.reference() != null && !m.name().isEmpty()).toList(),
                mentions.stream().filter(m -> (m.type() == EntityType.ECONOMY || m.type() == EntityType.PLACE)
                        && m.reference() != null && !m.name().isEmpty()).toList(),
                text.sentences(), bySentence);
        Mention lastSentenceAgreement = null;
        Mention topic = topicAgreement(text, mentions, iriOf);
        for (int si = 0; si < bySentence.size(); si++) {
            Span sentence = text.sentences().get(si);
            List<Mention> here = bySentence.get(si).stream().filter(m -> sentence.contains(m.span())).toList();
            List<Mention> agreements = here.stream()
                    .filter(m -> m.type() == EntityType.AGREEMENT && iriOf.containsKey(m)).toList();
            Mention listedBefore = null;
            Hit listedHit = null;
            Map<Span, ClauseVerbs> verbsOf = new HashMap<>();
            for (Mention a : agreements) {
                Span clause = clauseAround(t, sentence, a.span());
                Hit hit = bestHit(verbsOf.computeIfAbsent(clause, c -> ClauseVerbs.of(s, c, agreements)), clause, a.span());
                if (listedBefore == null || !listedBefore.span().contains(a.span())) {  // not a name inside the one before
                    // 签署了《甲》《乙》《丙》, 签订《甲》及《乙》: a name listed right after another that the verb before
                    // them governs is its object too (one verb, in the same clause, for a list of named instruments)
                    if (hit == null && listedHit != null && listedHit.verbEnd() <= listedBefore.begin()
                            && clause.contains(new Span(listedHit.verbBegin(), listedHit.verbEnd()))
                            && LISTED.matcher(s).region(listedBefore.end(), a.begin()).matches()) hit = listedHit;
                    listedBefore = a;
                    listedHit = hit;
                }
                if (hit != null && !inTitleOfAnother(agreements, a, hit)) state(doc, s, t, here, iriOf, dates, sentence, clause, a, a.span(), null, hit, out);
            }
            // a clause that names no agreement but states an act of the one just named (…RCEP由东盟发起，于2020年11月正式签署),
            // else of the one the sentence names next (…正式签署条约，确认英国加入《…》), else of the last sentence's only one
            Mention referent = agreements.isEmpty() ? lastSentenceAgreement : null;
            for (Span clause : clauses(t, sentence)) {
                Mention named = agreements.stream().filter(m -> clause.contains(m.span())).reduce((x, y) -> y).orElse(null);
                if (named != null) {
                    referent = named;
                    continue;
                }
                Mention next = agreements.stream().filter(m -> m.begin() >= clause.end()).findFirst().orElse(null);
                if (referent == null) referent = next;
                // a chronology in a sentence that names no agreement (2002年启动谈判，2010年全面建成…) is the history of
                // the agreement the document is about
                Mention chronicled = referent == null && agreements.isEmpty() && topic != null
                        && startsWithDate(dates, clause) ? topic : null;
                if (referent == null && chronicled == null) continue;
                if (chronicled != null) {
                    Hit h = bestHit(s, clause, null, List.of());
                    if (h != null && endsTheClause(s, clause, h)) {
                        state(doc, s, t, here, iriOf, dates, sentence, clause, chronicled, new Span(h.verbBegin(), h.verbBegin()), null, h, out);
                    }
                    continue;
                }
                Hit hit = bestHit(s, clause, null, List.of());
                if (hit == null || !endsTheClause(s, clause, hit)) continue;
                // an agreement named only after the clause is its object only when the verb ends it or names it
                // generically (正式签署条约，确认英国加入《…》); 签署行政命令，宣布退出《…》 signed an order, not the agreement
                if (referent == next && !endsWithGenericReference(s, clause, hit)) {
                    referent = null;
                    continue;
                }
                // 两份协定…已经生效: a plural reference states the act of every agreement the sentence named before it
                List<Mention> referents = PLURAL_REFERENCE.matcher(s.substring(clause.begin(), clause.end())).lookingAt()
                        ? distinctBefore(agreements, iriOf, clause.begin()) : List.of();
                for (Mention r : referents.size() > 1 ? referents : List.of(referent)) {
                    Span from = sentence.contains(r.span()) ? clauseAround(t, sentence, r.span()) : null;
                    state(doc, s, t, here, iriOf, dates, sentence, clause, r, new Span(hit.verbBegin(), hit.verbBegin()), from, hit, out);
                }
                if (referent == next) referent = null;  // a forward reference serves one clause
            }
            lastSentenceAgreement = nextReferent(s, dates, sentence, agreements, iriOf, lastSentenceAgreement);
        }
        return withoutUnnamedDuplicates(out.values());
    }

    /**
     * The agreement a later sentence that names none refers to (协定, 该协定, or no word at all): the only one this
     * sentence names, else the one it opens with, its subject (美墨加协定1日生效，取代了…北美自由贸易协定。…该协定); a
     * sentence that names none keeps the referent when it opens with a date or with a word for the agreement
     * (2021年11月2日，协定达到…。2022年1月1日，协定正式生效), as a chronology does, and loses it otherwise.
     */
    private static Mention nextReferent(String s, List<DateMention> dates, Span sentence, List<Mention> agreements,
                                        Map<Mention, String> iriOf, Mention last) {
        if (agreements.isEmpty()) {
            int at = skipSpaces(s, sentence.begin(), sentence.end());
            boolean chronology = dates.stream().anyMatch(d -> d.yearKnown() && d.date() != null && d.span().begin() == at);
            boolean anaphor = GENERIC_AGREEMENT.matcher(s).region(at, sentence.end()).lookingAt();
            return chronology || anaphor ? last : null;
        }
        if (agreements.stream().map(iriOf::get).distinct().count() == 1) return agreements.get(agreements.size() - 1);
        Mention first = agreements.get(0);
        return first.begin() - skipSpaces(s, sentence.begin(), sentence.end()) <= 1 ? first : null;
    }

    private static int skipSpaces(String s, int from, int end) {
        int at = from;
        while (at < end && Character.isWhitespace(s.charAt(at))) at++;
        return at;
    }

    /**
     * Whether the verb stands in the title of a longer agreement that holds this one (《关于启动＠谈判的谅解备忘录》):
     * the memorandum's title states no act of the agreement it names.
     */
    private static boolean inTitleOfAnother(List<Mention> agreements, Mention a, Hit hit) {
        return agreements.stream().anyMatch(m -> m != a && m.span().contains(a.span()) && m.span().length() > a.span().length()
                && m.begin() <= hit.verbBegin() && hit.verbEnd() <= m.end());
    }

    /**
     * The agreement a document is about: the only one named in the first sentence that names any (its lead or its
     * title), or null.
     */
    private static Mention topicAgreement(AnalysedText text, List<Mention> mentions, Map<Mention, String> iriOf) {
        for (List<Mention> in : text.bySentence(mentions, Mention::begin)) {
            List<Mention> named = in.stream().filter(m -> m.type() == EntityType.AGREEMENT && iriOf.containsKey(m)).toList();
            if (named.isEmpty()) continue;
            return named.stream().map(iriOf::get).distinct().count() == 1 ? named.get(0) : null;
        }
        return null;
    }

    /** A clause that opens with a date whose year is known (2002年启动谈判). */
    private static boolean startsWithDate(List<DateMention> dates, Span clause) {
        return dates.stream().anyMatch(d -> d.yearKnown() && d.date() != null && d.span().begin() >= clause.begin()
                && d.span().begin() - clause.begin() <= 1 && clause.contains(d.span()));
    }

    /** The first mention of each distinct agreement named before {@code end}. */
    private static List<Mention> distinctBefore(List<Mention> agreements, Map<Mention, String> iriOf, int end) {
        Map<String, Mention> out = new LinkedHashMap<>();
        for (Mention m : agreements) if (m.end() <= end) out.putIfAbsent(iriOf.get(m), m);
        return List.copyOf(out.values());
    }

    /** Records what {@code hit} states of agreement {@code a}, which stands at {@code at} (its mention, or the verb). */
    private static void state(Doc doc, String s, String t, List<Mention> here, Map<Mention, String> iriOf, List<DateMention> dates,
                              Span sentence, Span clause, Mention a, Span at, Span referentClause, Hit hit,
                              Map<String, AgreementStatement> out) {
        String before = s.substring(clause.begin(), hit.verbBegin());
        if (NEGATED.matcher(before).find()) return;
        // a plan word does not undo an act stated as done (欢迎…完成签署, 希望…已申请加入)
        boolean done = PERFECTIVE.matcher(before).find();
        if (!done && NOT_DONE.matcher(before).find()) return;
        if (!done && hit.verbBegin() >= at.end() && NOT_DONE.matcher(s.substring(at.end(), hit.verbBegin())).find()) return;
        if (!done && planCarriedOver(t, s, here, dates, sentence, clause, hit)) return;
        Actors found = actorsOf(doc, t, s, here, iriOf, sentence, clause, at, hit);
        // 签署了发展友好省区关系备忘录 with no party read: a generic name is an agreement only through its two parties
        if (found.mentions().isEmpty() && isGeneric(iriOf.get(a))) return;
        DateMention when = dateOf(doc, s, dates, sentence, clause, found.from(), referentClause, hit.verbBegin());
        PartialDate date = when == null || !when.yearKnown() ? null : when.date();
        // 中塞自贸协定7月1日生效 in a May report: still to come (a date lent by another clause may be that clause's plan)
        if (when != null && clause.contains(when.span()) && after(date, doc.published())) return;
        String yearless = when == null || when.yearKnown() ? null : when.iso();
        List<Mention> each = found.mentions().isEmpty() ? java.util.Collections.singletonList(null) : found.mentions();
        for (Mention actor : each) {
            AgreementStatement st = new AgreementStatement(iriOf.get(a), hit.action().name(),
                    actor == null ? null : iriOf.getOrDefault(actor, actor.entityIri()), actor == null ? null : actor.name(), date, sentence, yearless);
            String key = st.agreement() + ' ' + st.action() + ' ' + (st.actor() != null ? st.actor() : st.actorName());
            AgreementStatement old = out.get(key);
            // a later dated report of the same act completes an undated one; one at another date is another act
            // (启动谈判 in 2002, 3.0版建设启动 in 2022)
            if (old != null && !compatible(old.date(), date)) {
                out.putIfAbsent(key + ' ' + date.iso(), st);
            } else if (old == null || old.dateIso() == null && st.dateIso() != null) {
                out.put(key, st);
            }
        }
    }

    /** Future markers that carry from a clause with a subject to the subjectless clauses after it (将于…启动…，年内签署). */
    private static final Pattern PLAN_CARRIES = Pattern.compile(Lexicons.of("agreement-plan-carrying-words").alternation());

    /**
     * 两国将于下月启动谈判，年内完成谈判并签署: a clause with no subject, no date and no 了 after its verb continues the
     * plan of the clause before it that holds the subject (or of one in between); a clause with its own subject (双方,
     * an economy, a person) or a date states its own act.
     */
    private static boolean planCarriedOver(String t, String s, List<Mention> here, List<DateMention> dates, Span sentence,
                                           Span clause, Hit hit) {
        if (clause.begin() <= sentence.begin() || s.startsWith("了", hit.verbEnd())) return false;
        if (dates.stream().anyMatch(d -> clause.contains(d.span()))) return false;
        if (BOTH_PARTIES.matcher(s).region(skipTimes(s, clause.begin(), hit.verbBegin()), hit.verbBegin()).lookingAt()) return false;
        if (startsWithSubject(here, clause.begin(), hit.verbBegin())) return false;
        List<Span> earlier = clauses(t, sentence).stream().filter(c -> c.end() <= clause.begin()).toList();
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Span c = earlier.get(i);
            if (PLAN_CARRIES.matcher(s.substring(c.begin(), c.end())).find()) return true;
            if (opensWithSubject(s, here, c)) return false;
        }
        return false;
    }

    /** How far into a clause, after its times, its subject may begin (随后, 并 before 中方). */
    private static final int SUBJECT_LEAD = 2;

    /**
     * Whether an earlier clause of the plan opens with a subject of its own: a party or a person named in its object
     * (批准包括《上合组织…战略》在内的文件, 批准…上海合作组织秘书长…的报告) does not end the plan of 元首将签署…, 批准…, 签署…
     * (sets F and G: two summit previews listed signings still to come as done).
     */
    private static boolean opensWithSubject(String s, List<Mention> here, Span clause) {
        int at = skipTimes(s, clause.begin(), clause.end());
        return here.stream().anyMatch(m -> m.begin() >= clause.begin() && m.begin() <= at + SUBJECT_LEAD && m.end() <= clause.end()
                && !insideAgreement(here, m) && (m.type() == EntityType.PERSON || m.type() == EntityType.ECONOMY
                || m.type() == EntityType.ORGANIZATION));
    }

    /** Whether a party or a person is named in [begin, end): the clause has a subject of its own. */
    private static boolean startsWithSubject(List<Mention> here, int begin, int end) {
        return here.stream().anyMatch(m -> m.begin() >= begin && m.end() <= end && !insideAgreement(here, m)
                && (m.type() == EntityType.PERSON || m.type() == EntityType.ECONOMY || m.type() == EntityType.ORGANIZATION));
    }

    /** Whether a date lies after the publication date at the precision both have (2024-07-01 after 2024-05-08). */
    private static boolean after(PartialDate date, PartialDate published) {
        if (date == null || published == null) return false;
        String a = date.iso(), p = published.iso();
        int n = Math.min(a.length(), p.length());
        return a.substring(0, n).compareTo(p.substring(0, n)) > 0;
    }

    /** Two dates that may be one act's: either unknown, or one the other at a finer precision (2020-11, 2020-11-15). */
    private static boolean compatible(PartialDate a, PartialDate b) {
        if (a == null || b == null) return true;
        return a.iso().startsWith(b.iso()) || b.iso().startsWith(a.iso());
    }

    /** The clauses of a sentence, in order. */
    private static List<Span> clauses(String t, Span sentence) {
        List<Span> out = new ArrayList<>();
        int b = sentence.begin();
        for (int i = sentence.begin(); i <= sentence.end(); i++) {
            if (i == sentence.end() || "，,；;。".indexOf(t.charAt(i)) >= 0) {
                if (i > b) out.add(new Span(b, i));
                b = i + 1;
            }
        }
        return out;
    }

    /**
     * An act stated of an agreement not named in the clause ends the clause (…，于2020年11月正式签署), or ends it with
     * a second object of the same verb (结束全部文本谈判及实质上所有市场准入谈判); a closing note in brackets
     * ((资料照片)) does not count.
     */
    private static boolean endsTheClause(String s, Span clause, Hit hit) {
        String rest = TRAILING_NOTE.matcher(s.substring(hit.verbEnd(), clause.end())).replaceAll("");
        if (OTHER_OBJECT.matcher(rest).find()) return false;  // 签署行政命令，宣布退出《…》: the order was signed
        if (rest.length() <= ANAPHORIC_REST || GENERIC_AGREEMENT.matcher(rest).lookingAt()) return true;
        String verb = s.substring(hit.verbBegin(), hit.verbEnd());
        String head = verb.length() >= 2 ? verb.substring(verb.length() - 2) : verb;
        return SECOND_OBJECT.matcher(rest).matches() && rest.endsWith(head);
    }

    /**
     * Nothing but 了, a time suffix (台湾自…申请入会以来，…) or a generic name of the agreement after the verb
     * (…正式签署，…正式签署条约): no object of its own.
     */
    private static boolean endsWithGenericReference(String s, Span clause, Hit hit) {
        String rest = TRAILING_NOTE.matcher(s.substring(hit.verbEnd(), clause.end())).replaceAll("").strip();
        return rest.length() <= 1 || GENERIC_AGREEMENT.matcher(rest).lookingAt() || TIME_SUFFIX.matcher(rest).matches();
    }

    /** What makes a clause the time of another (申请入会以来, 签署后). */
    private static final Pattern TIME_SUFFIX = Pattern.compile("(?:以来|之后|以后|后|时|之际)");

    /** An object of the verb that is another kind of document (行政命令, 声明): the act is not the agreement's. */
    private static final Pattern OTHER_OBJECT = Pattern.compile(Lexicons.of("agreement-action-other-objects").alternation()
            + "|" + Lexicons.of("agreement-document-kind-words").alternation());

    /** A note in brackets that closes a clause (（资料照片）, （完）). */
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*[（(][^）)]{0,12}[）)]\\s*$");
    /** A second object joined to the first one of the verb (及…谈判): at most this long, no other agreement in it. */
    private static final Pattern SECOND_OBJECT = Pattern.compile("(?:及|和|以及|与)[^＠，。；]{1,16}");

    /**
     * The actors of one statement and the clause they were found in (the statement's own, or the one whose subject
     * it shares); no actors when the text names none or names a group only in part (中国等15国).
     */
    private record Actors(List<Mention> mentions, Span from) {}

    private static Actors actorsOf(Doc doc, String t, String s, List<Mention> here, Map<Mention, String> iriOf, Span sentence,
                                   Span whole, Span a, Hit hit) {
        Span clause = withoutDateline(s, whole, Math.min(a.begin(), hit.verbBegin()));
        if (hit.action().name().equals("EnteredIntoForce")) {
            // an agreement enters into force, for a party only where the text says so (对X生效)
            int dui = s.lastIndexOf('对', hit.verbBegin());
            if (dui < a.end() || dui < clause.begin()) return new Actors(List.of(), clause);
            return new Actors(group(doc, s, here, iriOf, new Span(dui + 1, hit.verbBegin()), hit.verbBegin()), clause);
        }
        if (s.startsWith(RECEIVED, hit.verbBegin())) {  // 收到X正式入会申请
            return new Actors(group(doc, s, here, iriOf, new Span(hit.verbBegin() + RECEIVED.length(), hit.verbEnd()), hit.verbEnd()), clause);
        }
        if (hit.verbBegin() >= a.end() && a.length() > 0) {
            // the agreement before its verb is the verb's subject (中方欢迎RCEP完成签署): a party acts only as 由X / 被X
            // the verb pattern may span the agent (＠…由东盟发起 is one match): look up to its end then
            int until = hit.verbBegin() > a.end() ? hit.verbBegin() : hit.verbEnd();
            Matcher by = AGENT.matcher(s.substring(a.end(), until));
            if (!by.find()) return new Actors(List.of(), clause);
            Span agent = new Span(a.end() + by.end(), until);
            // …由甲国某部部长X与乙国某部部长Y…签署: the economies the signatories' titles name, each one
            List<Mention> envoys = economiesOfSubjects(doc, t, s, here, iriOf, agent, until);
            if (envoys.size() > 1) return new Actors(envoys, clause);
            return new Actors(group(doc, s, here, iriOf, agent, until), clause);
        }
        int before = Math.min(hit.verbBegin(), a.begin());
        // 甲和乙见证了丙与丁签署: who witnesses a signing is no actor of it; its own are named after the last witnessing
        // verb, or none (见证签署一系列合作文件), and no earlier clause lends one (sets D, E, F: eight witnessed signings;
        // F took two governors who witnessed one for its signatories)
        Span named = clause;
        Matcher witness = WITNESS.matcher(s).region(clause.begin(), Math.max(clause.begin(), before));
        while (witness.find()) named = new Span(witness.end(), clause.end());
        boolean witnessed = named != clause;
        if (witnessed && named.begin() >= before) return new Actors(List.of(), clause);
        Matcher onBehalf = ON_BEHALF.matcher(s.substring(named.begin(), before));
        if (onBehalf.find()) {  // 王文涛代表中国提出申请: the economy represented acts
            List<Mention> represented = group(doc, s, here, iriOf, new Span(named.begin() + onBehalf.end(), before), before);
            if (!represented.isEmpty() && represented.get(0).begin() == named.begin() + onBehalf.end()) {
                return new Actors(represented, clause);
            }
        }
        List<Mention> own = actors(doc, s, here, iriOf, named, before);
        if (SIGNED.equals(hit.action().name()) && (own == null || own.size() < 2)) {
            // 甲会会长X与乙会董事长Y签署…, 甲公司与乙处、丙委员会签订…: the bodies the two sides of the signing name
            List<Mention> sides = signatories(doc, t, s, here, iriOf, named.begin(), before);
            // an economy the grammar took for the subject though it stands inside a later side (甲省与乙国某州签署) is that side's;
            // where persons sign, the economies their titles name act instead (商务部部长X与乙国某部部长Y签订)
            if (sides.size() > 1 && (own == null || own.isEmpty() || sides.get(0).span().equals(own.get(0).span())
                    || own.get(0).begin() >= sides.get(0).end() && !hasPerson(here, named.begin(), before))) {
                return new Actors(sides, clause);
            }
        }
        if (own != null && !own.isEmpty() && !personIsSubject(s, here, new Span(named.begin(), before))) return new Actors(own, clause);
        List<Mention> spokenFor = economiesOfSubjects(doc, t, s, here, iriOf, named, before);
        if (!spokenFor.isEmpty()) return new Actors(spokenFor, clause);
        if (own != null && !own.isEmpty()) return new Actors(own, clause);
        List<Mention> both = bothParties(doc, s, here, iriOf, sentence, named, before);
        if (!both.isEmpty()) return new Actors(both, clause);
        List<Mention> pair = abbreviatedPair(doc, s, named.begin(), before);
        if (!pair.isEmpty()) return new Actors(pair, clause);
        if (witnessed || own == null || hasPerson(here, clause.begin(), before)) return new Actors(List.of(), clause);
        Mention host = meetingSubject(here, iriOf, clause, before);
        if (host != null) return new Actors(List.of(host), clause);  // 亚太经合组织北京会议作出启动…的决定
        // an economy inside the act's object (启动了中国加入DEPA谈判) is named there, not left to the topic
        // (a body inside the agreement's own name, 完成中国—东盟自贸区3.0版谈判, is not: it names the agreement)
        boolean inObject = here.stream().anyMatch(m -> isActor(m) && iriOf.containsKey(m)
                && m.begin() >= hit.verbBegin() && m.end() <= hit.verbEnd() && !insideAgreement(here, m));
        if (inObject) return new Actors(List.of(), clause);
        // a subjectless clause shares the subject of an earlier clause that starts with it (中方期待…，已申请加入…)
        for (Span c = previousClause(t, sentence, clause); c != null; c = previousClause(t, sentence, c)) {
            if (personIsSubject(s, here, c)) {
                List<Mention> theirs = economiesOfSubjects(doc, t, s, here, iriOf, c, c.end());
                if (!theirs.isEmpty()) return new Actors(theirs, c);
                continue;
            }
            List<Mention> earlierPair = abbreviatedPair(doc, s, c.begin(), c.end());
            if (!earlierPair.isEmpty()) return new Actors(earlierPair, c);
            // …，双方团队经过四轮谈判，于某日正式结束谈判: the two parties of the earlier clause
            List<Mention> earlierBoth = bothParties(doc, s, here, iriOf, sentence, c, c.end());
            if (!earlierBoth.isEmpty()) return new Actors(earlierBoth, c);
            List<Mention> subject = actors(doc, s, here, iriOf, c, c.end());
            if (subject == null) return new Actors(List.of(), clause);
            if (!subject.isEmpty() && subject.get(0).begin() - c.begin() <= 1) return new Actors(subject, c);
        }
        return new Actors(List.of(), clause);
    }

    /** A verb of witnessing or attending a signing (见证, 在…见证下, 出席): who does it is no actor of the signing. */
    private static final Pattern WITNESS = Pattern.compile(Lexicons.of("agreement-witness-verbs").alternation());

    /** Whether {@code m} lies inside an agreement's name (the selector keeps bodies named there). */
    private static boolean insideAgreement(List<Mention> here, Mention m) {
        return here.stream().anyMatch(x -> x.type() == EntityType.AGREEMENT && x.span().contains(m.span()) && !x.span().equals(m.span()));
    }

    private static final String SIGNED = "Signed";
    /** What ends a signatory's side after the body it names (共同签署, 在重庆签署, 于今天签署). */
    private static final Pattern SIDE_ENDS = Pattern.compile(Lexicons.of("agreement-signatory-side-ends").alternation());
    /** What joins the two sides of a signing (甲与乙签署, 甲和乙签订); a list comma separates parties of one side. */
    private static final Pattern SIDES_JOIN = Pattern.compile("[" + Lexicons.of("agreement-pair-conjunctions").chars() + "]");
    /** A side that is a count, a crowd or both parties names no one body (各方, 40多个国家, 双方). */
    private static final Pattern NO_BODY = Pattern.compile(Lexicons.of("agreement-signed-generic-crowds").alternation() + "|"
            + Lexicons.of("agreement-actor-both-parties").alternation());
    /** A body's name as written: Han characters, Latin letters, digits and brackets, no name dot (a foreign person's). */
    private static final Pattern BODY_NAME = Pattern.compile("[\\p{IsHan}a-z0-9()-]{2,30}");

    /**
     * The parties of a signing clause whose subject is two sides joined by a conjunction (甲会会长X与乙会董事长Y, 甲公司与
     * 乙处、丙委员会): for each side the economy or body it names, as written where the reference does not know it, or the
     * signatory himself where the side names no body (X副主任代表我省 acts for 我省). None unless every side names one:
     * sets D and E odd halves had seven signings by bodies outside the reference whose actors were left null.
     */
    private static List<Mention> signatories(Doc doc, String t, String s, List<Mention> mentions, Map<Mention, String> iriOf,
                                             int begin, int before) {
        int lead = skipTimes(s, begin, before);
        Matcher join = SIDES_JOIN.matcher(s).region(lead, before);
        int at = -1;
        while (join.find()) {
            int j = join.start();
            if (mentions.stream().noneMatch(m -> m.begin() <= j && m.end() > j)) {
                at = j;
                break;
            }
        }
        if (at <= lead) return List.of();
        List<Mention> out = new ArrayList<>();
        Mention first = signatory(doc, t, s, mentions, iriOf, lead, at, false, true);
        if (first == null) return List.of();
        out.add(first);
        int from = at + 1;
        for (int i = from; i <= before; i++) {
            int c = i;
            if (c < before && (s.charAt(c) != '、' || mentions.stream().anyMatch(m -> m.begin() <= c && m.end() > c))) continue;
            Mention next = signatory(doc, t, s, mentions, iriOf, from, c, c == before, false);
            if (next == null) return List.of();
            out.add(next);
            from = c + 1;
        }
        return out;
    }

    /** What ends the name of a body the reference does not know (…联合会, …人民政府, …有限公司, …代表处). */
    private static final Pattern BODY_ENDS = Pattern.compile("(?:" + Stream.of("org-name-suffixes", "org-government-endings",
            "org-company-endings", "org-institution-endings", "org-mission-endings").map(n -> Lexicons.of(n).alternation())
            .collect(java.util.stream.Collectors.joining("|")) + ")$");

    /**
     * The economy or body one side of a signing names in [begin, end), or null; the words between the last side and the
     * verb (共同, 在重庆) are no part of it.
     */
    private static Mention signatory(Doc doc, String t, String s, List<Mention> mentions, Map<Mention, String> iriOf, int begin, int end,
                                     boolean last, boolean firstSide) {
        int from = skipTimes(s, begin, end);
        // the signatory nearest the conjunction: the last person of the first side, the first of the others
        List<Mention> persons = mentions.stream().filter(m -> m.type() == EntityType.PERSON && m.begin() >= from && m.end() <= end).toList();
        Mention person = persons.isEmpty() ? null : persons.get(firstSide ? persons.size() - 1 : 0);
        int until = person != null ? person.begin() - (person.title() == null ? 0 : person.title().length()) : end;
        if (person != null) {
            // X董事长 written as the person's title (甲基金会董事长Y): the body that title names
            int titleBegin = Math.max(from, until);
            Mention inTitle = mentions.stream().filter(m -> (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.ECONOMY)
                    && m.begin() >= titleBegin && m.end() <= person.begin()).findFirst().orElse(null);
            if (inTitle != null) return inTitle;
        }
        if (person == null && last) {
            Matcher stop = SIDE_ENDS.matcher(s).region(from, end);
            if (stop.find()) until = stop.start();
        }
        // the body starts after an earlier person of the side (记者X) and runs to the signatory's title
        int at = person != null && persons.indexOf(person) > 0 ? persons.get(persons.indexOf(person) - 1).end() : from;
        if (until > at) {
            int u = until;
            Mention named = mentions.stream().filter(m -> m.begin() == at && m.end() == u
                    && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.ECONOMY)).findFirst().orElse(null);
            if (named != null) return named;
            // a body the reference does not know acts for the economy it begins with (甲国某部部长X); standing alone, the
            // side must be the economy (not 英国商业 of 英国商业与贸易大臣) or end as a body's name does
            Mention economy = economyAt(doc, t, mentions, iriOf, at, until);
            if (economy != null && (person != null || economy.end() == until)) return economy;
            if (person == null && economy != null && economy.begin() == at && economy.end() < until) {
                // 乙国某州, 乙国某县观光局: the division or office, not the country that only locates it
                Mention division = division(doc, s, economy.end(), until);
                if (division != null) return division;
            }
            Mention body = body(doc, s, at, until);
            if (body != null && person == null && !BODY_ENDS.matcher(body.key()).find()) return division(doc, s, at, until);
            return body;
        }
        if (person == null) return null;
        // X副主任代表我省: the body he signs for
        Matcher behalf = ON_BEHALF.matcher(s).region(person.end(), end);
        if (behalf.find()) {
            int b = behalf.end();
            Matcher stop = SIDE_ENDS.matcher(s).region(b, end);
            return body(doc, s, b, stop.find() ? stop.start() : end);
        }
        return person;
    }

    /** What ends the name of a sub-national division or a bureau (四川省, 伯南布哥州, 富山县, 省旅游局). */
    private static final Pattern DIVISION_ENDS = Pattern.compile("(?:" + Lexicons.of("agreement-signatory-division-endings").alternation() + ")$");
    /** A first character that makes the words no name (在富山县 is a place of the act, 该市 a reference). */
    private static final String NON_NAME_OPENERS = Lexicons.of("agreement-signatory-non-name-openers").chars();
    /** The shortest division or bureau name: a place of two characters and its ending (我省, 本市 are no names). */
    private static final int DIVISION_MIN_LENGTH = 3;

    /**
     * A sub-national division or a government bureau named [begin, end) as written (四川省与乙国某州签署…, 省旅游局与某县
     * 观光局签署…), or null: sets E and F had three such sides, their signings left without actors or given the country
     * that only locates the partner.
     */
    private static Mention division(Doc doc, String s, int begin, int end) {
        if (end - begin < DIVISION_MIN_LENGTH || NON_NAME_OPENERS.indexOf(s.charAt(begin)) >= 0) return null;
        Mention body = body(doc, s, begin, end);
        return body != null && DIVISION_ENDS.matcher(body.key()).find() ? body : null;
    }

    /** A body named [begin, end) as written, or null where the words there name no single body. */
    private static Mention body(Doc doc, String s, int begin, int end) {
        if (end - begin < 2) return null;
        String name = s.substring(begin, end);
        if (!BODY_NAME.matcher(name).matches() || NO_BODY.matcher(name).find()) return null;
        return new Mention(new Span(begin, end), EntityType.ORGANIZATION, doc.text().originalText(begin, end), name, null, null,
                org.diplokg.extractor.recognise.RecogniserId.TITLE, 0.5);
    }

    /** A dateline that opens a clause (新华社北京10月17日电, 中央社記者台北3日電), up to the space after it. */
    private static final Pattern DATELINE = Pattern.compile("[^，。；\n]{0,24}?[0-9０-９]{1,2}日["
            + Lexicons.of("date-dateline-ends").chars() + "]\\s*");

    /**
     * The clause without the dateline it opens with, so that the subject after it stands first (新华社…电 商务部部长X与
     * 乙国大使Y签署…); the clause itself when it has none before {@code before}.
     */
    private static Span withoutDateline(String s, Span clause, int before) {
        Matcher m = DATELINE.matcher(s).region(clause.begin(), Math.max(clause.begin(), before));
        return m.lookingAt() && m.end() < before ? new Span(m.end(), clause.end()) : clause;
    }

    /**
     * 中厄两国签署…, 韩中双方宣布…: two economies the document names, each abbreviated to its first character, standing
     * as the clause's subject with a word for the two parties; none unless both characters name one economy each.
     */
    private static List<Mention> abbreviatedPair(Doc doc, String s, int begin, int before) {
        int at = skipTimes(s, begin, before);
        if (before - at < 4) return List.of();
        if (!BOTH_PARTIES.matcher(s).region(at + 2, before).lookingAt()
                && !PAIR_SUBJECT.matcher(s).region(at + 2, before).lookingAt()) return List.of();
        Mention first = doc.economyStartingWith(s.charAt(at)), second = doc.economyStartingWith(s.charAt(at + 1));
        if (first == null || second == null || first.entityIri().equals(second.entityIri())) return List.of();
        return List.of(first, second);
    }

    /** The organisation that names a meeting standing as the clause's subject (二十国集团峰会决定启动…), or null. */
    private static Mention meetingSubject(List<Mention> mentions, Map<Mention, String> iriOf, Span clause, int before) {
        Mention meeting = mentions.stream().filter(m -> m.type() == EntityType.MEETING && m.begin() - clause.begin() <= 1
                && m.end() <= before).findFirst().orElse(null);
        if (meeting == null) return null;
        return mentions.stream().filter(m -> m.type() == EntityType.ORGANIZATION && m.begin() == meeting.begin()
                && meeting.span().contains(m.span()) && iriOf.containsKey(m) && isActor(m)).findFirst().orElse(null);
    }

    /**
     * Whether a person named in the clause is its subject (智利学者高峰认为): a person after 与, 同 or 会见 is the
     * subject's counterpart (台湾本周与加拿大国际贸易部长伍凤仪举行视讯会议), and the economy before it still acts.
     */
    private static boolean personIsSubject(String s, List<Mention> mentions, Span clause) {
        Mention person = mentions.stream().filter(m -> m.type() == EntityType.PERSON && clause.contains(m.span()))
                .findFirst().orElse(null);
        return person != null && !outsideNames(COUNTERPART.matcher(s).region(clause.begin(), person.begin()), mentions);
    }

    /**
     * The economies that the persons standing as the clause's subject speak for, read from what describes them: 英国商业与
     * 贸易大臣X签署…, 柬埔寨商业部大臣X与中国商务部部长Y…宣布完成谈判, 美国总统X宣布退出…, 秘鲁外贸和旅游部部长X与
     * 中国驻秘鲁大使Y签署… (the economy that begins the words before each person, else one in the person's title).
     * None when a subject's description names no economy (商务部部长X): the summary lists what the text says, not a guess.
     */
    private static List<Mention> economiesOfSubjects(Doc doc, String t, String s, List<Mention> mentions, Map<Mention, String> iriOf,
                                                     Span clause, int before) {
        List<Mention> out = new ArrayList<>();
        int from = clause.begin();
        for (Mention p : mentions) {
            if (p.type() != EntityType.PERSON || p.begin() < clause.begin() || p.end() > before) continue;
            if (p.begin() < from) return List.of();
            int lead = skipTimes(s, from, p.begin());
            if (!out.isEmpty()) {
                Matcher with = JOINS_PERSONS.matcher(s).region(lead, p.begin());
                if (!with.lookingAt()) break;
                lead = skipTimes(s, with.end(), p.begin());
            }
            Mention economy = economyAt(doc, t, mentions, iriOf, lead, p.begin());
            // 台湾与加拿大国际贸易部长X: a person after 与 is the counterpart of the economy before it, not its envoy; a
            // second envoy's description may list domains (乙国总统投资、贸易和国际合作顾问Y)
            if ((out.isEmpty() || economy == null) && joinsOutsideNames(s, mentions, lead, p.begin())) break;
            if (economy == null) economy = economyInTitle(mentions, iriOf, p, from);
            if (economy == null) return List.of();
            out.add(economy);
            from = p.end();
        }
        return out;
    }

    /** Whether a conjunction stands between {@code begin} and {@code end} outside the names there (秘鲁外贸和旅游部). */
    private static boolean joinsOutsideNames(String s, List<Mention> mentions, int begin, int end) {
        return outsideNames(JOINS_PERSONS.matcher(s).region(begin, end), mentions);
    }

    /** Whether the matcher finds its word outside every name (the 和 of 秘鲁外贸和旅游部 joins nothing). */
    private static boolean outsideNames(Matcher word, List<Mention> mentions) {
        while (word.find()) {
            int at = word.start();
            if (mentions.stream().noneMatch(m -> m.begin() <= at && m.end() > at)) return true;
        }
        return false;
    }

    /** What joins two persons acting together (与, 和, 、). */
    private static final Pattern JOINS_PERSONS = Pattern.compile("(?:" + WITH.pattern() + "|、)");

    /** The offset after the times said at {@code from} (当天, 7日, （周三）), at most {@code end}. */
    private static int skipTimes(String s, int from, int end) {
        Matcher time = TIME_IN_GAP.matcher(s).region(from, end);
        int at = from;
        while (at < end && time.region(at, end).lookingAt() && time.end() > at) at = time.end();
        return at;
    }

    /**
     * The economy named at {@code at}: its mention, else the name that begins a ministry's (中国 of 中国商务部), else
     * the government of the state organ named there (商务部部长X → 中国, when the document names China), or null.
     */
    private static Mention economyAt(Doc doc, String t, List<Mention> mentions, Map<Mention, String> iriOf, int at, int end) {
        for (Mention m : mentions) {
            if (m.begin() == at && m.type() == EntityType.ECONOMY && iriOf.containsKey(m) && m.end() <= end) return m;
        }
        Mention written = doc.economies().at(doc.text(), at, end);
        if (written != null) return written;
        for (Mention m : mentions) {
            if (m.begin() == at && m.end() <= end && m.type() == EntityType.ORGANIZATION) return governmentOf(doc, m);
        }
        return null;
    }

    /** The economy named in a person's title (新西兰总理X), when the title lies after {@code from}; or null. */
    private static Mention economyInTitle(List<Mention> mentions, Map<Mention, String> iriOf, Mention p, int from) {
        int titleBegin = p.begin() - (p.title() == null ? 0 : p.title().length());
        if (titleBegin < from) return null;
        return mentions.stream().filter(m -> m.type() == EntityType.ECONOMY && iriOf.containsKey(m)
                && m.begin() >= titleBegin && m.end() <= p.begin()).findFirst().orElse(null);
    }

    /**
     * 双方同意启动…, 两国签署…: a clause whose subject is the two parties acts for the first two economies or
     * organisations the sentence named before it (台湾行政院…会晤加拿大…部长，双方同意启动…); none unless there are two.
     */
    private static List<Mention> bothParties(Doc doc, String s, List<Mention> mentions, Map<Mention, String> iriOf, Span sentence,
                                             Span clause, int before) {
        Matcher both = BOTH_PARTIES.matcher(s.substring(clause.begin(), Math.max(clause.begin(), before)));
        if (!both.lookingAt()) return List.of();
        Map<String, Mention> parties = partiesNamed(doc, mentions, iriOf, sentence.begin(), clause.begin());
        // 中國與厄瓜多自貿協定大事記：…，兩國宣布啟動…: the two economies named inside the agreement's name
        if (parties.size() == 1 || parties.isEmpty() && doc.economies().within(doc.text(), sentence.begin(), clause.begin()).size() == 2) {
            for (Mention e : doc.economies().within(doc.text(), sentence.begin(), clause.begin())) parties.putIfAbsent(e.entityIri(), e);
        }
        // 第十六次中欧领导人会晤在北京举行，双方宣布…: the pair the sentence wrote abbreviated before it
        if (parties.isEmpty()) {
            for (int at = sentence.begin(); at + 4 <= clause.begin(); at++) {
                List<Mention> pair = abbreviatedPair(doc, s, at, clause.begin());
                if (!pair.isEmpty()) return pair;
            }
        }
        // 双方团队宣布… in a sentence that names no party before it, after one that named the two (中国与冰岛7日举行…。双方…)
        if (parties.isEmpty()) {
            List<Mention> previous = doc.mentionsBefore(sentence);
            int i = doc.sentences().indexOf(sentence);
            Span last = i > 0 ? doc.sentences().get(i - 1) : null;
            if (last != null) parties = partiesNamed(doc, previous, iriOf, last.begin(), last.end());
            // named only inside ministers' titles (甲国商务部长与乙国外长…。双方…): the economies those begin
            if (last != null && parties.size() < 2) {
                for (Mention e : doc.economies().within(doc.text(), last.begin(), last.end())) parties.putIfAbsent(e.entityIri(), e);
            }
        }
        return parties.size() == 2 ? List.copyOf(parties.values()) : List.of();
    }

    /** The distinct economies and organisations named in [begin, end), a ministry as its economy. */
    private static Map<String, Mention> partiesNamed(Doc doc, List<Mention> mentions, Map<Mention, String> iriOf, int begin, int end) {
        Map<String, Mention> parties = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.begin() < begin || m.end() > end || !iriOf.containsKey(m) || !isActor(m)) continue;
            boolean inside = mentions.stream().anyMatch(x -> x != m && x.span().contains(m.span())
                    && x.span().length() > m.span().length());
            if (inside) continue;
            // a ministry that signs for its economy (中国商务部副部长X与毛里求斯大使Y签署…，双方宣布…): the economy
            Mention economy = m.type() == EntityType.ORGANIZATION ? doc.economies().at(doc.text(), m.begin(), m.end()) : null;
            if (economy != null) parties.putIfAbsent(economy.entityIri(), economy);
            else parties.putIfAbsent(iriOf.get(m), m);
        }
        return parties;
    }

    private static boolean hasPerson(List<Mention> mentions, int begin, int end) {
        return mentions.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.begin() >= begin && m.end() <= end);
    }

    /** The coordinated actors that start a span (中国和尼加拉瓜), or none. */
    private static List<Mention> group(Doc doc, String s, List<Mention> mentions, Map<Mention, String> iriOf, Span span, int before) {
        List<Mention> found = actors(doc, s, mentions, iriOf, span, before);
        return found == null ? List.of() : found;
    }

    /**
     * A statement without a named actor repeats one with an actor (RCEP由东盟发起 … RCEP发起于2012年): it is
     * dropped, its date lent to the named one when that has none.
     */
    private static List<AgreementStatement> withoutUnnamedDuplicates(java.util.Collection<AgreementStatement> all) {
        List<AgreementStatement> out = new ArrayList<>(all);
        for (AgreementStatement unnamed : all) {
            if (unnamed.actor() != null) continue;
            List<AgreementStatement> named = out.stream().filter(x -> x.actor() != null
                    && x.agreement().equals(unnamed.agreement()) && x.action().equals(unnamed.action())).toList();
            named = named.stream().filter(x -> compatible(x.date(), unnamed.date())).toList();
            if (named.isEmpty()) continue;
            out.remove(unnamed);
            // the act's co-actors (中国与尼加拉瓜签署…) all take the date the unnamed report gives it
            if (unnamed.dateIso() == null) continue;
            for (AgreementStatement n : named) {
                if (n.dateIso() != null) continue;
                out.set(out.indexOf(n), new AgreementStatement(n.agreement(), n.action(), n.actor(), n.actorName(),
                        unnamed.date(), n.sentence(), unnamed.yearless()));
            }
        }
        return List.copyOf(out);
    }

    /** The text in simplified characters when that keeps every offset (HanLP converts character by character). */
    private static String simplifiedView(String t) {
        String s = HanLp.toSimplified(t);
        return s.length() == t.length() ? s : t;
    }

    /** A verb pattern's match in a masked clause, in clause offsets, and whether it holds a masked name. */
    private record Verb(Action action, int begin, int end, boolean marked) {}

    /** A clause with the sentence's agreement names masked with {@link #MARK}, and every action's matches in it. */
    private record ClauseVerbs(String masked, List<Verb> verbs) {
        static ClauseVerbs of(String s, Span clause, List<Mention> agreements) {
            StringBuilder b = new StringBuilder(s.substring(clause.begin(), clause.end()));
            for (Mention m : agreements) {
                for (int i = Math.max(m.begin(), clause.begin()); i < Math.min(m.end(), clause.end()); i++) {
                    b.setCharAt(i - clause.begin(), MARK);
                }
            }
            String masked = b.toString();
            List<Verb> verbs = new ArrayList<>();
            for (Action action : ACTIONS) {
                // the patterns are tried only where a verb can start, once per run of ＠ (this loop was 40 % of extraction
                // on short pages dense with names: find() tried ＠+[^，。；]{0,16}… at every ＠ of every masked name); the
                // matches are find()'s non-empty ones, in the same order (MatchStarts#find)
                Matcher m = action.verbs().matcher(masked);
                for (boolean found = action.starts().find(m, masked, 0); found; found = action.starts().find(m, masked, m.end())) {
                    int mark = masked.indexOf(MARK, m.start());
                    verbs.add(new Verb(action, m.start(), m.end(), mark >= 0 && mark < m.end()));
                }
            }
            return new ClauseVerbs(masked, verbs);
        }
    }

    /**
     * The nearest action verb of the agreement at {@code a} in its clause, agreement names masked with {@link #MARK};
     * with {@code a} null (a clause that does not name it), the first verb without a mark.
     */
    private static Hit bestHit(String s, Span clause, Span a, List<Mention> agreements) {
        return bestHit(ClauseVerbs.of(s, clause, agreements), clause, a);
    }

    /**
     * The same over a clause's verbs found once: every agreement of a clause (甲、乙和丙 …签署) is asked about the same
     * verbs, which were matched again for each of them.
     */
    private static Hit bestHit(ClauseVerbs clauseVerbs, Span clause, Span a) {
        String masked = clauseVerbs.masked();
        int aBegin = a == null ? -1 : a.begin() - clause.begin();
        int aEnd = a == null ? -1 : a.end() - clause.begin();
        Hit best = null;
        for (Verb v : clauseVerbs.verbs()) {
            int distance;
            if (a == null) {
                if (v.marked()) continue;
                distance = v.begin();
            } else if (v.marked()) {
                if (v.begin() >= aEnd || v.end() <= aBegin) continue;  // it spans another agreement
                distance = 0;
                if (v.begin() >= aBegin && v.end() > aEnd) {
                    // ＠由东盟发起: the verb stands after the agreement, which is its subject
                    Hit h = new Hit(v.action(), 0, clause.begin() + aEnd, clause.begin() + v.end());
                    if (best == null || best.distance() > 0) best = h;
                    continue;
                }
            } else if (v.end() <= aBegin) {
                distance = aBegin - v.end();
                if (distance > ACTIVE_GAP) continue;
            } else if (v.begin() >= aEnd) {
                distance = v.begin() - aEnd;
                // ＠由甲国部长X与乙国部长Y…签署: the agent's names and titles stand between
                int gap = aEnd < masked.length() && AGENT.matcher(masked).region(aEnd, aEnd + 1).lookingAt() ? AGENT_GAP : PASSIVE_GAP;
                if (distance > gap) continue;
            } else {
                continue;
            }
            if (best == null || distance < best.distance()) {
                best = new Hit(v.action(), distance, clause.begin() + v.begin(), clause.begin() + v.end());
            }
        }
        return best;
    }

    /** The clause (between commas and semicolons) around a span. */
    private static Span clauseAround(String t, Span sentence, Span span) {
        int b = span.begin(), e = span.end();
        while (b > sentence.begin() && "，,；;".indexOf(t.charAt(b - 1)) < 0) b--;
        while (e < sentence.end() && "，,；;。".indexOf(t.charAt(e)) < 0) e++;
        return new Span(b, e);
    }

    /** The clause before {@code clause} in its sentence, or null. */
    private static Span previousClause(String t, Span sentence, Span clause) {
        int comma = clause.begin() - 1;
        if (comma - 1 < sentence.begin()) return null;
        return clauseAround(t, sentence, new Span(comma - 1, comma));
    }

    /**
     * The subject of the clause before {@code before}: the first economy or reference organisation, and those
     * coordinated with it; none after a barrier word (向, 据), inside a meeting's name or another entity's name;
     * null when the group is named only in part (中国等15国).
     */
    private static List<Mention> actors(Doc doc, String s, List<Mention> mentions, Map<Mention, String> iriOf, Span clause, int before) {
        int limit = before;
        Matcher barrier = NOT_SUBJECT.matcher(s.substring(clause.begin(), Math.max(clause.begin(), before)));
        if (barrier.find()) limit = clause.begin() + barrier.start();
        List<Mention> out = new ArrayList<>();
        Mention last = null;
        for (Mention named : mentions) {
            if (named.begin() < clause.begin() || named.end() > limit || !iriOf.containsKey(named)) continue;
            // 厄瓜多尔国民代表大会批准…: a body the reference does not know acts for the economy its name begins with
            Mention m = named.type() == EntityType.ORGANIZATION && named.reference() == null
                    ? doc.economies().at(doc.text(), named.begin(), named.end()) : named;
            if (m == null || m != named && m.end() == named.end() || m == named && !isActor(m)) continue;
            if (bracketed(s, named)) continue;  // 中葡论坛(澳门)常设秘书处, 某组织(美国)代表处: a gloss inside a body's name
            // 商務部稱，啟動…談判: a state organ speaks for its government; the economy acts (no gold actor is a ministry)
            Mention government = m == named ? governmentOf(doc, named) : null;
            if (government != null) m = government;
            boolean inside = mentions.stream().anyMatch(x -> x != named && x.span().contains(named.span())
                    && x.span().length() > named.span().length());
            if (inside) continue;
            if (last != null) {
                if (named.begin() < last.end()) continue;
                // 中国全国人大常委会批准…: a body written right after an economy is its organ, which acts for it
                if (named.begin() == last.end() && last.type() == EntityType.ECONOMY && named.type() == EntityType.ORGANIZATION) continue;
                // 甲国成为第四个与乙国签署…的国家, 甲国12日正式与乙国签署…: the partner right before the verb signs too
                if (!coordinated(s.substring(last.end(), named.begin())) && !partnerBeforeVerb(s, named, limit)) break;
            }
            out.add(m);
            last = named;
        }
        // 中国等15国: a group named only in part has no actor the summary can list
        if (last != null && s.startsWith("等", last.end())) return null;
        return out;
    }

    /** Whether a name stands alone in brackets right after other words (…论坛(澳门)…): a gloss of the name before it. */
    private static boolean bracketed(String s, Mention m) {
        return m.begin() > 0 && m.end() < s.length() && "(（".indexOf(s.charAt(m.begin() - 1)) >= 0 && ")）".indexOf(s.charAt(m.end())) >= 0
                && m.begin() >= 2 && Character.isLetter(s.charAt(m.begin() - 2));
    }

    /** The one-character co-verbs before a partner (与, 同, 和, 跟, 及). */
    private static final String PARTNER_WORDS = Lexicons.of("agreement-pair-conjunctions").chars();
    /** What may stand between a partner after 与 and the verb (与乙国正式签署). */
    private static final int PARTNER_TO_VERB = 2;

    /** Whether {@code named} follows 与, 同, 和 or 跟 and stands right before the verb (at most {@link #PARTNER_TO_VERB} apart). */
    private static boolean partnerBeforeVerb(String s, Mention named, int verb) {
        return named.begin() > 0 && PARTNER_WORDS.indexOf(s.charAt(named.begin() - 1)) >= 0 && verb - named.end() <= PARTNER_TO_VERB
                && verb >= named.end();
    }

    /** Whether the text between two economies joins them as co-actors (和, 与, 、; or a time, then 与). */
    private static boolean coordinated(String gap) {
        if (COORDINATION.matcher(gap).matches()) return true;
        String rest = MEMBER_COUNT.matcher(TIME_IN_GAP.matcher(gap).replaceAll("")).replaceAll("");
        return WITH.matcher(rest).matches() || rest.length() == 1 && COORDINATION.matcher(rest).matches();
    }

    /**
     * The economy a known organisation is an organ of: the one that begins its name as written (中国商务部), else one
     * the document names whose label begins the organisation's reference name (商务部 = 中华人民共和国商务部 → 中国);
     * null for a grouping or body of several (东盟) and when the document names no such economy.
     */
    private static Mention governmentOf(Doc doc, Mention org) {
        if (org.type() != EntityType.ORGANIZATION || org.reference() == null) return null;
        Mention written = doc.economies().at(doc.text(), org.begin(), org.end());
        if (written != null && written.end() < org.end()) return written;
        String name = org.reference().nameZh();
        if (name == null) return null;
        // the economies named on their own first, then those named only inside another name (中华人民共和国 in a title)
        for (Mention e : doc.namedEconomies()) if (e.reference() != null && beginsWithLabel(name, e.reference())) return e;
        // named only inside another name (中华人民共和国政府和…自由贸易协定): by its short name, as a reader calls it
        for (Mention e : doc.economies().named(doc.text())) {
            if (e.reference() != null && e.reference().nameZh() != null && beginsWithLabel(name, e.reference())) {
                String shortName = e.reference().nameZh();
                return new Mention(e.span(), e.type(), shortName, shortName, e.reference(), null, e.recogniser(), e.confidence());
            }
        }
        return null;
    }

    /** Whether a state organ's reference name begins with one of the economy's labels (中华人民共和国商务部, 中国). */
    private static boolean beginsWithLabel(String organName, org.diplokg.extractor.reference.ReferenceEntity economy) {
        return economy.labels().stream().anyMatch(l -> l.length() >= 2 && organName.length() > l.length() && organName.startsWith(l));
    }

    private static boolean isActor(Mention m) {
        if (m.type() == EntityType.ECONOMY) return true;
        return m.type() == EntityType.ORGANIZATION && m.reference() != null
                && !MEDIA.matcher(HanLp.toSimplified(m.name())).find();
    }

    /** A clause before the act's that is no more than a word of time (同一天，…): it opens the act's clause. */
    private static final int SAME_DAY_CLAUSE = 4;

    /** Words that put an act on the day just told (同日, 当天, 会后). */
    private static final Pattern SAME_DAY = Pattern.compile(Lexicons.of("agreement-same-day-words").alternation());

    /** The last dated day in [begin, end), or null. */
    private static DateMention lastDayBefore(List<DateMention> dates, int begin, int end) {
        DateMention last = null;
        for (DateMention d : dates) {
            if (d.date() != null && d.yearKnown() && d.span().begin() >= begin && d.span().end() <= end
                    && d.date().precision() == PartialDate.Precision.DAY) last = d;
        }
        return last;
    }

    /**
     * The date of the clause, else of the clause its actor came from, else of the clause that named the agreement
     * when this one does not, else of the nearest clause before it that is
     * nothing but a date or ends with one (2020年11月15日，中国…签署); a date of another clause belongs to another act.
     */
    private static DateMention dateOf(Doc doc, String s, List<DateMention> dates, Span sentence, Span clause, Span actorClause,
                                      Span referentClause, int verb) {
        String t = doc.text().text();
        List<DateMention> usable = dates.stream()
                .filter(d -> sentence.contains(d.span()) && d.date() != null).toList();
        // in the act's own clause, the date nearest before its verb (新华社…12月13日电 中国与毛里求斯12日…启动谈判:
        // the 12th), else the first after it
        DateMention own = null;
        for (DateMention d : usable) {
            if (!clause.contains(d.span())) continue;
            if (own == null || d.span().end() <= verb) own = d;
            if (d.span().end() > verb) break;
        }
        if (own != null) return own;
        for (Span c : java.util.Arrays.asList(actorClause, referentClause)) {
            if (c == null) continue;
            DateMention in = usable.stream().filter(d -> c.contains(d.span())).findFirst().orElse(null);
            if (in != null) return in;
        }
        // 会后…签署, 同一天…也正式生效: the day of the act told just before (in the sentence, else the one before it)
        Span lead = previousClause(t, sentence, clause);
        int from = lead != null && lead.length() <= SAME_DAY_CLAUSE ? lead.begin() : clause.begin();  // 同一天，…也正式生效
        if (SAME_DAY.matcher(s).region(from, Math.max(from, verb)).find()) {
            DateMention told = lastDayBefore(dates, sentence.begin(), clause.begin());
            int i = doc.sentences().indexOf(sentence);
            if (told == null && i > 0) told = lastDayBefore(dates, doc.sentences().get(i - 1).begin(), sentence.begin());
            // 4月27日，甲一行到访… (paragraphs) 同日下午，双方签署了…: the day the story told last, however far back
            if (told == null) told = lastDayBefore(dates, doc.storyBegin(sentence.begin()), sentence.begin());
            if (told != null) return told;
        }
        for (Span c = previousClause(t, sentence, clause); c != null; c = previousClause(t, sentence, c)) {
            Span each = c;
            List<DateMention> in = usable.stream().filter(d -> each.contains(d.span())).toList();
            if (in.isEmpty()) continue;
            int rest = c.length() - in.stream().mapToInt(d -> d.span().length()).sum();
            DateMention last = in.get(in.size() - 1);
            // a clause that is a date, or ends with one (新华社北京8月31日电…8月31日，), dates what follows it
            if (rest <= DATE_CLAUSE_REST) return in.get(0);
            return c.end() - last.span().end() <= 1 ? last : null;
        }
        return usable.isEmpty() && !EARLIER.matcher(s).region(sentence.begin(), Math.max(sentence.begin(), verb)).find()
                ? dayToldBefore(doc, dates, sentence) : null;
    }

    /** Words that put an act before the news told (此前, 早前, 曾): it takes no day of the news. */
    private static final Pattern EARLIER = Pattern.compile(Lexicons.of("agreement-earlier-time-words").alternation());
    /** The news of a report happened at most this many days before it was published (older days are background). */
    private static final int NEWS_DAYS = 7;

    /**
     * 甲7日在…欢迎乙一行。…双方签署了…: an act in a sentence with no date of its own took place on the day of the news
     * the story last told before it: the last date told must be a day (a year or a month told since opens another time:
     * a chronology, a background paragraph) in the week before publication, and not the publication day itself, which
     * a page's own date line repeats. Sets D and E: 14 matched acts carried no date, each one told so; on dev the
     * publication-day and older-day cases (a date line before a title, 2021年元旦 paragraphs before 自从美国退出TPP以来)
     * would have been wrong.
     */
    private static DateMention dayToldBefore(Doc doc, List<DateMention> dates, Span sentence) {
        int from = doc.storyBegin(sentence.begin());
        DateMention last = null;
        for (DateMention d : dates) {
            if (d.date() != null && d.span().begin() >= from && d.span().end() <= sentence.begin()
                    && (last == null || d.span().begin() > last.span().begin())) last = d;
        }
        if (last == null || last.date().precision() != PartialDate.Precision.DAY || last.end() != null) return null;
        if (!last.yearKnown() || doc.published() == null) return last;
        var day = last.date().toLocalDate();
        var published = doc.published().toLocalDate();
        if (day.isEmpty() || published.isEmpty()) return null;
        long before = java.time.temporal.ChronoUnit.DAYS.between(day.get(), published.get());
        return before >= 1 && before <= NEWS_DAYS ? last : null;
    }
}
