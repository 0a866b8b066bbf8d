package org.diplokg.extractor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text from HTML, and the cleaning that removes page chrome before it.
 *
 * <p>Block elements ({@code p}, {@code div}, {@code li}, headings, table cells…) and {@code <br>} end a
 * paragraph; inline elements are joined with no inserted space, so a word split by markup
 * (《区域全面经济伙伴关系<a>协定</a>》, a stock-quote {@code <span>} inside an agreement name) stays whole.
 * Source line breaks between two Chinese characters are formatting and vanish; other whitespace runs
 * become one space.
 */
final class HtmlText {

    static final Set<String> BLOCK = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "legend", "option");

    /** Template code around or inside pages: PHP, ASP.NET/JSP directives and scriptlets. */
    private static final Pattern TEMPLATE_CODE = Pattern.compile("(?s)<\\?(?!xml\\b).*?\\?>|<%.*?%>");

    private HtmlText() {}

    /** Parses a whole page, with template code (PHP, JSP, ASP.NET) removed first. */
    static Document parsePage(String html) {
        return Jsoup.parse(stripTemplateCode(html));
    }

    /** Parses an HTML fragment (an RSS item, a Markdown body). */
    static Document parseFragment(String html) {
        return Jsoup.parseBodyFragment(stripTemplateCode(html));
    }

    static String stripTemplateCode(String html) {
        return TEMPLATE_CODE.matcher(html).replaceAll("");
    }

    /** The paragraphs of a fragment: the whole fragment is content, less its chrome. */
    static List<String> fragmentParagraphs(String html) {
        Document doc = parseFragment(html);
        Boilerplate.clean(doc.body());
        return paragraphs(doc.body());
    }

    static boolean isBlock(Element e) {
        String tag = e.normalName();
        return BLOCK.contains(tag) || tag.indexOf(':') > 0;
    }

    /** The paragraphs under {@code root}, in document order, trimmed, none empty. */
    static List<String> paragraphs(Node root) {
        Renderer r = new Renderer();
        NodeTraversor.traverse(r, root);
        r.flush();
        return r.out;
    }

    /** The text of an inline run (a heading, a link) on one line. */
    static String inlineText(Element e) {
        return String.join(" ", paragraphs(e));
    }

    /** Removes HTML comments (template junk and commented-out markup) under {@code root}. */
    static void removeComments(Node root) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) comments.add(node);
        }, root);
        comments.forEach(Node::remove);
    }

    /**
     * Renders in one pass. Whether a text lies inside a skipped element (script, style …) is kept as a count of
     * open skipped elements, set from the root's ancestors once: looking up from every text would cost the
     * square of the nesting depth.
     */
    private static final class Renderer implements NodeVisitor {
        final List<String> out = new ArrayList<>();
        final StringBuilder buf = new StringBuilder();
        int skipped;
        boolean started;

        @Override
        public void head(Node node, int depth) {
            if (!started) {
                started = true;
                for (Node p = node.parent(); p instanceof Element e; p = p.parent()) if (isSkipped(e)) skipped++;
            }
            if (node instanceof TextNode t) {
                if (skipped == 0) buf.append(t.getWholeText());
            } else if (node instanceof Element e) {
                if (isSkipped(e)) skipped++;
                String tag = e.normalName();
                if (tag.equals("br") || tag.equals("hr") || isBlock(e)) flush();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (isSkipped(e)) skipped--;
                if (isBlock(e)) flush();
            }
        }

        /** The longest text a pop-up box holds; an article's own container is longer. */
        private static final int POP_UP_MAX = 1500;

        private static boolean isSkipped(Element e) {
            String tag = e.normalName();
            return tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("template")
                    || tag.equals("textarea") || tag.equals("title") || tag.equals("head") || isPopUp(e);
        }

        /**
         * A short box holding its own close control (a glossary pop-up inside a sentence, a share panel) is shown on
         * demand, not read with the article (dev even half: 3 false agreement actions from a glossary box).
         */
        private static boolean isPopUp(Element e) {
            if (!e.normalName().equals("div")) return false;
            for (Element c : e.children()) {
                if (c.normalName().equals("p")) continue;  // a paragraph saying 关闭 is text, not a control
                boolean close = false;
                for (String token : c.classNames()) {
                    String k = token.toLowerCase(java.util.Locale.ROOT);
                    close |= k.startsWith("close") || k.endsWith("close") || k.contains("-close") || k.contains("close-");
                }
                String own = c.ownText().strip();
                if (close || own.equals("關閉") || own.equals("关闭")) return e.text().length() <= POP_UP_MAX;
            }
            return false;
        }

        void flush() {
            String p = collapse(buf);
            buf.setLength(0);
            if (!p.isEmpty()) out.add(p);
        }
    }

    /**
     * Collapses whitespace runs: a run holding a line break or tab between two wide characters is dropped
     * (it only wrapped the source); any other run of ASCII spaces, tabs, newlines or no-break spaces becomes
     * one space; a run of ideographic spaces is kept as written. The result is trimmed.
     */
    static String collapse(CharSequence s) {
        // On arrays rather than StringBuilder appends: the builder version compiled to ~26 KB and C2 compiled it five
        // times in a 2,000-file ingest (4.7 s of compile time, profile_predicate deoptimisations).
        char[] in = s.toString().toCharArray();
        int n = in.length;
        char[] out = new char[n];
        int len = 0;
        int i = 0;
        while (i < n) {
            char c = in[i];
            if (!Texts.isSpace(c) || c == '\u3000') {
                if (c != '\u200B' && c != '\uFEFF') out[len++] = c;
                i++;
                continue;
            }
            int j = i;
            boolean breakOrTab = false;
            boolean ideographic = false;
            while (j < n && Texts.isSpace(in[j])) {
                char w = in[j];
                if (w == '\n' || w == '\t' || w == '\r') breakOrTab = true;
                if (w == '\u3000') ideographic = true;
                j++;
            }
            char before = len == 0 ? 0 : out[len - 1];
            char after = j < n ? in[j] : 0;
            boolean wideBoth = before != 0 && after != 0 && Texts.isWide(before) && Texts.isWide(after);
            if (ideographic && !breakOrTab) {
                for (int k = i; k < j; k++) if (in[k] == '\u3000') out[len++] = '\u3000';
            } else if (!(breakOrTab && wideBoth)) {
                out[len++] = ' ';
            }
            i = j;
        }
        return Texts.trim(new String(out, 0, len));
    }
}
