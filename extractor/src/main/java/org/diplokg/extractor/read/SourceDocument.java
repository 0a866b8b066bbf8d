package org.diplokg.extractor.read;

import java.util.List;
import java.util.Optional;
import org.diplokg.extractor.dates.PartialDate;

/**
 * A document as read from a file: its metadata and its body as plain text, with site chrome removed.
 *
 * @param key          stable identity of the document (the path as ingested, relative to the working
 *                     directory, with forward slashes); the document's graph IRI is minted from it
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
        List<Story> stories) {

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
    }

    /** A document of one story. */
    public SourceDocument(String key, String sha256, DocumentFormat format, String charset, String title,
            PartialDate published, String publishedFrom, String url, String author, String body, List<String> metadataText) {
        this(key, sha256, format, charset, title, published, publishedFrom, url, author, body, metadataText, List.of());
    }

    public Optional<String> findTitle() { return Optional.ofNullable(title); }

    public Optional<PartialDate> findPublished() { return Optional.ofNullable(published); }

    public Optional<String> findUrl() { return Optional.ofNullable(url); }

    public Optional<String> findAuthor() { return Optional.ofNullable(author); }
}
