package org.diplokg.extractor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.dates.PublicationDates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * An RSS 2.0 or Atom file: a channel with one or more items. Each item is a story with its own title and date
 * ({@code pubDate}, {@code dc:date}, Atom {@code published}/{@code updated}); an item whose description holds several
 * reports separated by {@code <hr>} (a day's news transcript in one item) is one story per report. The document's
 * date is the item's when there is one item (the channel's {@code pubDate} is when the feed was built), else the
 * channel's, else the latest item's.
 */
final class RssXmlFormat implements FormatReader {

    private static final Pattern START = Pattern.compile("(?s)\\A\\uFEFF?\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:rss|feed|rdf:RDF)[\\s>]");
    private static final Pattern HR = Pattern.compile("(?i)<hr\\s*/?>");

    @Override
    public DocumentFormat format() { return DocumentFormat.RSS_XML; }

    @Override
    public boolean recognises(String text, List<String> lines) {
        return START.matcher(text).lookingAt();
    }

    @Override
    public void read(String text, DocumentParts parts) {
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        List<Element> items = doc.select("item, entry");
        Element channel = doc.selectFirst("channel, feed");
        PartialDate channelDate = channel == null ? null : dateOf(channel, true).orElse(null);
        PartialDate latest = null;
        for (Element item : items) {
            PartialDate d = dateOf(item, false).orElse(null);
            if (d != null && (latest == null || d.compareTo(latest) > 0)) latest = d;
        }
        if (items.size() == 1) {
            Element item = items.get(0);
            parts.offerTitle(childText(item, "title"));
            dateOf(item, false).ifPresent(d -> parts.offerPublished(Optional.of(d), "rss item date"));
            parts.offerUrl(link(item));
        }
        if (channel != null) {
            parts.offerTitle(childText(channel, "title"));
            parts.offerUrl(link(channel));
        }
        parts.offerPublished(Optional.ofNullable(channelDate), "rss channel date");
        parts.offerPublished(Optional.ofNullable(latest), "rss latest item date");
        for (Element item : items) readItem(item, parts);
    }

    /** One item: its title, then its text; one story per report when {@code <hr>} separates several. */
    private static void readItem(Element item, DocumentParts parts) {
        String title = childText(item, "title");
        PartialDate date = dateOf(item, false).orElse(null);
        String html = firstNonBlank(childText(item, "content:encoded"), childText(item, "content"),
                childText(item, "description"), childText(item, "summary"));
        String[] reports = html == null ? new String[0] : HR.split(html);
        if (title != null) parts.addMetadata(title);
        if (reports.length > 1) {
            for (String report : reports) {
                List<String> paragraphs = Chrome.trim(HtmlText.fragmentParagraphs(report));
                if (paragraphs.isEmpty()) continue;
                parts.startStory(paragraphs.get(0), date);
                parts.paragraphs.addAll(paragraphs);
            }
            return;
        }
        parts.startStory(title, date);
        if (title != null && !title.isBlank()) parts.paragraphs.add(HtmlText.collapse(title));
        if (html != null) parts.paragraphs.addAll(Chrome.trim(HtmlText.fragmentParagraphs(html)));
    }

    /** An element's date: pubDate, dc:date, Atom published or updated; a channel also has lastBuildDate. */
    private static Optional<PartialDate> dateOf(Element e, boolean channel) {
        List<String> names = channel ? List.of("pubDate", "dc:date", "lastBuildDate", "updated")
                : List.of("pubDate", "dc:date", "published", "updated");
        for (String name : names) {
            Optional<PartialDate> d = PublicationDates.parse(childText(e, name));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private static String link(Element e) {
        Element l = child(e, "link");
        if (l == null) return null;
        return l.hasAttr("href") ? l.attr("href") : l.text();
    }

    /** The text of a direct child (not of an item's child when {@code e} is the channel). */
    private static String childText(Element e, String name) {
        Element c = child(e, name);
        return c == null ? null : c.text().isBlank() ? c.wholeText() : c.text();
    }

    private static Element child(Element e, String name) {
        for (Element c : e.children()) {
            if (c.tagName().equalsIgnoreCase(name)) return c;
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }
}
