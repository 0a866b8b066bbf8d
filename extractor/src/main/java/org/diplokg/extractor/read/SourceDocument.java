package org.diplokg.extractor.read;

import java.util.List;
import java.util.Optional;
import org.diplokg.extractor.dates.PartialDate;

/**
 * A document as read from a file: its metadata and its body as plain text, with site chrome removed.
 *
 * @param key          the file's path as found: the name of the folder it was ingested from, then the path below
 *                     it, with forward slashes (no machine path); recorded as {@code dkg:sourceFile}. The
 *                     document's IRI is minted from {@code sha256}, not from this
 * @param sha256       hex SHA-256 of the file's raw bytes
 * @param format       the sniffed format
 * @param charset      the charset the bytes were decoded with
 * @param title        the title, or null
 * @param published    the publication date the document states, or null
 * @param publishedFrom where {@code published} came from ("front matter", "header", "epoch comment", "page" …), or null
 * @param url          the source URL the document states, or null
 * @param author       the author the document states, or null
 * @param body         the article text: paragraphs separated by a single '\n', no leading or trailing blank lines
 * @param metadataText text seen only in metadata (front matter, header lines), kept apart from the body
 * @param stories      where the stories of a multi-story document (an RSS file, a feed, a day's transcript) begin
 *                     in the body, in order; empty for a document of one story
 * @param warnings     what the reader corrected to read the file (a wrong declared charset, NUL bytes removed)
 */
public record SourceDocument(
        String key,
        String sha256,
        DocumentFormat format,
        String charset,
        String title,
        PartialDate published,
        String publishedFrom,
        String url,
        String author,
        String body,
        List<String> metadataText,
        List<Story> stories,
        List<String> warnings) {

    /**
     * One story of a multi-story document.
     *
     * @param begin offset in {@link #body()} where the story's text (its title line first) starts
     * @param title the story's own title, or null
     * @param date  the story's own date (an item's pubDate, a dated link), or null: then the document's applies
     */
    public record Story(int begin, String title, PartialDate date) {}

    public SourceDocument {
        metadataText = List.copyOf(metadataText);
        stories = List.copyOf(stories);
        warnings = List.copyOf(warnings);
    }

    /** A document of one story, read without warnings. */
    public SourceDocument(String key, String sha256, DocumentFormat format, String charset, String title,
                          PartialDate published, String publishedFrom, String url, String author, String body,
                          List<String> metadataText) {
        this(key, sha256, format, charset, title, published, publishedFrom, url, author, body, metadataText, List.of(), List.of());
    }

    public Optional<String> findTitle() { return Optional.ofNullable(title); }

    public Optional<PartialDate> findPublished() { return Optional.ofNullable(published); }

    public Optional<String> findUrl() { return Optional.ofNullable(url); }

    public Optional<String> findAuthor() { return Optional.ofNullable(author); }
}
