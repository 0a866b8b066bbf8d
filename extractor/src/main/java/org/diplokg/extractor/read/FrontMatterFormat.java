package org.diplokg.extractor.read;

import java.util.List;
import org.diplokg.extractor.dates.PublicationDates;

/** Markdown with YAML front matter (title, date, author …); the body may be Markdown or raw HTML. */
final class FrontMatterFormat implements FormatReader {

    @Override
    public DocumentFormat format() { return DocumentFormat.MARKDOWN_FRONT_MATTER; }

    @Override
    public boolean recognises(String text, List<String> lines) { return FrontMatter.startsText(lines); }

    @Override
    public void read(String text, DocumentParts parts) throws ReadProblem {
        FrontMatter fm = FrontMatter.parse(text.lines().toList());
        fm.text("title").ifPresent(parts::offerTitle);
        for (String key : FormatFields.DATE_KEYS) {
            if (fm.value(key) != null) {
                parts.offerPublished(PublicationDates.fromValue(FormatFields.first(fm.value(key))), "front matter " + key);
            }
        }
        for (String key : FormatFields.URL_KEYS) fm.text(key).ifPresent(parts::offerUrl);
        fm.text("author").or(() -> fm.text("authors")).ifPresent(parts::offerAuthor);
        FormatFields.metadataText(fm.fields(), parts);
        parts.paragraphs.addAll(Chrome.trim(MarkdownText.paragraphs(fm.body())));
        FormatFields.markStoryHeadings(fm.body(), parts);
        if (parts.title == null) parts.offerTitle(FormatFields.firstHeading(fm.body()).orElse(null));
        FormatFields.offerBylineDate(parts);
    }
}
