package org.diplokg.extractor.read;

import java.util.List;
import java.util.Locale;
import org.diplokg.extractor.dates.PublicationDates;

/** Scraped text: {@code key: value} header lines, a blank line, then the page as text or HTML. */
final class HeaderTextFormat implements FormatReader {

    @Override
    public DocumentFormat format() { return DocumentFormat.HEADER_TEXT; }

    @Override
    public boolean recognises(String text, List<String> lines) { return HeaderLines.find(lines).isPresent(); }

    @Override
    public void read(String text, DocumentParts parts) throws ReadProblem {
        HeaderLines header = HeaderLines.find(text.lines().toList())
                .orElseThrow(() -> new ReadProblem("header lines vanished between sniffing and reading"));
        header.text("title").ifPresent(parts::offerTitle);
        for (String key : FormatFields.DATE_KEYS) {
            header.text(key.toLowerCase(Locale.ROOT))
                    .ifPresent(v -> parts.offerPublished(PublicationDates.parse(v), "header " + key.toLowerCase(Locale.ROOT)));
        }
        for (String key : FormatFields.URL_KEYS) header.text(key).ifPresent(parts::offerUrl);
        header.text("author").ifPresent(parts::offerAuthor);
        FormatFields.metadataText(header.fields(), parts);
        FormatReader body = FormatSniffer.isHtml(header.body()) ? HtmlFormat.INSTANCE : PageTextFormat.INSTANCE;
        body.read(header.body(), parts);
    }
}
