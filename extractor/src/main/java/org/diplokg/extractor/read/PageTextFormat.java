package org.diplokg.extractor.read;

import java.util.List;

/** Anything else that decodes as text: a page saved as plain text. Recognises everything, so it comes last. */
final class PageTextFormat implements FormatReader {

    static final PageTextFormat INSTANCE = new PageTextFormat();

    @Override
    public DocumentFormat format() { return DocumentFormat.TEXT; }

    @Override
    public boolean recognises(String text, List<String> lines) { return true; }

    @Override
    public void read(String text, DocumentParts parts) {
        parts.paragraphs.addAll(PageText.paragraphs(text));
        parts.offerTitle(PageText.title(parts.paragraphs));
        FormatFields.offerBylineDate(parts);
    }
}
