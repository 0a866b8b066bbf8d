package org.diplokg.extractor.read;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.dates.PublicationDates;

/**
 * One reading per format: where each format keeps its title, date, URL and author, and how its body
 * becomes paragraphs. Metadata found in the document's own structure (front matter, header lines, an
 * epoch comment, HTML meta tags) wins over dates and titles found in the page text.
 */
final class FormatReaders {

    /** Leading lines of page text that may hold a byline, and trailing ones (a "最近更新时间" footer). */
    private static final int BYLINE_HEAD = 10;
    private static final int BYLINE_TAIL = 4;

    private static final List<String> DATE_KEYS = List.of(
            "date", "published", "pubdate", "pubDate", "publishdate", "publishDate", "published_at", "created",
            "created_at", "updated", "lastmod", "modified");
    private static final List<String> URL_KEYS = List.of(
            "original_url", "url", "link", "permalink", "canonical", "canonical_url", "source_url", "source",
            "final_url", "seed_url");
    /** Front-matter and header fields that are not text a reader would read (dates, URLs, images, switches). */
    private static final Set<String> NOT_TEXT = Set.of(
            "headimg", "thumbnail", "image", "images", "cover", "banner", "icon", "img", "avatar", "comments",
            "layout", "draft", "id", "slug", "uuid", "weight", "via", "http_status", "status", "content_type",
            "encoding", "charset", "lang", "language", "note", "toc", "sticky", "top", "hidden", "template");
    private static final Pattern RULE = Pattern.compile("[-=]{3,}");
    private static final Pattern URL_OR_PATH = Pattern.compile("(?i)(?:https?://|www\\.|/)\\S*");
    private static final Pattern FIRST_HEADING = Pattern.compile("(?m)^\\s{0,3}(#{1,6})\\s+(.+?)(?:\\s+#+)?\\s*$");

    private FormatReaders() {}

    static DocumentParts read(DocumentFormat format, String text) throws ReadProblem {
        DocumentParts parts = new DocumentParts();
        switch (format) {
            case RSS_DUMP -> rssDump(text, parts);
            case MARKDOWN_FRONT_MATTER -> frontMatter(text, parts);
            case HEADER_TEXT -> headerText(text, parts);
            case HTML -> html(text, parts);
            case MARKDOWN -> markdown(text, parts);
            case TEXT -> pageText(text, parts);
        }
        return parts;
    }

    private static void rssDump(String text, DocumentParts parts) {
        List<String> lines = text.lines().toList();
        int i = 0;
        while (lines.get(i).isBlank()) i++;
        Matcher epoch = FormatSniffer.EPOCH_COMMENT.matcher(lines.get(i));
        if (epoch.matches()) {
            parts.offerPublished(PublicationDates.parse(epoch.group(1)), "epoch comment");
        }
        i++;
        while (lines.get(i).isBlank()) i++;
        Matcher link = FormatSniffer.LINK_LINE.matcher(lines.get(i));
        if (link.matches()) {
            parts.offerTitle(link.group(1));
            parts.offerUrl(link.group(2));
            parts.addMetadata(link.group(1));
        }
        i++;
        while (i < lines.size() && (lines.get(i).isBlank() || RULE.matcher(lines.get(i).strip()).matches())) i++;
        String body = String.join("\n", lines.subList(Math.min(i, lines.size()), lines.size()));
        List<String> paragraphs = MarkdownText.isHtmlBody(body) || body.strip().startsWith("<")
                ? HtmlText.fragmentParagraphs(body) : MarkdownText.paragraphs(body);
        parts.paragraphs.addAll(Chrome.trim(paragraphs));
        parts.offerPublished(PageDates.find(parts.paragraphs, BYLINE_HEAD, BYLINE_TAIL).orElse(null));
    }

    private static void frontMatter(String text, DocumentParts parts) throws ReadProblem {
        FrontMatter fm = FrontMatter.parse(text.lines().toList());
        fm.text("title").ifPresent(parts::offerTitle);
        for (String key : DATE_KEYS) {
            if (fm.value(key) != null) {
                parts.offerPublished(PublicationDates.fromValue(first(fm.value(key))), "front matter " + key);
            }
        }
        for (String key : URL_KEYS) fm.text(key).ifPresent(parts::offerUrl);
        fm.text("author").or(() -> fm.text("authors")).ifPresent(parts::offerAuthor);
        metadataText(fm.fields(), parts);
        parts.paragraphs.addAll(Chrome.trim(MarkdownText.paragraphs(fm.body())));
        if (parts.title == null) parts.offerTitle(firstHeading(fm.body()).orElse(null));
        parts.offerPublished(PageDates.find(parts.paragraphs, BYLINE_HEAD, BYLINE_TAIL).orElse(null));
    }

    private static void headerText(String text, DocumentParts parts) throws ReadProblem {
        HeaderLines header = HeaderLines.find(text.lines().toList())
                .orElseThrow(() -> new ReadProblem("header lines vanished between sniffing and reading"));
        header.text("title").ifPresent(parts::offerTitle);
        for (String key : DATE_KEYS) {
            header.text(key.toLowerCase(Locale.ROOT))
                    .ifPresent(v -> parts.offerPublished(PublicationDates.parse(v), "header " + key.toLowerCase(Locale.ROOT)));
        }
        for (String key : URL_KEYS) header.text(key).ifPresent(parts::offerUrl);
        header.text("author").ifPresent(parts::offerAuthor);
        metadataText(header.fields(), parts);
        if (FormatSniffer.isHtml(header.body())) {
            html(header.body(), parts);
        } else {
            pageText(header.body(), parts);
        }
    }

    private static void html(String text, DocumentParts parts) {
        HtmlPage.Result page = HtmlPage.read(text);
        parts.offerTitle(page.title());
        parts.offerPublished(page.metaDate());
        parts.offerUrl(page.url());
        parts.offerAuthor(page.author());
        parts.paragraphs.addAll(page.paragraphs());
        parts.offerPublished(PageDates.find(page.lines(), -1, 0).orElse(null));
    }

    private static void markdown(String text, DocumentParts parts) {
        parts.paragraphs.addAll(Chrome.trim(MarkdownText.paragraphs(text)));
        parts.offerTitle(firstHeading(text).orElse(null));
        parts.offerPublished(PageDates.find(parts.paragraphs, BYLINE_HEAD, BYLINE_TAIL).orElse(null));
    }

    private static void pageText(String text, DocumentParts parts) {
        parts.paragraphs.addAll(PageText.paragraphs(text));
        parts.offerTitle(PageText.title(parts.paragraphs));
        parts.offerPublished(PageDates.find(parts.paragraphs, BYLINE_HEAD, BYLINE_TAIL).orElse(null));
    }

    /** The first Markdown heading's text, level 1 preferred. */
    static Optional<String> firstHeading(String markdown) {
        Matcher m = FIRST_HEADING.matcher(markdown);
        String first = null;
        while (m.find()) {
            String text = HtmlText.collapse(MarkdownText.inline(m.group(2)));
            if (text.isEmpty()) continue;
            if (m.group(1).length() == 1) return Optional.of(text);
            if (first == null) first = text;
        }
        return Optional.ofNullable(first);
    }

    /** The readable values of front matter or header fields, for text seen only in metadata. */
    private static void metadataText(Map<String, ?> fields, DocumentParts parts) {
        for (Map.Entry<String, ?> e : fields.entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT);
            if (NOT_TEXT.contains(key) || URL_KEYS.contains(key) || DATE_KEYS.stream().anyMatch(k -> k.equalsIgnoreCase(key))) continue;
            Object v = e.getValue();
            if (v instanceof List<?> list) {
                for (Object item : list) addText(item, parts);
            } else {
                addText(v, parts);
            }
        }
    }

    private static void addText(Object v, DocumentParts parts) {
        if (!(v instanceof String s)) return;
        String t = s.strip();
        if (t.isEmpty() || URL_OR_PATH.matcher(t).matches()) return;
        parts.addMetadata(t);
    }

    private static Object first(Object v) {
        return v instanceof List<?> list && !list.isEmpty() ? list.get(0) : v;
    }
}
