package org.diplokg.extractor.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content tests the format readers use: an RSS dump (a {@code <!--epoch-->} line, then a Markdown link line);
 * HTML (a doctype or {@code <html>}, also behind PHP/JSP/ASP.NET template code, or text that is mostly tags);
 * Markdown (headings, links, quotes, lists, emphasis). {@link #sniff} asks the readers in their order.
 */
final class FormatSniffer {

    static final Pattern EPOCH_COMMENT = Pattern.compile("\\s*<!--\\s*(\\d{10,13})\\s*-->\\s*");
    static final Pattern LINK_LINE = Pattern.compile("\\s*\\[(.+)]\\((\\S+?)\\)\\s*");

    private static final Pattern LEADING_TEMPLATE = Pattern.compile(
            "(?s)\\A(?:\\s++|<\\?.*?\\?>|<%.*?%>|<!--.*?-->)*+");
    private static final Pattern HTML_START = Pattern.compile("(?i)\\A(?:<!doctype\\s+html|<html[\\s>])");
    private static final Pattern HTML_ANYWHERE = Pattern.compile("(?i)<(?:html|body|head)[\\s>]");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][\\w:-]*(?:\\s[^<>]*)?/?>|<%.*?%>|<!--.*?-->", Pattern.DOTALL);

    private static final Pattern MD_HEADING = Pattern.compile("#{1,6}\\s+\\S.*");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[[^\\]\\n]*]\\([^)\\s]+(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern MD_FENCE = Pattern.compile("(?:```|~~~).*");
    private static final Pattern MD_QUOTE = Pattern.compile(">\\s?\\S.*");
    private static final Pattern MD_LIST = Pattern.compile("\\s{0,3}(?:[-*+]|\\d{1,3}[.)])\\s+\\S.*");
    private static final Pattern MD_EMPHASIS = Pattern.compile("\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__");

    private FormatSniffer() {}

    /** The format of the first reader of {@link FormatReaders#STANDARD} that recognises {@code text}. */
    static DocumentFormat sniff(String text) {
        return FormatReaders.recognise(text).format();
    }

    static boolean isRssDump(List<String> lines) {
        int i = nextNonBlank(lines, 0);
        if (i < 0 || !EPOCH_COMMENT.matcher(lines.get(i)).matches()) return false;
        int j = nextNonBlank(lines, i + 1);
        return j >= 0 && LINK_LINE.matcher(lines.get(j)).matches();
    }

    static boolean isHtml(String text) {
        Matcher lead = LEADING_TEMPLATE.matcher(text);
        String rest = lead.lookingAt() ? text.substring(lead.end()) : text;
        if (HTML_START.matcher(rest).lookingAt()) return true;
        if (!rest.startsWith("<")) return false;
        String head = rest.length() > 4000 ? rest.substring(0, 4000) : rest;
        if (HTML_ANYWHERE.matcher(head).find()) return true;
        // mostly tags: markup is a good share of the text and Markdown structure is absent
        int markup = 0;
        Matcher m = TAG.matcher(rest);
        while (m.find()) markup += m.end() - m.start();
        int visible = Texts.visible(rest);
        return visible > 0 && markup >= 0.3 * visible && !hasMarkdownHeadings(rest.lines().toList());
    }

    /** Markdown when a heading, a link or a fence appears, or two weaker signs (quotes, lists, bold). */
    static boolean isMarkdown(List<String> lines) {
        int strong = 0;
        int weak = 0;
        for (String line : lines) {
            String s = line.stripTrailing();
            if (MD_HEADING.matcher(s).matches() || MD_FENCE.matcher(s).matches() || MD_LINK.matcher(s).find()) strong++;
            else if (MD_QUOTE.matcher(s).matches() || MD_LIST.matcher(s).matches() || MD_EMPHASIS.matcher(s).find()) weak++;
        }
        return strong >= 1 || weak >= 2;
    }

    private static boolean hasMarkdownHeadings(List<String> lines) {
        return lines.stream().anyMatch(l -> MD_HEADING.matcher(l).matches());
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) return i;
        }
        return -1;
    }
}
