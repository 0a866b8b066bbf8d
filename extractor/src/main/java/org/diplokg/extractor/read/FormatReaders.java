package org.diplokg.extractor.read;

import java.util.List;

/**
 * The one list of input formats, in the order they are recognised: the most specific first (an RSS dump starts
 * with an HTML comment, front matter and header lines with text), plain text last. Metadata found in a document's
 * own structure (front matter, header lines, an epoch comment, HTML meta tags) wins over dates and titles found in
 * the page text.
 */
final class FormatReaders {
    private FormatReaders() {}

    static final List<FormatReader> STANDARD = List.of(
            new RssDumpFormat(),
            new RssXmlFormat(),
            new JsonFeedFormat(),
            new FrontMatterFormat(),
            new HeaderTextFormat(),
            HtmlFormat.INSTANCE,
            new MarkdownFormat(),
            PageTextFormat.INSTANCE);

    /** The reader of the first format that recognises {@code text}. */
    static FormatReader recognise(String text) {
        List<String> lines = text.lines().toList();
        for (FormatReader r : STANDARD) {
            if (r.recognises(text, lines)) return r;
        }
        throw new IllegalStateException("no format recognised the text; the last one must accept everything");
    }

    /** Reads {@code text} as {@code format}. */
    static DocumentParts read(DocumentFormat format, String text) throws ReadProblem {
        DocumentParts parts = new DocumentParts();
        for (FormatReader r : STANDARD) {
            if (r.format() == format) {
                r.read(text, parts);
                return parts;
            }
        }
        throw new IllegalArgumentException("no reader for " + format);
    }
}
