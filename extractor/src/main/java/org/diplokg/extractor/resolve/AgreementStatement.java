package org.diplokg.extractor.resolve;

import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.text.Span;

/**
 * A statement that an economy or organisation did something to an agreement (applied to join, signed …), as one sentence says.
 *
 * @param action    the local name of the action individual: Signed, EnteredIntoForce, AppliedToJoin,
 *                  ConcludedNegotiations,
 *                  LaunchedNegotiations, Ratified, Acceded, Upgraded or Withdrew
 * @param actor     the economy or organisation IRI, or null when the sentence does not say who
 * @param actorName the actor as written (中方, 英國), or null
 * @param date      the date the sentence gives, or null (also when it gives no year and none can be inferred)
 * @param sentence  normalised offsets of the sentence that states it
 * @param yearless  the date the sentence gives without a year that none can supply (--07-20, --08), else null
 */
public record AgreementStatement(String agreement, String action, String actor, String actorName, PartialDate date, Span sentence,
                                 String yearless) {

    public AgreementStatement(String agreement, String action, String actor, String actorName, PartialDate date, Span sentence) {
        this(agreement, action, actor, actorName, date, sentence, null);
    }

    /** The date as the summary writes it: ISO at its precision, --MM-DD without a year, or null. */
    public String dateIso() {
        return date != null ? date.iso() : yearless;
    }
}
