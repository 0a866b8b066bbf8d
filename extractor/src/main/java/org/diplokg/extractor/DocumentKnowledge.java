package org.diplokg.extractor;

import java.time.Instant;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.rdf.DocumentEmitter;
import org.diplokg.extractor.rdf.MentionDetail;
import org.diplokg.extractor.rdf.Vocab;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.extractor.recognise.DateMention;
import org.diplokg.extractor.resolve.AgreementStatement;
import org.diplokg.extractor.resolve.OfficeStatement;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.diplokg.extractor.resolve.ResolvedMeeting;
import org.diplokg.extractor.summary.DocumentSummary;
import org.diplokg.extractor.summary.JsonSummary;
import org.diplokg.extractor.text.AnalysedText;

/**
 * Everything extracted from one document.
 *
 * @param reference   the reference data it was resolved against
 * @param text        the analysed text: the title (when the body does not start with it) and the body; mention
 *                    offsets are into {@code text.text().original()}
 * @param traditional whether the document is written in traditional script (labels are tagged zh-Hant)
 * @param statements  dated status statements about agreements (applied to join, signed …)
 * @param offices     offices people hold as the document states them (新西兰总理阿德恩)
 * @param inferredMeetings reference meetings the document never names but is linked to through its date and the
 *                    organisation it is about (a speech at a leaders' meeting); the link is marked inferred
 * @param extractedAt when the extraction ran
 * @param mentionDetail how many mentions {@link #emit} writes
 */
public record DocumentKnowledge(SourceDocument document, ReferenceData reference, AnalysedText text, boolean traditional,
                                List<ResolvedEntity> entities, List<ResolvedMeeting> meetings, List<DateMention> dates,
                                List<AgreementStatement> statements, List<OfficeStatement> offices,
                                List<String> inferredMeetings, Instant extractedAt,
                                MentionDetail mentionDetail) implements Extraction {

    public DocumentKnowledge {
        entities = List.copyOf(entities);
        meetings = List.copyOf(meetings);
        dates = List.copyOf(dates);
        statements = List.copyOf(statements);
        offices = List.copyOf(offices);
        inferredMeetings = List.copyOf(inferredMeetings);
    }

    @Override
    public String graphIri() { return Vocab.documentIri(document.key()); }

    @Override
    public void emit(StreamRDF out) { DocumentEmitter.emit(this, out); }

    @Override
    public DocumentSummary summary() { return JsonSummary.of(this); }

    /** The publication date, or null. */
    public PartialDate published() { return document.published(); }

    /** The text the offsets refer to. */
    public String analysedString() { return text.text().original(); }
}
