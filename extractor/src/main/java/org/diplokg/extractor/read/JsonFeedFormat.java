package org.diplokg.extractor.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.dates.PublicationDates;

/**
 * A JSON feed (jsonfeed.org: an object with {@code items}) or a saved JSON list of news items: objects with a title
 * and a text (summary, content, description). Each item is a story, dated by its own date field or, failing that,
 * by a date in its link ({@code /story20230330-…}, {@code /2023/03/30/}), which dates the story's partial dates but
 * is not a date the document states. The document's date is the item's when there is one item, else the feed's
 * own date field, else none.
 */
final class JsonFeedFormat implements FormatReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TITLE_KEYS = List.of("title", "headline", "name");
    private static final List<String> TEXT_KEYS = List.of("content_text", "content_html", "summary", "description",
            "content", "body", "text", "abstract", "digest");
    private static final List<String> ITEM_DATE_KEYS = List.of("date_published", "datePublished", "pub_date", "pubDate",
            "published", "publishedAt", "date", "time", "created_at", "date_modified", "updated");

    @Override
    public DocumentFormat format() { return DocumentFormat.JSON_FEED; }

    @Override
    public boolean recognises(String text, List<String> lines) {
        String s = text.strip();
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        if (!(s.startsWith("[") || s.startsWith("{"))) return false;
        return !items(parse(s)).isEmpty();
    }

    @Override
    public void read(String text, DocumentParts parts) throws ReadProblem {
        JsonNode root = parse(text.strip().replaceFirst("^\uFEFF", ""));
        List<JsonNode> items = items(root);
        if (root != null && root.isObject()) {
            parts.offerTitle(string(root, List.of("title")));
            parts.offerUrl(string(root, List.of("home_page_url", "feed_url", "url", "link")));
        }
        if (items.size() == 1) {
            JsonNode item = items.get(0);
            parts.offerTitle(string(item, TITLE_KEYS));
            parts.offerPublished(PublicationDates.parse(string(item, ITEM_DATE_KEYS)), "json item date");
            parts.offerUrl(string(item, FormatFields.URL_KEYS));
        }
        for (JsonNode item : items) {
            String title = string(item, TITLE_KEYS);
            String body = string(item, TEXT_KEYS);
            Optional<PartialDate> date = PublicationDates.parse(string(item, ITEM_DATE_KEYS))
                    .or(() -> PublicationDates.fromUrl(string(item, FormatFields.URL_KEYS)));
            parts.startStory(title, date.orElse(null));
            if (title != null) {
                parts.paragraphs.add(HtmlText.collapse(title));
                parts.addMetadata(title);
            }
            if (body != null) {
                List<String> paragraphs = body.strip().startsWith("<") || MarkdownText.isHtmlBody(body)
                        ? HtmlText.fragmentParagraphs(body) : MarkdownText.paragraphs(body);
                parts.paragraphs.addAll(Chrome.trim(paragraphs));
            }
        }
        if (parts.paragraphs.isEmpty()) throw new ReadProblem("no text content (json feed)");
    }

    private static JsonNode parse(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            return null;
        }
    }

    /** The items: a top-level array, or a feed object's {@code items}; only objects with a title and a text. */
    private static List<JsonNode> items(JsonNode root) {
        JsonNode list = root == null ? null : root.isArray() ? root : root.get("items");
        List<JsonNode> out = new ArrayList<>();
        if (list == null || !list.isArray()) return out;
        for (JsonNode n : list) {
            if (n.isObject() && (string(n, TITLE_KEYS) != null || string(n, TEXT_KEYS) != null)) out.add(n);
        }
        return out.size() * 2 >= list.size() ? out : List.of();
    }

    /** The first non-blank string value under one of {@code keys}. */
    private static String string(JsonNode n, List<String> keys) {
        for (String k : keys) {
            JsonNode v = n.get(k);
            if (v != null && v.isTextual() && !v.asText().isBlank()) return v.asText();
            if (v != null && v.isNumber() && k.toLowerCase().contains("date")) return v.asText();
        }
        return null;
    }
}
