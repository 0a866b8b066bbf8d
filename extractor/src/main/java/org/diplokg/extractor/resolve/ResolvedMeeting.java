package org.diplokg.extractor.resolve;

import java.util.List;
import java.util.Optional;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.recognise.DateMention;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.reference.ReferenceEntity;

/**
 * A meeting a document reports, with the arguments found in the sentences about it.
 *
 * @param date          the date the text gives (or resolves), or null
 * @param knownStart    the reference data's start date when the meeting is a reference instance, or null
 * @param place         the place entity IRI, or null; {@code placeName} its name as written
 * @param series        the reference series, or null
 * @param instance      the reference meeting instance, or null
 * @param planned       announced for the future rather than reported as held
 * @param online        held by video link
 * @param theme         the theme as written, or null
 * @param adopted       documents the meeting adopted or issued (宣言, 落实计划), as entity IRIs
 */
public record ResolvedMeeting(String iri, String name, List<Mention> mentions, DateMention date, PartialDate knownStart,
                              PartialDate knownEnd, String place, String placeName, int ordinal, ReferenceEntity series,
                              ReferenceEntity instance, String chair, List<String> participants, List<String> agreements,
                              boolean planned, boolean online, String theme, List<String> adopted) {
    public ResolvedMeeting {
        mentions = List.copyOf(mentions);
        adopted = List.copyOf(adopted);
        participants = List.copyOf(participants);
        agreements = List.copyOf(agreements);
    }

    public Optional<String> findChair() { return Optional.ofNullable(chair); }

    /** The date as the summary writes it: the text's, else the reference instance's. */
    public String isoDate() {
        if (date != null && date.date() != null) return date.isoSpan();
        if (knownStart == null) return null;
        return knownEnd == null || knownEnd.equals(knownStart) ? knownStart.iso() : knownStart.iso() + "/" + knownEnd.iso();
    }
}
