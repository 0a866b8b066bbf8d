package org.diplokg.extractor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diplokg.extractor.dates.PartialDate;

/**
 * Collects what one read finds, first evidence winning: each reader offers values strongest source
 * first (front matter before page text), and a later offer only fills what is still missing.
 * Used by one thread for one document.
 */
final class DocumentParts {
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");

    String title;
    PartialDate published;
    String publishedFrom;
    String url;
    String author;
    final List<String> paragraphs = new ArrayList<>();
    final List<String> metadataText = new ArrayList<>();
    /** Where each story of a multi-story document starts: the index of its first paragraph, its title and date. */
    final List<StoryStart> stories = new ArrayList<>();

    record StoryStart(int paragraph, String title, PartialDate date) {}

    /** Marks the next paragraph added as the start of a story (its title paragraph, when it has one). */
    void startStory(String title, PartialDate date) {
        storyAt(paragraphs.size(), title, date);
    }

    /** Marks paragraph {@code paragraph} as the start of a story; the starts stay in paragraph order. */
    void storyAt(int paragraph, String title, PartialDate date) {
        StoryStart s = new StoryStart(paragraph, title == null ? null : HtmlText.collapse(title), date);
        int i = stories.size();
        while (i > 0 && stories.get(i - 1).paragraph() > paragraph) i--;
        stories.add(i, s);
    }

    void offerTitle(String t) {
        if (title == null && t != null && !Texts.trim(t).isEmpty()) title = HtmlText.collapse(t);
    }

    void offerPublished(Optional<PartialDate> date, String from) {
        if (published == null && date.isPresent()) {
            published = date.get();
            publishedFrom = from;
        }
    }

    void offerPublished(PageDates.Dated dated) {
        if (dated != null) offerPublished(Optional.of(dated.date()), dated.from());
    }

    void offerUrl(String u) {
        if (url == null && u != null && HTTP_URL.matcher(u.strip()).matches()) url = u.strip();
    }

    void offerAuthor(String a) {
        if (author == null && a != null && !Texts.trim(a).isEmpty()) author = Texts.trim(a);
    }

    void addMetadata(String text) {
        if (text == null) return;
        String t = HtmlText.collapse(text);
        if (!t.isEmpty() && !metadataText.contains(t)) metadataText.add(t);
    }
}
