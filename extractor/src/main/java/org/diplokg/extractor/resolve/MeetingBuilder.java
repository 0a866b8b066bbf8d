package org.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.dates.ChineseNumerals;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.recognise.DateMention;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.recognise.RecogniserId;
import org.diplokg.extractor.recognise.RecognitionContext;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.extractor.reference.ReferenceEntity;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.Span;

/**
 * Builds the meetings a document reports from its meeting-name mentions and the sentences around them.
 * <ol>
 *   <li>Names that denote the same meeting are grouped: same reference instance (series + ordinal), same name, a
 *       name that ends another (北京会议 / 亚太经合组织北京会议), or a name that is only an organisation plus a
 *       generic head (APEC会议) when another meeting of that organisation is named.</li>
 *   <li>Each meeting gets its series, ordinal, reference instance (by ordinal, else by year), date, place, chair,
 *       participants and the agreements mentioned in connection with it: in a sentence naming it, or in the
 *       sentences that follow while it is the meeting being reported (a heading, the lead, or a sentence where it is
 *       attended or held). A generic reference (会议, 本次会议) stands for that current meeting.</li>
 * </ol>
 */
public final class MeetingBuilder {

    static final Pattern ORDINAL = Pattern.compile("第([0-9一二三四五六七八九十百零〇两]+)(?:次|届)");
    private static final Pattern FUTURE = Pattern.compile(
            "(?:将|即将|还将|拟|计划)(?:于|在|举行|出席|赴|主办|举办|担任|召开|访问|前往|参加|迎来)[^，,。]*$|届时|下届|下周|下月|明年[^，,。]*$");
    private static final Pattern ONLINE = Pattern.compile("视频|线上|网上|云端");
    private static final Pattern CHAIR = Pattern.compile(
            "主持(?!人)|主办|设宴|举行[^，,。]{0,10}?(?:宴会|晚宴|午宴|仪式|记者会|吹风会|发布会|见面会)");
    /** Words that show a meeting took place or is taking place, rather than being talked about. */
    private static final Pattern EVIDENCE = Pattern.compile(
            "出席|参加|与会|参会|举行|召开|主持|开幕|闭幕|在[^，。]{0,40}(?:上|表示|介绍|指出|强调|说|称)|致辞|讲话|发表|会见|宣布|通过|发布|期间|落幕|结束");
    private static final Pattern ATTEND = Pattern.compile("出席|参加|与会|参会|致辞|讲话|演讲|发言|会见|主持|宣读|率团|共同");
    private static final Pattern BACKGROUND = Pattern.compile("与此同时|此外|另外|另据|据[^，。]{1,12}(?:报道|消息|称)|外界|分析人士|舆论");
    /** Marks of something done: a date after the publication with these is a wrongly completed year, not a plan. */
    private static final Pattern PAST = Pattern.compile("了|已经|已于|曾");
    private static final Pattern ADOPTS = Pattern.compile("通过|发表|发布|批准|签署|宣布|核准");
    private static final Pattern HELD_HERE = Pattern.compile("[^，,。]{0,24}?(?:举行|召开|开幕|举办)");
    private static final Pattern SPOKE_AT = Pattern.compile("在[^，。]{2,40}(?:上)?(?:表示|指出|强调|说|称|宣布|发表|介绍)");
    private static final Pattern PRESENT = Pattern.compile("与会|出席会议|参加会议|出席了|参会");
    private static final Pattern HELD = Pattern.compile("出席|参加|与会|举行|召开|主持|开幕|闭幕|在.{0,30}上|致辞|发表");
    private static final Pattern THEME = Pattern.compile("主题为[“\"]([^”\"]{2,60})[”\"]");
    private static final Pattern NAME_NOISE = Pattern.compile("[“”\"《》「」'‘’\\s]");

    private final ReferenceData reference;
    /** Every series label, normalised once: series → its normalised labels. */
    private final Map<ReferenceEntity, List<String>> seriesLabels = new LinkedHashMap<>();
    /** Meeting instances by series IRI. */
    private final Map<String, List<ReferenceEntity>> instances = new java.util.HashMap<>();

    public MeetingBuilder(ReferenceData reference) {
        this.reference = reference;
        for (ReferenceEntity e : reference.entities()) {
            if (e.type() == EntityType.SERIES) {
                seriesLabels.put(e, e.labels().stream().map(org.diplokg.extractor.text.TextNormaliser::key).distinct().toList());
            }
            if (e.type() == EntityType.MEETING && e.series() != null) {
                instances.computeIfAbsent(e.series(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    /**
     * Reference meetings a document that names no meeting is about: held on its publication date (or the day before,
     * across time zones), organised by an organisation the document mentions at least twice. A leader's speech
     * published on the day of the leaders' meeting is the usual case.
     */
    public List<String> inferFromDate(PartialDate published, List<ResolvedEntity> entities) {
        if (published == null || published.precision() != PartialDate.Precision.DAY) return List.of();
        java.time.LocalDate day = published.toLocalDate().orElseThrow();
        Set<String> organisations = new LinkedHashSet<>();
        for (ResolvedEntity e : entities) {
            if (e.type() == EntityType.ORGANIZATION && e.reference() != null && e.mentions().size() >= 2) organisations.add(e.iri());
        }
        List<String> out = new ArrayList<>();
        for (ReferenceEntity m : reference.entities()) {
            if (m.type() != EntityType.MEETING || m.start() == null || m.start().precision() != PartialDate.Precision.DAY) continue;
            java.time.LocalDate start = m.start().toLocalDate().orElseThrow();
            java.time.LocalDate end = m.end() != null && m.end().precision() == PartialDate.Precision.DAY ? m.end().toLocalDate().orElseThrow() : start;
            if (day.isBefore(start) || day.isAfter(end.plusDays(1))) continue;
            String organiser = reference.find(m.series()).map(ReferenceEntity::organiser).orElse(null);
            if (organiser != null && organisations.contains(organiser)) out.add(m.iri());
        }
        return out;
    }

    /**
     * @param mentions all selected mentions of the document (any type), in text order
     * @param iriOf    the entity IRI of each non-meeting mention
     * @param lead     the span of the title and first paragraph, where the main meeting is named
     */
    public List<ResolvedMeeting> build(RecognitionContext ctx, List<Mention> mentions, Map<Mention, String> iriOf,
                                       PartialDate published, Span lead) {
        AnalysedText text = ctx.text();
        String t = text.normalised();
        List<Mention> named = mentions.stream().filter(m -> m.type() == EntityType.MEETING || m.type() == EntityType.SERIES)
                .filter(m -> m.recogniser() != RecogniserId.GENERIC_REFERENCE).toList();
        if (named.isEmpty()) return List.of();

        List<List<Mention>> namedBySentence = text.bySentence(named, Mention::begin);
        // 1. group names into meetings
        Map<String, MeetingDraft> drafts = new LinkedHashMap<>();
        Map<Mention, MeetingDraft> draftOf = new IdentityHashMap<>();
        for (Mention m : named) {
            MeetingDraft d = draft(ctx, m, published);
            MeetingDraft existing = drafts.get(d.groupKey);
            if (existing == null) drafts.put(d.groupKey, d);
            else {
                existing.mentions.add(m);
                existing.planned = existing.planned && d.planned;
                existing.evidence |= d.evidence;
                if (existing.heldDate == null) existing.heldDate = d.heldDate;
                existing.anyPlanned |= d.planned;
                if (existing.date == null) existing.date = d.date;
            }
            draftOf.put(m, drafts.get(d.groupKey));
        }
        MeetingMerger.mergeSameSeries(drafts, draftOf);
        MeetingMerger.mergeShortNames(drafts, draftOf);
        MeetingMerger.mergeOrganisationReferences(ctx, drafts, draftOf);

        // a meeting announced in one place and only talked about elsewhere is an announced one
        for (MeetingDraft d : drafts.values()) if (d.anyPlanned && !d.evidence) d.planned = true;
        MeetingDraft main = mainMeeting(text, named, draftOf, lead);


        // 2. the meeting each sentence is about
        int n = text.sentences().size();
        MeetingDraft[] about = new MeetingDraft[n];
        boolean[] explicit = new boolean[n];
        // a meeting named in the lead or a heading stays current until the next heading; one that opens a paragraph
        // (习近平11月初在上海进博会上称…) is current only within that paragraph
        MeetingDraft sticky = main, local = null;
        int localParagraph = -1;
        for (int s = 0; s < n; s++) {
            Span sentence = text.sentences().get(s);
            int paragraph = paragraphOf(text, sentence);
            if (paragraph != localParagraph) local = null;
            // several meetings in one sentence (在2021服贸会“…论坛”上): the main one, else the one attended there
            MeetingDraft here = null;
            for (Mention m : namedBySentence.get(s)) {
                if (!sentence.contains(m.span())) continue;
                MeetingDraft d = draftOf.get(m);
                if (here == null || d == main || here != main && attended(t, m)) here = d;
                if (here == main) break;
            }
            if (here != null) {
                explicit[s] = true;
                about[s] = here;
                String st = t.substring(sentence.begin(), sentence.end());
                boolean heading = lead.contains(sentence) || isShortParagraph(text, sentence);
                boolean opensParagraph = startsParagraph(text, sentence) && HELD.matcher(st).find();
                if (!here.planned && heading) {
                    sticky = here;
                    local = null;
                } else if (!here.planned && opensParagraph) {
                    local = here;
                    localParagraph = paragraph;
                }
            } else {
                about[s] = local != null ? local : sticky;
            }
        }

        // 3. arguments, sentence by sentence
        List<List<Mention>> mentionsBySentence = text.bySentence(mentions, Mention::begin);
        for (int s = 0; s < n; s++) {
            MeetingDraft d = about[s];
            if (d == null) continue;
            Span sentence = text.sentences().get(s);
            String st = t.substring(sentence.begin(), sentence.end());
            List<Mention> inSentence = mentionsBySentence.get(s).stream().filter(m -> sentence.contains(m.span())).toList();
            boolean mentionsMeeting = explicit[s] || inSentence.stream().anyMatch(m -> m.recogniser() == RecogniserId.GENERIC_REFERENCE);
            if (mentionsMeeting) {
                Matcher chair = CHAIR.matcher(st);
                if (d.chair == null && chair.find()) {
                    Mention p = personBefore(inSentence, sentence.begin() + chair.start(), t);
                    if (p != null) d.chair = iriOf.get(p);
                }

                if (d.place == null) placeIn(d, inSentence, t, iriOf);
                if (d.theme == null && st.contains("主题")) {
                    Span o = text.text().originalSpan(sentence.begin(), sentence.end());
                    Matcher th = THEME.matcher(text.text().original().substring(o.begin(), o.end()));
                    if (th.find()) d.theme = th.group(1);
                }
                if (ONLINE.matcher(st).find()) d.online = true;
                if (has(inSentence, EntityType.DOCUMENT) && ADOPTS.matcher(st).find()) {
                    for (Mention m : inSentence) {
                        if (m.type() == EntityType.DOCUMENT && iriOf.containsKey(m)) d.adopted.add(iriOf.get(m));
                    }
                }
            }
            // participants: people in a sentence where the meeting is attended (出席, 与会, 在…会上表示)
            // (the patterns only where there is someone to add: they are the costliest step per sentence)
            boolean attended = has(inSentence, EntityType.PERSON) && (mentionsMeeting
                    ? ATTEND.matcher(st).find() || st.indexOf('在') >= 0 && SPOKE_AT.matcher(st).find()
                    : !d.planned && PRESENT.matcher(st).find());
            if (attended) {
                for (Mention m : inSentence) {
                    if (m.type() == EntityType.PERSON && m.recogniser() != RecogniserId.BYLINE && iriOf.containsKey(m)) {
                        d.participants.add(iriOf.get(m));
                    }
                }
            }
            // a sentence that turns to background (与此同时, 此外, 据…报道) is not about the meeting being reported
            boolean background = !explicit[s] && has(inSentence, EntityType.AGREEMENT) && BACKGROUND.matcher(st).lookingAt();
            for (Mention m : inSentence) {
                if (m.type() != EntityType.AGREEMENT || !iriOf.containsKey(m)) continue;
                MeetingDraft target = explicit[s] ? nearestMeeting(namedBySentence.get(s), draftOf, sentence, m) : d;
                if (target.planned && !explicit[s] || background) continue;
                target.agreements.add(iriOf.get(m));
            }
        }
        DateMention leadDate = dateNear(ctx.dates(), lead, lead.end());
        // drafts, not draftOf.values(): draftOf is an identity map, whose order changes from run to run
        for (MeetingDraft d : drafts.values()) {
            if (d.date != null) continue;
            d.date = dateBefore(text, ctx.dates(), d.mentions.get(0).begin());
            if (d.date == null && (d == main || d.instance == null && !d.planned)) d.date = leadDate;
        }

        List<ResolvedMeeting> out = new ArrayList<>();
        Set<Integer> yearsWritten = new LinkedHashSet<>();
        for (DateMention d : ctx.dates()) if (d.explicit() && d.date() != null && d.yearKnown()) yearsWritten.add(d.date().year());
        for (MeetingDraft d : drafts.values()) {
            // named in passing with nothing to show it took place (借助中国-东盟博览会等平台): not a reported meeting
            if (!d.planned && !d.evidence && d.instance == null && d.ordinal == 0 && d.chair == null && d.participants.isEmpty()) continue;
            out.add(d.toMeeting(this, yearsWritten));
        }
        return out;
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

    /** The paragraph a sentence is in: the offset in the original text of the line it starts on. */
    private static int paragraphOf(AnalysedText text, Span sentence) {
        int b = text.text().origin(sentence.begin());
        return text.text().original().lastIndexOf('\n', Math.max(0, b - 1)) + 1;
    }

    /** 出席…会议, 在…论坛上: the meeting is where something happens. */
    private static boolean attended(String t, Mention m) {
        String before = t.substring(Math.max(0, m.begin() - 3), m.begin());
        for (String verb : ATTENDED_VERBS) if (before.contains(verb)) return true;
        int after = m.end();
        if (after < t.length() && "”\"’」』".indexOf(t.charAt(after)) >= 0) after++; // a closing quote before 上
        return after < t.length() && t.charAt(after) == '上';
    }

    private static boolean has(List<Mention> mentions, EntityType type) {
        for (Mention m : mentions) if (m.type() == type) return true;
        return false;
    }

    private static final List<String> ATTENDED_VERBS = List.of("出席", "参加", "主持", "举行", "召开");

    /** Only white space between the sentence and the line break before it (or the start of the text). */
    private static boolean startsParagraph(AnalysedText text, Span sentence) {
        String o = text.text().original();
        int j = text.text().origin(sentence.begin()) - 1;
        while (j >= 0 && o.charAt(j) != '\n' && Character.isWhitespace(o.charAt(j))) j--;
        return j < 0 || o.charAt(j) == '\n';
    }

    /** A sentence that is a whole paragraph of at most 60 characters: a heading. */
    private static boolean isShortParagraph(AnalysedText text, Span sentence) {
        if (sentence.length() > 60) return false;
        String o = text.text().original();
        Span s = text.text().originalSpan(sentence.begin(), sentence.end());
        boolean startsParagraph = s.begin() == 0 || o.lastIndexOf('\n', s.begin() - 1) >= o.substring(0, s.begin()).stripTrailing().length() - 1;
        int nl = o.indexOf('\n', s.end());
        boolean endsParagraph = o.substring(s.end(), nl < 0 ? o.length() : nl).isBlank();
        return startsParagraph && endsParagraph;
    }

    private MeetingDraft draft(RecognitionContext ctx, Mention m, PartialDate published) {
        AnalysedText text = ctx.text();
        String name = NAME_NOISE.matcher(m.key()).replaceAll("").replaceAll("\\([^()]*\\)", "");
        int ordinal = 0;
        Matcher om = ORDINAL.matcher(name);
        if (om.find()) ordinal = Math.max(0, ChineseNumerals.parse(om.group(1)));
        String bare = ORDINAL.matcher(name).replaceAll("");
        ReferenceEntity instance = m.reference() != null && m.reference().type() == EntityType.MEETING ? m.reference() : null;
        ReferenceEntity ser = m.reference() != null && m.reference().type() == EntityType.SERIES ? m.reference() : seriesOf(bare);
        if (instance != null && ser == null && instance.series() != null) ser = reference.find(instance.series()).orElse(null);

        int s = text.sentenceAt(m.begin());
        Span sentence = s >= 0 ? text.sentences().get(s) : new Span(m.begin(), m.end());
        DateMention date = dateNear(ctx.dates(), sentence, m.begin());
        if (instance == null && ser != null) instance = instanceOf(ser, ordinal, date);

        String before = text.normalised().substring(sentence.begin(), Math.max(sentence.begin(), m.begin()));
        String right = text.normalised().substring(m.end(), Math.min(sentence.end(), m.end() + 4));
        String clause = before.substring(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1);
        boolean planned = FUTURE.matcher(clause).find() || right.startsWith("将") || right.startsWith("即将")
                || date != null && date.date() != null && published != null && date.yearKnown() && after(date.date(), published)
                && !PAST.matcher(text.normalised().substring(sentence.begin(), sentence.end())).find();

        String iri;
        String groupKey;
        if (instance != null) {
            iri = instance.iri();
            groupKey = iri;
        } else if (ser != null && ordinal > 0) {
            iri = EntityType.MEETING.mint(slug(ser) + "-" + ordinal);
            groupKey = iri;
        } else {
            groupKey = name;
            iri = null; // minted once the group's date is known
        }
        MeetingDraft d = new MeetingDraft(groupKey, m.name(), ordinal > 0 ? ordinal : instance != null ? instance.ordinal() : 0, ser, instance, planned);
        String st = text.normalised().substring(sentence.begin(), sentence.end());
        d.evidence = !planned && (EVIDENCE.matcher(st).find() || date != null && date.explicit());
        // …峰会在巴厘岛举行: the date of the sentence where the meeting itself is held beats a trip's date range
        String after = text.normalised().substring(m.end(), sentence.end());
        if (date != null && HELD_HERE.matcher(after).lookingAt()) d.heldDate = date;
        d.iri = iri;
        d.mentions.add(m);
        d.date = date;
        return d;
    }

    private ReferenceEntity seriesOf(String bareName) {
        ReferenceEntity best = null;
        int bestLen = 0;
        for (Map.Entry<ReferenceEntity, List<String>> entry : seriesLabels.entrySet()) {
            ReferenceEntity s = entry.getKey();
            for (String k : entry.getValue()) {
                // the series label must end the name: 高峰论坛广西专场记者会 is a press conference, not the forum
                if (k.length() > bestLen && k.length() >= 3 && bareName.endsWith(k)) {
                    best = s;
                    bestLen = k.length();
                }
            }
        }
        return best;
    }

    ReferenceEntity instanceOf(ReferenceEntity ser, int ordinal, DateMention date) {
        for (ReferenceEntity e : instances.getOrDefault(ser.iri(), List.of())) {
            if (ordinal > 0 && e.ordinal() == ordinal) return e;
            if (ordinal == 0 && date != null && date.date() != null && date.yearKnown() && e.start() != null
                    && e.start().year() == date.date().year()) return e;
        }
        return null;
    }

    /** Whether {@code d} lies wholly after {@code published}, compared at the coarser of the two precisions. */
    private static boolean after(PartialDate d, PartialDate published) {
        if (d.year() != published.year()) return d.year() > published.year();
        if (d.month() == 0 || published.month() == 0) return false;
        if (d.month() != published.month()) return d.month() > published.month();
        return d.day() != 0 && published.day() != 0 && d.day() > published.day();
    }

    static PartialDate withYear(PartialDate d, int year) {
        return PartialDate.tryOf(year, d.month(), d.day()).orElse(d);
    }

    static String slug(ReferenceEntity e) {
        String iri = e.iri();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /**
     * The date that goes with a name at {@code at}: the nearest dated expression in the same clause, else the nearest
     * one before it in the span, else the first after it.
     */
    static DateMention dateNear(List<DateMention> dates, Span span, int at) {
        DateMention before = null, after = null;
        for (DateMention d : dates) {
            if (!span.contains(d.span()) || d.date() == null) continue;
            if (d.span().begin() < at) before = d;
            else if (after == null) after = d;
        }
        return before != null ? before : after;
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
            if (d.date() == null || d.span().begin() >= at || text.text().origin(d.span().begin()) < start) continue;
            if (best == null || d.span().begin() > best.span().begin()) best = d;
        }
        return best;
    }

    /** The first person named in the clause before {@code offset}: its subject (习近平和夫人彭丽媛举行宴会). */
    private static Mention personBefore(List<Mention> inSentence, int offset, String t) {
        Mention best = null;
        for (Mention m : inSentence) {
            if (m.type() != EntityType.PERSON || m.end() > offset) continue;
            String between = t.substring(m.end(), offset);
            if (between.contains("，") || between.contains(",") || between.length() > 30) continue;
            if (best == null || m.begin() < best.begin()) best = m;
        }
        return best;
    }

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
