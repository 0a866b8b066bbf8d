package org.diplokg.extractor.read;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the format readers share: the names of metadata fields, the byline window, the first heading. */
final class FormatFields {
    private FormatFields() {}

    /** Leading lines of page text that may hold a byline, and trailing ones (a "最近更新时间" footer). */
    private static final int BYLINE_HEAD = 10;
    private static final int BYLINE_TAIL = 4;

    static final List<String> DATE_KEYS = List.of(
            "date", "published", "pubdate", "pubDate", "publishdate", "publishDate", "published_at", "created",
            "created_at", "updated", "lastmod", "modified");
    static final List<String> URL_KEYS = List.of(
            "original_url", "url", "link", "permalink", "canonical", "canonical_url", "source_url", "source",
            "final_url", "seed_url");
    /** Front-matter and header fields that are not text a reader would read (dates, URLs, images, switches). */
    private static final Set<String> NOT_TEXT = Set.of(
            "headimg", "thumbnail", "image", "images", "cover", "banner", "icon", "img", "avatar", "comments",
            "layout", "draft", "id", "slug", "uuid", "weight", "via", "http_status", "status", "content_type",
            "encoding", "charset", "lang", "language", "note", "toc", "sticky", "top", "hidden", "template");
    private static final Pattern URL_OR_PATH = Pattern.compile("(?i)(?:https?://|www\\.|/)\\S*");
    private static final Pattern FIRST_HEADING = Pattern.compile("(?m)^\\s{0,3}(#{1,6})\\s+(.+?)(?:\\s+#+)?\\s*$");

    /** A date in the byline of the page text (its first and last lines), where nothing stronger gave one. */
    static void offerBylineDate(DocumentParts parts) {
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

    /** Headings of one level that make a page a digest of stories (a day's news transcript), not an article's sections. */
    static final int STORY_HEADINGS_MIN = 5;

    /**
     * Marks a story at each heading of the most used level when there are at least {@link #STORY_HEADINGS_MIN} of
     * them (a day's transcript, one heading per report), finding each heading among the paragraphs in order.
     */
    static void markStoryHeadings(String markdown, DocumentParts parts) {
        Map<Integer, List<String>> byLevel = new java.util.TreeMap<>();
        Matcher m = FIRST_HEADING.matcher(markdown);
        while (m.find()) {
            String text = HtmlText.collapse(MarkdownText.inline(m.group(2)));
            if (!text.isEmpty()) byLevel.computeIfAbsent(m.group(1).length(), k -> new java.util.ArrayList<>()).add(text);
        }
        List<String> headings = byLevel.values().stream().max(java.util.Comparator.comparingInt(List::size)).orElse(List.of());
        if (headings.size() < STORY_HEADINGS_MIN) return;
        int from = 0;
        for (String h : headings) {
            for (int i = from; i < parts.paragraphs.size(); i++) {
                if (HtmlText.collapse(parts.paragraphs.get(i)).equals(h)) {
                    parts.storyAt(i, h, null);
                    from = i + 1;
                    break;
                }
            }
        }
    }

    /** The readable values of front matter or header fields, for text seen only in metadata. */
    static void metadataText(Map<String, ?> fields, DocumentParts parts) {
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

    /** The first value of a list, or the value itself. */
    static Object first(Object v) {
        return v instanceof List<?> list && !list.isEmpty() ? list.get(0) : v;
    }
}
