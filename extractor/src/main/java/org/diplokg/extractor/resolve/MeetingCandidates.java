package org.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.dates.ChineseNumerals;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.recognise.DateMention;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.recognise.RecogniserId;
import org.diplokg.extractor.recognise.RecognitionContext;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.extractor.reference.ReferenceEntity;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.Span;
import org.diplokg.extractor.text.TextNormaliser;

/**
 * Step 1 of {@link MeetingBuilder}: the candidate meetings of a document.
 *
 * <p>Needs the document's meeting and series names (generic references such as 本次会议 left out, see
 * {@link #named}), the reference series and their instances, and the publication date. Produces one
 * {@link MeetingDraft} per distinct meeting key — the reference instance, else the series and ordinal, else the
 * written name — holding its names, ordinal, series, reference instance, the date of its first sentence and what
 * {@link MeetingStatus} reads in its sentences (announced, shown held).
 */
final class MeetingCandidates {

    /** An ordinal in a meeting's name: 第二十八次, 第3届. */
    static final Pattern ORDINAL = Pattern.compile(
            "第([0-9" + ChineseNumerals.DIGITS + "十百]+)" + Lexicons.of("meeting-ordinal-counters").group());
    /** A trailing ordinal with any counter or none: 第二 of 第二阶段会议. */
    static final Pattern ORDINAL_ANY = Pattern.compile("第[0-9" + ChineseNumerals.DIGITS + "十百]+$");
    /** 首届, 首次: the first, written without a numeral. */
    /**
     * A short name counted by a bare numeral at its end: 中共十九大 (19), 四中全会 (4); the last number is the meeting's
     * own (十九届四中全会 is the 4th plenary). Set F 013 中共十九大, set D 025 四中全會: ordinals written, none read.
     */
    static final Pattern NUMBERED_ABBREVIATION = Pattern.compile(
            "([" + ChineseNumerals.DIGITS + ChineseNumerals.TEN + "]+)" + Lexicons.of("meeting-numbered-abbreviations").group() + "$");
    private static final Pattern FIRST = Pattern.compile("首" + Lexicons.of("meeting-ordinal-counters").group());
    private static final Pattern NAME_NOISE = Pattern.compile("[“”\"《》「」'‘’\\s]");
    /** A bracketed part of a name, compiled once (String.replaceAll compiled it for every meeting mention). */
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
    /** Right after the name: the meeting itself is held in this sentence (…峰会在巴厘岛举行). */
    private static final Pattern HELD_HERE = Pattern.compile("[^，,。]{0,24}?" + Lexicons.of("meeting-holding-verbs").group());

    /**
     * The candidates: {@code drafts} by key in the text order of their first name (the order meetings are output
     * in), and the draft each name mention belongs to (an identity map: never iterate it, its order is not stable).
     */
    record Drafts(Map<String, MeetingDraft> byKey, Map<Mention, MeetingDraft> draftOf) {
        Collection<MeetingDraft> all() { return byKey.values(); }
    }

    private final ReferenceData reference;
    /** Every series label, normalised once: series → its normalised labels. */
    private final Map<ReferenceEntity, List<String>> seriesLabels = new LinkedHashMap<>();
    /** Meeting instances by series IRI. */
    private final Map<String, List<ReferenceEntity>> instances = new HashMap<>();

    MeetingCandidates(ReferenceData reference) {
        this.reference = reference;
        for (ReferenceEntity e : reference.entities()) {
            if (e.type() == EntityType.SERIES) {
                seriesLabels.put(e, e.labels().stream().map(TextNormaliser::key).distinct().toList());
            }
            if (e.type() == EntityType.MEETING && e.series() != null) {
                instances.computeIfAbsent(e.series(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    /** The meeting names among a document's mentions (any type, text order): meetings and series, no generic references. */
    static List<Mention> named(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.type() == EntityType.MEETING || m.type() == EntityType.SERIES)
                .filter(m -> m.recogniser() != RecogniserId.GENERIC_REFERENCE).toList();
    }

    /** One draft per meeting key; names with the same key join the first one's draft. */
    Drafts find(RecognitionContext ctx, List<Mention> named, PartialDate published) {
        Map<String, MeetingDraft> drafts = new LinkedHashMap<>();
        Map<Mention, MeetingDraft> draftOf = new IdentityHashMap<>();
        for (Mention m : named) {
            MeetingDraft d = draft(ctx, m, published, named);
            MeetingDraft existing = drafts.get(d.groupKey);
            if (existing == null) drafts.put(d.groupKey, d);
            else join(existing, d, m);
            draftOf.put(m, drafts.get(d.groupKey));
        }
        return new Drafts(drafts, draftOf);
    }

    /** A further name of the same key: its announcement, evidence and dates count for the meeting. */
    private static void join(MeetingDraft existing, MeetingDraft d, Mention m) {
        existing.mentions.add(m);
        existing.planned = existing.planned && d.planned;
        existing.evidence |= d.evidence;
        if (existing.heldDate == null) existing.heldDate = d.heldDate;
        existing.anyPlanned |= d.planned;
        if (existing.date == null) existing.date = d.date;
    }

    /** The draft of one name: ordinal, series, instance, key, the date of its sentence, announced or shown held. */
    private MeetingDraft draft(RecognitionContext ctx, Mention m, PartialDate published, List<Mention> named) {
        AnalysedText text = ctx.text();
        String name = BRACKETED.matcher(NAME_NOISE.matcher(m.key()).replaceAll("")).replaceAll("");
        int ordinal = 0;
        // the last ordinal is the meeting's own: 政协第十四届全国委员会常务委员会第十七次会议 is the 17th session
        Matcher om = ORDINAL.matcher(name);
        while (om.find()) ordinal = Math.max(0, ChineseNumerals.parse(om.group(1)));
        if (ordinal == 0 && FIRST.matcher(name).find()) ordinal = 1; // 首届进博会 is written as the first
        Matcher abbreviated = NUMBERED_ABBREVIATION.matcher(name);
        if (ordinal == 0 && abbreviated.find()) ordinal = Math.max(0, ChineseNumerals.parse(abbreviated.group(1)));
        String bare = ORDINAL.matcher(name).replaceAll("");
        ReferenceEntity instance = m.reference() != null && m.reference().type() == EntityType.MEETING ? m.reference() : null;
        ReferenceEntity ser = m.reference() != null && m.reference().type() == EntityType.SERIES ? m.reference() : seriesOf(bare);
        if (instance != null && ser == null && instance.series() != null) ser = reference.find(instance.series()).orElse(null);

        int s = text.sentenceAt(m.begin());
        Span sentence = s >= 0 ? text.sentences().get(s) : new Span(m.begin(), m.end());
                List<DateMention> dates = MeetingArguments.notOpeningOthers(ctx.dates(), named, List.of(m));
        DateMention date = MeetingArguments.dateNear(dates, sentence, m.begin());
        if (instance == null && ser != null) instance = instanceOf(ser, ordinal, date);

        boolean planned = MeetingStatus.announced(text.normalised(), sentence, m, date, published);
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
        // the ordinal as written: a reference instance's own number is in its graph, not in what this text says
        MeetingDraft d = new MeetingDraft(groupKey, m.name(), ordinal, ser, instance, planned);
        String st = text.normalised().substring(sentence.begin(), sentence.end());
        d.evidence = !planned && MeetingStatus.shownHeld(st, date);
        // …峰会在巴厘岛举行: the date of the sentence where the meeting itself is held beats a trip's date range
        String after = text.normalised().substring(m.end(), sentence.end());
        if (date != null && HELD_HERE.matcher(after).lookingAt()) d.heldDate = date;
        d.iri = iri;
        d.mentions.add(m);
        d.date = date;
        return d;
    }

    /** The series whose (normalised) label ends the name, the longest such label winning. */
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

    /**
     * The reference instance of a series with this ordinal, else (no ordinal) the one of the date's year, or null. Where
     * the series met twice that year (G20 summits: Toronto and Seoul in 2010, London and Pittsburgh in 2009) the date's
     * month must tell the two apart; otherwise no edition is guessed (the pick used to follow the reference data's
     * iteration order, which changed from JVM to JVM: set G 001's 2010 G20峰会 linked to Toronto or Seoul).
     */
    ReferenceEntity instanceOf(ReferenceEntity ser, int ordinal, DateMention date) {
        List<ReferenceEntity> editions = instances.getOrDefault(ser.iri(), List.of());
        if (ordinal > 0) return editions.stream().filter(e -> e.ordinal() == ordinal).findFirst().orElse(null);
        if (date == null || date.date() == null || !date.yearKnown()) return null;
        PartialDate when = date.date();
        List<ReferenceEntity> ofYear = editions.stream().filter(e -> e.start() != null && e.start().year() == when.year()).toList();
        if (ofYear.size() <= 1) return ofYear.isEmpty() ? null : ofYear.get(0);
        List<ReferenceEntity> ofMonth = when.month() == 0 ? List.of() : ofYear.stream().filter(e -> heldInMonth(e, when.month())).toList();
        return ofMonth.size() == 1 ? ofMonth.get(0) : null;
    }

    private static boolean heldInMonth(ReferenceEntity edition, int month) {
        PartialDate end = edition.end() != null ? edition.end() : edition.start();
        return edition.start().month() <= month && month <= end.month();
    }

    /**
     * The one instance of a series held on a day written without its year (G20峰会9月4日), in a year the document
     * writes elsewhere (在2016年担任轮值主席国): the day and the year agree only with that edition (set G 011).
     */
    ReferenceEntity instanceOnDay(ReferenceEntity ser, DateMention date, java.util.Set<Integer> yearsWritten) {
        if (date == null || date.date() == null || date.yearKnown() || date.date().day() == 0) return null;
        ReferenceEntity found = null;
        for (ReferenceEntity e : instances.getOrDefault(ser.iri(), List.of())) {
            if (e.start() == null || e.start().day() == 0 || !yearsWritten.contains(e.start().year())) continue;
            PartialDate end = e.end() != null && e.end().day() != 0 ? e.end() : e.start();
            PartialDate day = PartialDate.tryOf(e.start().year(), date.date().month(), date.date().day()).orElse(null);
            if (day == null || day.compareTo(e.start()) < 0 || day.compareTo(end) > 0) continue;
            if (found != null) return null;
            found = e;
        }
        return found;
    }

    static String slug(ReferenceEntity e) {
        String iri = e.iri();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
