package org.diplokg.extractor.resolve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.read.SourceDocument;

/** What the meeting tests extract from a short passage written for them, and the meeting they look at. */
final class MeetingPassages {

    private MeetingPassages() {}

    /**
     * The shipped extractor's knowledge of a text document {@code key} published on {@code published} (yyyy-MM-dd).
     * A document's IRI comes from its bytes: two passages of one test are told apart by their key's hash.
     */
    static DocumentKnowledge extract(String key, String body, String published) {
        String sha = DocumentReader.sha256(key.getBytes(StandardCharsets.UTF_8));
        return Seeds.extractor().extract(new SourceDocument(key, sha, DocumentFormat.TEXT, "UTF-8",
                null, PartialDate.parseIso(published), "header", null, null, body, List.of()));
    }

    /** The first meeting whose name holds {@code part}; fails listing the meetings' names when there is none. */
    static ResolvedMeeting named(DocumentKnowledge k, String part) {
        return k.meetings().stream().filter(m -> m.name().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError(part + " not in " + k.meetings().stream().map(ResolvedMeeting::name).toList()));
    }
}
