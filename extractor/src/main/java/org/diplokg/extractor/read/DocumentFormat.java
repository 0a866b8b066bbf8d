package org.diplokg.extractor.read;

/** The shape a saved document has, sniffed from its content (never from the file name). */
public enum DocumentFormat {
    /** An HTML page. */
    HTML("html"),
    /** An RSS item dumped as HTML: a leading {@code <!--epoch-ms-->} comment and a Markdown link as title. */
    RSS_DUMP("rss-dump"),
    /** An RSS or Atom file: one story per item (per report, when one item holds a day's reports). */
    RSS_XML("rss"),
    /** A JSON feed or a saved JSON list of items (title, link, date, summary or content): one story per item. */
    JSON_FEED("json-feed"),
    /** Markdown with YAML front matter; the body may be Markdown or raw HTML. */
    MARKDOWN_FRONT_MATTER("markdown-front-matter"),
    /** A Markdown page without front matter (headings, lists, quotes). */
    MARKDOWN("markdown"),
    /** Scraped text: {@code key: value} header lines, a blank line, then the text. */
    HEADER_TEXT("header-text"),
    /** Anything else that decodes as text. */
    TEXT("text");

    private final String label;

    DocumentFormat(String label) { this.label = label; }

    /** The name used in the graph ({@code dkg:format}) and in messages. */
    public String label() { return label; }
}
