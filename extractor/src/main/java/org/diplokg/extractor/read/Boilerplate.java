package org.diplokg.extractor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes page chrome from an HTML tree: comments, scripts and styles, hidden elements, navigation,
 * headers, footers, sidebars, forms, elements whose class or id names a chrome role (nav, menu, footer,
 * sidebar, share, comment, related, recommend, breadcrumb, copyright, ad, promo, newsletter, qrcode…),
 * and blocks made mostly of links. No removal may take away most of the page's sentences: a wrapper
 * that happens to carry such a name but holds the article stays.
 */
final class Boilerplate {

    /** Class/id words naming chrome roles; matched against whole words of the class and id (camelCase split). */
    private static final Set<String> CHROME_WORDS = Set.of(
            "nav", "navbar", "navigation", "menu", "menubar", "submenu", "footer", "foot", "sidebar", "side",
            "aside", "share", "sharing", "social", "comment", "comments", "related", "recommend", "recommended",
            "recommendation", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "copyright", "ad", "ads", "advert",
            "adverts", "advertisement", "sponsor", "sponsored", "banner", "promo", "selfpromo", "newsletter",
            "subscribe", "subscription", "qr", "qrcode", "toolbar", "login", "search", "pager", "pagination",
            "prev", "next", "hidden", "hide", "popup", "modal", "cookie", "cookies", "masthead", "logo",
            "topbar", "bottombar", "sitemap", "friendlink", "links", "tags", "keywords", "hotnews", "rank");

    /** Structural elements that are chrome on a page but may wrap everything on a badly built one. */
    private static final Set<String> STRUCTURAL = Set.of("nav", "aside", "footer", "header", "form", "menu");

    private static final Set<String> ALWAYS = Set.of(
            "script", "style", "noscript", "template", "iframe", "frame", "object", "embed", "applet", "svg",
            "canvas", "input", "button", "select", "textarea", "audio", "video", "map", "link", "meta");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
    /** Without sentence marks to go by, no removal may take more than this share of the page's text weight. */
    private static final double MAX_SHARE = 0.5;

    private Boilerplate() {}

    static void clean(Element root) {
        HtmlText.removeComments(root);
        for (Element e : new ArrayList<>(root.getAllElements())) {
            if (e != root && ALWAYS.contains(e.normalName())) e.remove();
        }
        String rootText = root.text();
        double total = Math.max(1, Texts.weight(rootText));
        int sentences = sentences(rootText);
        List<Element> all = new ArrayList<>(root.getAllElements());
        for (Element e : all) {
            if (e == root || e.parent() == null || !attached(e, root)) continue;
            if (isHidden(e) || (isChromeRole(e) && !holdsArticle(e, total, sentences))) e.remove();
        }
        // Link-heavy blocks, innermost first, so a list of links goes before the block around it.
        List<Element> blocks = new ArrayList<>(root.getAllElements());
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Element e = blocks.get(i);
            if (e == root || !attached(e, root) || !HtmlText.isBlock(e) || isHeading(e)) continue;
            if (isLinkBlock(e) && !holdsArticle(e, total, sentences)) e.remove();
        }
    }

    /** The element names a chrome role by its tag (nav, aside…), its class or id, or an ARIA role. */
    static boolean isChromeRole(Element e) {
        String tag = e.normalName();
        if (STRUCTURAL.contains(tag)) {
            return !(tag.equals("header") && (e.closest("article") != null || e.closest("main") != null));
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo") || role.equals("complementary")) {
            return true;
        }
        for (String w : WORD_SPLIT.split(e.className() + " " + e.id())) {
            if (!w.isEmpty() && CHROME_WORDS.contains(w.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    static boolean isHeading(Element e) {
        String t = e.normalName();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
    }

    private static boolean isHidden(Element e) {
        return e.hasAttr("hidden") || HIDDEN_STYLE.matcher(e.attr("style")).find()
                || e.attr("aria-hidden").equalsIgnoreCase("true");
    }

    /** Mostly link text: over half of its visible characters, and over 80% unless it has no sentence. */
    static boolean isLinkBlock(Element e) {
        String text = e.text();
        int visible = Texts.visible(text);
        if (visible == 0) return false;
        double density = linkDensity(e, visible);
        return density > 0.8 || (density > 0.5 && !SENTENCE_END.matcher(text).find());
    }

    static double linkDensity(Element e) {
        return linkDensity(e, Texts.visible(e.text()));
    }

    private static double linkDensity(Element e, int visible) {
        if (visible == 0) return 0;
        int links = 0;
        for (Element a : e.select("a")) links += Texts.visible(a.text());
        return Math.min(1.0, links / (double) visible);
    }

    /**
     * Whether removing the element would take the article with it: it holds most of the page's sentences,
     * or (on a page with hardly any sentence marks) most of its text.
     */
    private static boolean holdsArticle(Element e, double totalWeight, int totalSentences) {
        String text = e.text();
        if (totalSentences >= 1) return sentences(text) * 2 > totalSentences;
        return Texts.weight(text) / totalWeight > MAX_SHARE;
    }

    private static int sentences(String text) {
        int n = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) n++;
        return n;
    }

    private static boolean attached(Node n, Element root) {
        for (Node p = n; p != null; p = p.parent()) {
            if (p == root) return true;
        }
        return false;
    }
}
