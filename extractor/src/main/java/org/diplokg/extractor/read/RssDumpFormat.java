package org.diplokg.extractor.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.dates.PublicationDates;

/** An RSS item dumped as HTML: a leading {@code <!--epoch-ms-->} comment, a Markdown link as title, then the body. */
final class RssDumpFormat implements FormatReader {

    private static final Pattern RULE = Pattern.compile("[-=]{3,}");

    @Override
    public DocumentFormat format() { return DocumentFormat.RSS_DUMP; }

    @Override
    public boolean recognises(String text, List<String> lines) { return FormatSniffer.isRssDump(lines); }

    @Override
    public void read(String text, DocumentParts parts) {
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
        FormatFields.offerBylineDate(parts);
    }
}
