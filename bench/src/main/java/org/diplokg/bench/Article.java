package org.diplokg.bench;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One synthetic news article before it is laid out in a file format.
 *
 * @param title      the headline
 * @param published  publication date and time (Beijing time)
 * @param url        where it was "published"
 * @param source     the outlet (新华网 …), used in bylines and chrome
 * @param author     the author or editor's name
 * @param section    a heading for layouts that have sections (notes pages)
 * @param paragraphs the body, one entry per paragraph
 */
public record Article(String title, LocalDateTime published, String url, String source, String author,
                      String section, List<String> paragraphs) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Characters of title and body together. */
    public int chars() {
        return title.length() + paragraphs.stream().mapToInt(String::length).sum();
    }
}
