package org.diplokg.extractor.text;

import org.diplokg.extractor.dates.PartialDate;

/**
 * One story of a multi-story text (an RSS file, a feed of summaries, a day's news transcript), in normalised
 * offsets: partial and relative dates inside it resolve against its own date, and meetings do not run across it.
 *
 * @param span  the story's text, its title line first
 * @param title its title, or null
 * @param date  its own date, or null when only the document's publication date applies
 */
public record StorySpan(Span span, String title, PartialDate date) {}
