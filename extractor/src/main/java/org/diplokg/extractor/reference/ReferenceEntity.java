package org.diplokg.extractor.reference;

import java.util.List;
import java.util.Optional;
import org.diplokg.extractor.dates.PartialDate;

/**
 * An entity of the reference knowledge base with what the extractor needs of it.
 *
 * @param labels    every label (preferred, alternative, hidden, acronyms, side references), as written in the data
 * @param acronym   the standard acronym (RCEP), or null
 * @param series    for a meeting, its series IRI; else null
 * @param ordinal   for a meeting, its ordinal; else 0
 * @param start     for a meeting, its start date; else null
 * @param end       for a meeting, its end date; else null
 * @param place     for a meeting, its place IRI; for a city, its economy IRI; else null
 * @param upgradeOf for an upgrade of an agreement (CAFTA 3.0), the agreement it upgrades; else null
 * @param organiser for a meeting series, the organisation that holds it (dkg:organisedBy); else null
 */
public record ReferenceEntity(
        String iri,
        EntityType type,
        String nameZh,
        String nameEn,
        List<String> labels,
        String acronym,
        String series,
        int ordinal,
        PartialDate start,
        PartialDate end,
        String place,
        String upgradeOf,
        String organiser) {

    public ReferenceEntity {
        labels = List.copyOf(labels);
    }

    /** The name to show: simplified Chinese, else English, else the IRI. */
    public String name() {
        return nameZh != null ? nameZh : nameEn != null ? nameEn : iri;
    }

    public Optional<String> findAcronym() { return Optional.ofNullable(acronym); }
}
