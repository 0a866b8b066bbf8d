package org.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.recognise.DateMention;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.ReferenceEntity;
import org.diplokg.extractor.vocab.Vocab;

/** A meeting being assembled from the names and sentences of one document; {@link #toMeeting} freezes it. */
final class MeetingDraft {
    final String groupKey;
    final String name;
    int ordinal;
    final ReferenceEntity series;
    ReferenceEntity instance;
    boolean planned;
    /** Some mention of it is announced for the future. */
    boolean anyPlanned;
    /** Some mention shows it took place: attended, held, spoken at, or dated in its own sentence. */
    boolean evidence;
    /** The date of a sentence in which the meeting itself is held (…峰会在巴厘岛举行), if any. */
    DateMention heldDate;
    final List<Mention> mentions = new ArrayList<>();
    final Set<String> participants = new LinkedHashSet<>();
    final Set<String> agreements = new LinkedHashSet<>();
    final Set<String> adopted = new LinkedHashSet<>();
    String iri;
    DateMention date;
    String chair;
    String place;
    String placeName;
    String theme;
    boolean online;

    MeetingDraft(String groupKey, String name, int ordinal, ReferenceEntity series, ReferenceEntity instance, boolean planned) {
        this.groupKey = groupKey;
        this.name = name;
        this.ordinal = ordinal;
        this.series = series;
        this.instance = instance;
        this.planned = planned;
        this.anyPlanned = planned;
    }

    /** The fullest name written: one with an ordinal, else the longest. */
    String bestName() {
        String best = name;
        // a named talk that an act between its people joined (中美经贸高层会谈 … 何立峰与贝森特举行会谈) keeps its name
        boolean named = !mentions.isEmpty() && mentions.get(0).recogniser() == org.diplokg.extractor.recognise.RecogniserId.MEETING_NAME;
        for (Mention m : mentions) {
            if (named && m.recogniser() == org.diplokg.extractor.recognise.RecogniserId.MEETING_ACT) continue;
            boolean ord = MeetingCandidates.ORDINAL.matcher(m.name()).find(), bestOrd = MeetingCandidates.ORDINAL.matcher(best).find();
            if (ord && !bestOrd || ord == bestOrd && m.name().length() > best.length()) best = m.name();
        }
        return best;
    }

    ResolvedMeeting toMeeting(MeetingCandidates candidates, Set<Integer> yearsWritten, String documentIri) {
        if (heldDate != null) date = heldDate;
        if (instance == null && series != null) instance = candidates.instanceOf(series, ordinal, date);
        if (instance == null && series != null && ordinal == 0) instance = candidates.instanceOnDay(series, date, yearsWritten);
        // 11月15日至16日 in a report of the 2024 meeting whose year the document writes elsewhere
        if (date != null && date.date() != null && !date.yearKnown() && instance != null && instance.start() != null
                && yearsWritten.contains(instance.start().year()) && date.date().month() == instance.start().month()) {
            int y = instance.start().year();
            date = new DateMention(date.span(), date.surface(), withYear(date.date(), y),
                    date.end() == null ? null : withYear(date.end(), y), date.explicit(), true);
        }
        if (instance != null) iri = instance.iri();
        if (iri == null) iri = mintIri(documentIri);
        if (chair != null) participants.add(chair); // whoever chairs or hosts takes part
        String placeIri = place;
        if (placeIri == null && instance != null) placeIri = instance.place();
        return new ResolvedMeeting(iri, bestName(), mentions, date, instance == null ? null : instance.start(),
                instance == null ? null : instance.end(), placeIri, placeName, ordinal, series, instance, chair,
                List.copyOf(participants), List.copyOf(agreements), planned, online, theme, List.copyOf(adopted));
    }

    /**
     * The IRI of a meeting that is no reference instance and has no ordinal. A series with the year names one meeting
     * of an annual series; a name with the full day names one meeting anywhere; anything else (新闻发布会 in 2026,
     * 会谈 without a date) would join unrelated meetings of other documents, so it stays under its document.
     */
    String mintIri(String documentIri) {
        boolean yearKnown = date != null && date.date() != null && date.yearKnown();
        if (series != null) return EntityType.MEETING.mint(MeetingCandidates.slug(series) + (yearKnown ? "-" + date.date().year() : ""));
        boolean dayKnown = yearKnown && date.date().precision() == PartialDate.Precision.DAY;
        if (dayKnown) return EntityType.MEETING.mint(groupKey + "-" + date.date().iso());
        if (documentIri == null) return EntityType.MEETING.mint(groupKey + (yearKnown ? "-" + date.date().year() : ""));
        return documentIri + "/" + EntityType.MEETING.idSegment() + "/" + Vocab.encode(groupKey);
    }

    private static PartialDate withYear(PartialDate d, int year) {
        return PartialDate.tryOf(year, d.month(), d.day()).orElse(d);
    }
}
