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
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.extractor.reference.ReferenceEntity;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.Span;
import org.diplokg.extractor.text.TextNormaliser;

/**
 * Builds the meetings a document reports from its meeting-name mentions and the sentences around them: series and
 * ordinal from the name, the reference instance from series + ordinal or year, date, place, chair, participants and
 * the agreements mentioned in connection with each meeting. A generic reference (会议, 本次会议) stands for the
 * meeting named last before it, or the document's main meeting.
 */
public final class MeetingBuilder {

    private static final Pattern ORDINAL = Pattern.compile("第([0-9一二三四五六七八九十百零〇两]+)(?:次|届)");
    private static final Pattern FUTURE = Pattern.compile("将于|将在|即将|将举行|将出席|将赴|届时|计划于|拟于|下届|将主办|将担任|将召开|将访问|将前往|下周|下月|明年");
    private static final Pattern ONLINE = Pattern.compile("视频|线上|网上|云端");
    private static final Pattern CHAIR = Pattern.compile("主持(?!人)|主办|设宴|举行(?:欢迎)?(?:宴会|晚宴|午宴|仪式)");
    private static final Pattern ATTEND = Pattern.compile("出席|参加|与会|参会|出席并|致辞|讲话|演讲|发言|会见|主持|宣读|率团|共同");
    private static final Pattern PLACE_BEFORE = Pattern.compile("在$|于$");
    private static final Pattern THEME = Pattern.compile("主题为[“\"]([^”\"]{2,60})[”\"]");

    private final ReferenceData reference;
    private final List<ReferenceEntity> series;

    public MeetingBuilder(ReferenceData reference) {
        this.reference = reference;
        this.series = reference.entities().stream().filter(e -> e.type() == EntityType.SERIES).toList();
    }

    /**
     * @param mentions all selected mentions of the document (any type), in text order
     * @param iriOf    the entity IRI of each non-meeting mention
     * @param lead     the span of the title and first paragraph, where the main meeting is named
     */
    public List<ResolvedMeeting> build(AnalysedText text, List<Mention> mentions, Map<Mention, String> iriOf,
                                       List<DateMention> dates, PartialDate published, Span lead) {
        String t = text.normalised();
        List<Mention> named = mentions.stream().filter(m -> m.type() == EntityType.MEETING || m.type() == EntityType.SERIES)
                .filter(m -> !m.recogniser().equals("generic-reference")).toList();
        if (named.isEmpty()) return List.of();

        // group the named mentions into meetings
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<Mention, Draft> draftOf = new IdentityHashMap<>();
        for (Mention m : named) {
            Draft d = draft(text, m, dates, published);
            Draft existing = drafts.get(d.iri);
            if (existing == null) drafts.put(d.iri, d);
            else existing.mentions.add(m);
            draftOf.put(m, drafts.get(d.iri));
        }
        Draft main = null;
        for (Mention m : named) {
            Draft d = draftOf.get(m);
            if (lead.contains(m.span()) && !d.planned) {
                main = d;
                break;
            }
        }
        if (main == null) main = draftOf.get(named.get(0));

        // the meeting each sentence is about: named in it, else the last one named before, else the main one
        int n = text.sentences().size();
        Draft[] about = new Draft[n];
        boolean[] explicit = new boolean[n];
        Draft current = main;
        for (int s = 0; s < n; s++) {
            Span sentence = text.sentences().get(s);
            Draft here = null;
            for (Mention m : named) {
                if (sentence.contains(m.span())) {
                    here = draftOf.get(m);
                    break;
                }
            }
            if (here != null) {
                explicit[s] = true;
                if (!here.planned) current = here;
                about[s] = here;
            } else {
                about[s] = current;
            }
        }

        // arguments, sentence by sentence
        for (int s = 0; s < n; s++) {
            Draft d = about[s];
            if (d == null) continue;
            Span sentence = text.sentences().get(s);
            String st = t.substring(sentence.begin(), sentence.end());
            List<Mention> inSentence = mentions.stream().filter(m -> sentence.contains(m.span())).toList();
            boolean mentionsMeeting = explicit[s] || inSentence.stream().anyMatch(m -> m.recogniser().equals("generic-reference"));
            if (mentionsMeeting) {
                if (d.date == null) d.date = dateIn(dates, sentence);
                Matcher chair = CHAIR.matcher(st);
                if (d.chair == null && chair.find()) {
                    Mention p = personBefore(inSentence, sentence.begin() + chair.start(), t);
                    if (p != null) d.chair = iriOf.get(p);
                }
                if (ATTEND.matcher(st).find()) {
                    for (Mention m : inSentence) {
                        if (m.type() == EntityType.PERSON && !m.recogniser().equals("byline-pattern") && iriOf.containsKey(m)) {
                            d.participants.add(iriOf.get(m));
                        }
                    }
                }
                if (d.place == null) placeIn(d, inSentence, t, iriOf);
                if (d.theme == null) {
                    Matcher th = THEME.matcher(text.text().original().substring(text.text().origin(sentence.begin()), text.text().originalSpan(sentence.begin(), sentence.end()).end()));
                    if (th.find()) d.theme = th.group(1);
                }
                if (ONLINE.matcher(st).find()) d.online = true;
            }
            for (Mention m : inSentence) {
                if (m.type() == EntityType.AGREEMENT && iriOf.containsKey(m)) d.agreements.add(iriOf.get(m));
            }
        }
        // the main meeting's date from the lead when no sentence about it gave one
        if (main.date == null) main.date = dateIn(dates, lead);

        List<ResolvedMeeting> out = new ArrayList<>();
        for (Draft d : drafts.values()) out.add(d.toMeeting());
        return out;
    }

    private Draft draft(AnalysedText text, Mention m, List<DateMention> dates, PartialDate published) {
        String name = m.key();
        int ordinal = 0;
        Matcher om = ORDINAL.matcher(name);
        if (om.find()) ordinal = Math.max(0, ChineseNumerals.parse(om.group(1)));
        String bare = ORDINAL.matcher(name).replaceAll("");
        ReferenceEntity instance = m.reference() != null && m.reference().type() == EntityType.MEETING ? m.reference() : null;
        ReferenceEntity ser = m.reference() != null && m.reference().type() == EntityType.SERIES ? m.reference() : seriesOf(bare);
        if (instance != null && ser == null && instance.series() != null) ser = reference.find(instance.series()).orElse(null);

        int s = text.sentenceAt(m.begin());
        Span sentence = s >= 0 ? text.sentences().get(s) : new Span(m.begin(), m.end());
        DateMention date = dateIn(dates, sentence);
        if (instance == null && ser != null) instance = instanceOf(ser, ordinal, date);

        String sentenceText = text.normalised().substring(sentence.begin(), Math.max(sentence.begin(), m.begin()));
        String right = text.normalised().substring(m.end(), Math.min(sentence.end(), m.end() + 4));
        boolean planned = FUTURE.matcher(sentenceText).find() || right.startsWith("将") || right.startsWith("即将")
                || date != null && date.date() != null && published != null && date.yearKnown() && date.date().compareTo(published) > 0
                && date.date().precision() == published.precision();

        String iri;
        if (instance != null) iri = instance.iri();
        else if (ser != null && ordinal > 0) iri = EntityType.MEETING.mint(slug(ser) + "-" + ordinal);
        else if (ser != null && date != null && date.date() != null && date.yearKnown()) iri = EntityType.MEETING.mint(slug(ser) + "-" + date.date().year());
        else iri = EntityType.MEETING.mint(TextNormaliser.key(m.name()).replaceAll("[“”\"《》()]", "")
                + (date != null && date.date() != null && date.yearKnown() ? "-" + date.date().year() : ""));
        Draft d = new Draft(iri, m.name(), ordinal > 0 ? ordinal : instance != null ? instance.ordinal() : 0, ser, instance, planned);
        d.mentions.add(m);
        d.date = date;
        return d;
    }

    private ReferenceEntity seriesOf(String bareName) {
        ReferenceEntity best = null;
        int bestLen = 0;
        for (ReferenceEntity s : series) {
            for (String label : s.labels()) {
                String k = TextNormaliser.key(label);
                if (k.length() > bestLen && k.length() >= 3 && bareName.contains(k)) {
                    best = s;
                    bestLen = k.length();
                }
            }
        }
        return best;
    }

    private ReferenceEntity instanceOf(ReferenceEntity ser, int ordinal, DateMention date) {
        for (ReferenceEntity e : reference.entities()) {
            if (e.type() != EntityType.MEETING || !ser.iri().equals(e.series())) continue;
            if (ordinal > 0 && e.ordinal() == ordinal) return e;
            if (ordinal == 0 && date != null && date.date() != null && date.yearKnown() && e.start() != null
                    && e.start().year() == date.date().year()) return e;
        }
        return null;
    }

    private static String slug(ReferenceEntity e) {
        String iri = e.iri();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** The first date in the span that has a value (explicit or resolved relative). */
    private static DateMention dateIn(List<DateMention> dates, Span span) {
        return dates.stream().filter(d -> span.contains(d.span()) && d.date() != null).findFirst().orElse(null);
    }

    /** The person named closest before {@code offset} in the same clause (no comma between). */
    private static Mention personBefore(List<Mention> inSentence, int offset, String t) {
        Mention best = null;
        for (Mention m : inSentence) {
            if (m.type() != EntityType.PERSON || m.end() > offset) continue;
            String between = t.substring(m.end(), offset);
            if (between.contains("，") || between.contains(",") || between.length() > 20) continue;
            if (best == null || m.end() > best.end()) best = m;
        }
        return best;
    }

    private static void placeIn(Draft d, List<Mention> inSentence, String t, Map<Mention, String> iriOf) {
        for (Mention m : inSentence) {
            if (m.type() != EntityType.PLACE && m.type() != EntityType.ECONOMY) continue;
            boolean inName = d.mentions.stream().anyMatch(x -> x.span().contains(m.span()));
            boolean afterAt = m.begin() > 0 && PLACE_BEFORE.matcher(t.substring(Math.max(0, m.begin() - 1), m.begin())).find();
            if (inName || afterAt && m.type() == EntityType.PLACE) {
                d.place = iriOf.get(m);
                d.placeName = m.name();
                return;
            }
        }
    }

    private static final class Draft {
        final String iri;
        final String name;
        final int ordinal;
        final ReferenceEntity series;
        final ReferenceEntity instance;
        final boolean planned;
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> participants = new LinkedHashSet<>();
        final Set<String> agreements = new LinkedHashSet<>();
        DateMention date;
        String chair;
        String place;
        String placeName;
        String theme;
        boolean online;

        Draft(String iri, String name, int ordinal, ReferenceEntity series, ReferenceEntity instance, boolean planned) {
            this.iri = iri;
            this.name = name;
            this.ordinal = ordinal;
            this.series = series;
            this.instance = instance;
            this.planned = planned;
        }

        ResolvedMeeting toMeeting() {
            String placeIri = place;
            if (placeIri == null && instance != null) placeIri = instance.place();
            return new ResolvedMeeting(iri, name, mentions, date, instance == null ? null : instance.start(),
                    instance == null ? null : instance.end(), placeIri, placeName, ordinal, series, instance, chair,
                    List.copyOf(participants), List.copyOf(agreements), planned, online, theme);
        }
    }
}
