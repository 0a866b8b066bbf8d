package org.diplokg.extractor;

import java.time.Instant;
import java.util.List;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.recognise.DateMention;
import org.diplokg.extractor.resolve.AgreementStatement;
import org.diplokg.extractor.resolve.OfficeStatement;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.diplokg.extractor.resolve.ResolvedMeeting;
import org.diplokg.extractor.text.AnalysedText;

/**
 * Everything found in one document: a plain value. Writers are functions of it and live above it
 * ({@code emit.DocumentEmitter} for the quads, {@code summary.JsonSummary} for the evaluation summary).
 *
 * @param document    the document as read
 * @param text        the analysed text: the title (when the body does not start with it) and the body; mention
 *                    offsets are into {@code text.text().original()}
 * @param traditional whether the document is written in traditional script (labels are tagged zh-Hant)
 * @param entities    the entities named, each with its mentions
 * @param meetings    the meetings reported or announced, with their arguments
 * @param dates       every date found in the text
 * @param statements  dated status statements about agreements (applied to join, signed …)
 * @param offices     offices people hold as the document states them (新西兰总理阿德恩)
 * @param inferredMeetings reference meetings the document never names but is linked to through its date and the
 *                    organisation it is about (a speech at a leaders' meeting); the link is marked inferred
 * @param extractedAt when the extraction ran (from the extractor's clock)
 * @param extractorVersion the version of the software that found it
 */
public record DocumentKnowledge(SourceDocument document, AnalysedText text, boolean traditional,
                                List<ResolvedEntity> entities, List<ResolvedMeeting> meetings, List<DateMention> dates,
                                List<AgreementStatement> statements, List<OfficeStatement> offices,
                                List<String> inferredMeetings, Instant extractedAt, String extractorVersion) {

    public DocumentKnowledge {
        entities = List.copyOf(entities);
        meetings = List.copyOf(meetings);
        dates = List.copyOf(dates);
        statements = List.copyOf(statements);
        offices = List.copyOf(offices);
        inferredMeetings = List.copyOf(inferredMeetings);
    }

    /** The publication date, or null. */
    public PartialDate published() { return document.published(); }

    /** The text the offsets refer to. */
    public String analysedString() { return text.text().original(); }
}
