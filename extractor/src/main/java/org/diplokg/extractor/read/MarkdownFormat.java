package org.diplokg.extractor.read;

import java.util.List;

/** A Markdown page without front matter: headings, links, quotes, lists. */
final class MarkdownFormat implements FormatReader {

    @Override
    public DocumentFormat format() { return DocumentFormat.MARKDOWN; }

    @Override
    public boolean recognises(String text, List<String> lines) { return FormatSniffer.isMarkdown(lines); }

    @Override
    public void read(String text, DocumentParts parts) {
        parts.paragraphs.addAll(Chrome.trim(MarkdownText.paragraphs(text)));
        FormatFields.markStoryHeadings(text, parts);
        parts.offerTitle(FormatFields.firstHeading(text).orElse(null));
        FormatFields.offerBylineDate(parts);
    }
}
