package org.diplokg.extractor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain paragraphs from Markdown. Headings and quotes keep their text as paragraphs; heading marks, list
 * markers ("1.   "), quote marks, emphasis, link syntax (the text stays), images, empty anchors
 * ({@code [](…#…)}) and code marks go. Raw HTML blocks go through {@link HtmlText}; a body that is
 * raw HTML as a whole (a hexo repost of a news page) is read as an HTML fragment. A trailing section
 * after a thematic break that asks readers to subscribe or follow is site chrome and is cut, with
 * whatever follows it.
 */
final class MarkdownText {

    private static final Pattern HEADING = Pattern.compile("\\s{0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*");
    private static final Pattern SETEXT = Pattern.compile("\\s{0,3}(?:=+|-+)\\s*");
    private static final Pattern BREAK = Pattern.compile("\\s{0,3}(?:(?:-\\s*+){3,}+|(?:\\*\\s*+){3,}+|(?:_\\s*+){3,}+)");
    private static final Pattern QUOTE = Pattern.compile("\\s{0,3}>\\s?(.*)");
    private static final Pattern LIST = Pattern.compile("\\s*(?:[-*+]|\\d{1,3}[.)])\\s+(.*)");
    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~).*");
    private static final Pattern LINK_DEF = Pattern.compile("\\s{0,3}\\[[^\\]]+]:\\s+\\S+.*");
    private static final Pattern TABLE_RULE = Pattern.compile("\\s*\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*");
    private static final Pattern HTML_BLOCK_START = Pattern.compile("\\s{0,3}<(?:(?![A-Za-z]+://)/?[A-Za-z][\\w:-]*(?:[\\s/>]|$)|!--)");

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*+]\\((?:[^()\\s]++|\\([^)]*+\\))*+(?:\\s+\"[^\"]*+\")?\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*+)]\\((?:[^()\\s]++|\\([^)]*+\\))*+(?:\\s+\"[^\"]*+\")?\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EM_STAR = Pattern.compile("(?<![\\w*])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![\\w*])");
    private static final Pattern EM_UNDERSCORE = Pattern.compile("(?<![\\w_])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![\\w_])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|~])");
    private static final Pattern INLINE_HTML = Pattern.compile("</?[A-Za-z][\\w:-]*(?:\\s[^<>]*)?/?>|&(?:#\\d+|#x[0-9a-fA-F]+|[A-Za-z]+);");
    private static final Pattern HARD_BREAK = Pattern.compile("(?:\\s{2,}|\\\\)$");
    private static final Pattern TERMINAL = Pattern.compile(".*[。！？；：.!?;:」』”\"）)]\\s*");

    /** Marker between sections (a thematic break), removed before the paragraphs are returned. */
    private static final String SECTION_BREAK = "\u0000break";

    private MarkdownText() {}

    /** Whether the body is raw HTML as a whole rather than Markdown with some HTML in it. */
    static boolean isHtmlBody(String body) {
        List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty() || !HTML_BLOCK_START.matcher(lines.get(0)).lookingAt()) return false;
        long tagLines = lines.stream().filter(l -> HTML_BLOCK_START.matcher(l).lookingAt()).count();
        long mdLines = lines.stream().filter(l -> HEADING.matcher(l).matches() || LINK.matcher(l).find()).count();
        return mdLines == 0 || tagLines >= 3 * mdLines;
    }

    /** The paragraphs of a Markdown text (or of a raw-HTML body). */
    static List<String> paragraphs(String markdown) {
        if (isHtmlBody(markdown)) return HtmlText.fragmentParagraphs(markdown);
        List<String> items = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        StringBuilder para = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                flush(para, items);
                continue;
            }
            if (FENCE.matcher(line).matches()) {
                flush(para, items);
                String fence = FENCE.matcher(line).replaceFirst("$1");
                for (i++; i < lines.size() && !lines.get(i).strip().startsWith(fence); i++) {
                    addInline(lines.get(i), items);
                }
                continue;
            }
            if (HTML_BLOCK_START.matcher(line).lookingAt()) {
                flush(para, items);
                StringBuilder html = new StringBuilder(line);
                boolean comment = line.contains("<!--") && !line.contains("-->");
                while (i + 1 < lines.size() && (comment || !lines.get(i + 1).isBlank())) {
                    i++;
                    html.append('\n').append(lines.get(i));
                    if (comment && lines.get(i).contains("-->")) comment = false;
                }
                items.addAll(HtmlText.fragmentParagraphs(html.toString()));
                continue;
            }
            if (BREAK.matcher(line).matches() && para.isEmpty()) {
                items.add(SECTION_BREAK);
                continue;
            }
            if (SETEXT.matcher(line).matches() && !para.isEmpty()) {
                flush(para, items); // the paragraph above was a setext heading
                continue;
            }
            if (LINK_DEF.matcher(line).matches() || TABLE_RULE.matcher(line).matches()) continue;
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                flush(para, items);
                addInline(h.group(2), items);
                continue;
            }
            Matcher q = QUOTE.matcher(line);
            Matcher l = LIST.matcher(line);
            if (q.matches() || l.matches()) {
                flush(para, items);
                String inner = q.matches() ? q.group(1) : l.group(1);
                // nested markers: "> 1. text", "- > text"
                for (Matcher m = QUOTE.matcher(inner); m.matches(); m = QUOTE.matcher(inner)) inner = m.group(1);
                for (Matcher m = LIST.matcher(inner); m.matches(); m = LIST.matcher(inner)) inner = m.group(1);
                para.append(inner);
                if (endsHard(line)) flush(para, items);
                continue;
            }
            if (!para.isEmpty()) {
                String prev = para.toString();
                if (TERMINAL.matcher(prev).matches() || endsHard(prev)) {
                    flush(para, items);
                } else if (!(Texts.isWide(lastChar(prev)) && Texts.isWide(line.strip().charAt(0)))) {
                    para.append(' ');
                }
            }
            para.append(line.strip().startsWith("|") ? line.replace('|', ' ') : line);
            if (endsHard(line)) flush(para, items);
        }
        flush(para, items);
        return cutPromoSections(items);
    }

    /** Inline Markdown to plain text: links keep their text, images and empty anchors go. */
    static String inline(String s) {
        String t = IMAGE.matcher(s).replaceAll("");
        t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = REF_LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = AUTOLINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = CODE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        for (int k = 0; k < 3; k++) {
            String before = t;
            t = STRONG.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
            t = EM_STAR.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            t = EM_UNDERSCORE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            t = STRIKE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            if (t.equals(before)) break;
        }
        return ESCAPE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    private static void addInline(String raw, List<String> items) {
        String text = inline(raw);
        if (INLINE_HTML.matcher(text).find()) {
            items.addAll(HtmlText.fragmentParagraphs(text));
            return;
        }
        String p = HtmlText.collapse(text);
        if (!p.isEmpty()) items.add(p);
    }

    private static void flush(StringBuilder para, List<String> items) {
        if (para.isEmpty()) return;
        String raw = para.toString();
        para.setLength(0);
        addInline(HARD_BREAK.matcher(raw).replaceAll(""), items);
    }

    private static boolean endsHard(String line) {
        return line.endsWith("  ") || line.endsWith("\\");
    }

    private static char lastChar(String s) {
        String t = s.stripTrailing();
        return t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    }

    /**
     * Cuts the document at the first thematic break in its second half that opens a section of
     * subscription or follow-us text; removes the other break markers.
     */
    private static List<String> cutPromoSections(List<String> items) {
        int content = (int) items.stream().filter(s -> !s.equals(SECTION_BREAK)).count();
        int seen = 0;
        int cut = items.size();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).equals(SECTION_BREAK)) {
                seen++;
                continue;
            }
            if (seen * 2 < content) continue;
            boolean promo = false;
            for (int j = i + 1; j < items.size() && !items.get(j).equals(SECTION_BREAK); j++) {
                promo |= Chrome.isPromo(items.get(j));
            }
            if (promo) {
                cut = i;
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (String s : items.subList(0, cut)) {
            if (!s.equals(SECTION_BREAK)) out.add(s);
        }
        return out;
    }
}
