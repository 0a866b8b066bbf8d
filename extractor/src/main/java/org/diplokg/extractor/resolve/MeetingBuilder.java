package org.diplokg.extractor.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.recognise.DateMention;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.recognise.RecogniserId;
import org.diplokg.extractor.recognise.RecognitionContext;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.extractor.reference.ReferenceEntity;
import org.diplokg.extractor.text.Span;

/**
 * Builds the meetings a document reports from its meeting-name mentions and the sentences around them, in four steps:
 * <ol>
 *   <li>{@link MeetingCandidates}: one draft per distinct meeting name (same reference instance, same series and
 *       ordinal, or same name), with its series, ordinal, reference instance, the date of its sentence and whether
 *       that sentence announces it or shows it held.</li>
 *   <li>{@link MeetingMerger}: names that denote the same meeting are joined — same series with nothing to tell them
 *       apart, a name that ends another (北京会议 / 亚太经合组织北京会议), a name that is only an organisation plus a
 *       generic head (APEC会议) when another meeting of that organisation is named; then {@link MeetingStatus#settle}
 *       decides which merged meetings are announced ones, since the next step treats those differently.</li>
 *   <li>{@link MeetingFocus} and {@link MeetingArguments}: the meeting each sentence is about (a sentence naming it,
 *       or the sentences that follow while it is the meeting being reported: a heading, the lead, a paragraph it
 *       opens; a generic reference such as 会议 or 本次会议 stands for it), then its date, place, chair, theme,
 *       participants, adopted documents and agreements from those sentences.</li>
 *   <li>{@link MeetingStatus#reported}: a meeting named only in passing is dropped; the rest are frozen.</li>
 * </ol>
 */
public final class MeetingBuilder {

    private final ReferenceData reference;
    private final MeetingCandidates candidates;

    public MeetingBuilder(ReferenceData reference) {
        this.reference = reference;
        this.candidates = new MeetingCandidates(reference);
    }

    /**
     * Reference meetings a document that names no meeting is about: held on its publication date (or the day before,
     * across time zones), organised by an organisation the document mentions at least twice. A leader's speech
     * published on the day of the leaders' meeting is the usual case.
     */
    public List<String> inferFromDate(PartialDate published, List<ResolvedEntity> entities) {
        if (published == null || published.precision() != PartialDate.Precision.DAY) return List.of();
        LocalDate day = published.toLocalDate().orElseThrow();
        Set<String> organisations = new LinkedHashSet<>();
        for (ResolvedEntity e : entities) {
            if (e.type() == EntityType.ORGANIZATION && e.reference() != null && e.mentions().size() >= 2) organisations.add(e.iri());
        }
        List<String> out = new ArrayList<>();
        for (ReferenceEntity m : reference.entities()) {
            if (m.type() != EntityType.MEETING || m.start() == null || m.start().precision() != PartialDate.Precision.DAY) continue;
            LocalDate start = m.start().toLocalDate().orElseThrow();
            LocalDate end = m.end() != null && m.end().precision() == PartialDate.Precision.DAY ? m.end().toLocalDate().orElseThrow() : start;
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
        return build(ctx, mentions, iriOf, published, lead, null);
    }

    /**
     * @param documentIri the document's IRI: a meeting that neither a reference instance, a series and ordinal nor a
     *                    full date identifies gets an IRI under the document (null: minted from name and year)
     */
    public List<ResolvedMeeting> build(RecognitionContext ctx, List<Mention> mentions, Map<Mention, String> iriOf,
                                       PartialDate published, Span lead, String documentIri) {
        List<Mention> named = MeetingCandidates.named(mentions);
        if (named.isEmpty()) return List.of();
        MeetingCandidates.Drafts drafts = candidates.find(ctx, named, published);
        MeetingMerger.mergeAll(ctx, drafts);
        MeetingStatus.settle(drafts.all());
        MeetingFocus focus = MeetingFocus.of(ctx.text(), named, drafts.draftOf(), lead, ReportedSpeech.quoted(ctx, named),
                mentions.stream().filter(m -> m.type() == EntityType.PERSON && m.entityIri() != null).toList(),
                mentions.stream().filter(m -> m.recogniser() == RecogniserId.GENERIC_REFERENCE).toList());
        MeetingArguments.attach(ctx, mentions, iriOf, focus, drafts.draftOf());
        MeetingMerger.mergeSamePeopleTalks(drafts.byKey(), drafts.draftOf());
        MeetingArguments.dates(ctx, drafts.all(), focus.main, lead);
        MeetingDuration.spans(ctx.text(), ctx.dates(), drafts.all());
        Set<Integer> yearsWritten = yearsWritten(ctx.dates());
        // drafts.all(), not draftOf().values(): the identity map's order changes from run to run
        return drafts.all().stream().filter(MeetingStatus::reported).map(d -> d.toMeeting(candidates, yearsWritten, documentIri)).toList();
    }

    /** The years the document writes out, which complete a meeting date written without its year. */
    private static Set<Integer> yearsWritten(List<DateMention> dates) {
        Set<Integer> out = new LinkedHashSet<>();
        for (DateMention d : dates) if (d.explicit() && d.date() != null && d.yearKnown()) out.add(d.date().year());
        return out;
    }
}
