package org.diplokg.extractor.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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
        // Every measure below is computed for all elements in one pass over the tree: asking each element for
        // its text would cost the square of the nesting depth (100,000 nested <div>s).
        Map<Element, Measures> measures = measure(root, null);
        Measures whole = measures.get(root);
        double total = Math.max(1, whole.weight);
        int sentences = whole.sentences;
        // Chrome by role, outermost first; a removed element's descendants (the next `size` elements) go with it.
        List<Element> all = new ArrayList<>(root.getAllElements());
        List<Element> chrome = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(i);
            if (e == root) continue;
            if (isHidden(e) || (isChromeRole(e) && !holdsArticle(measures.get(e), total, sentences))) {
                chrome.add(e);
                i += measures.get(e).elements - 1;
            }
        }
        chrome.forEach(Element::remove);
        // Link-heavy blocks, innermost first, so a list of links goes before the block around it: decided as the
        // measuring pass leaves each block, with the blocks already removed left out of their parents' measures.
        List<Element> links = new ArrayList<>();
        measure(root, (e, m) -> {
            if (e == root || !HtmlText.isBlock(e) || isHeading(e)) return false;
            if (isLinkBlock(m) && !holdsArticle(m, total, sentences)) {
                links.add(e);
                return true;
            }
            return false;
        });
        links.forEach(Element::remove);
    }

    /** Text measures of an element's subtree: additive over its text nodes. */
    static final class Measures {
        /** Characters that are not whitespace, in all text and in link text. */
        int visible, linkVisible;
        int sentences;
        double weight;
        /** Elements in the subtree, the element included. */
        int elements = 1;

        void add(Measures m) {
            visible += m.visible;
            linkVisible += m.linkVisible;
            sentences += m.sentences;
            weight += m.weight;
            elements += m.elements;
        }

        double linkDensity() {
            return visible == 0 ? 0 : Math.min(1.0, linkVisible / (double) visible);
        }
    }

    /** Decides, once an element's subtree is measured, whether to leave it out of its parent's measures. */
    interface Drop {
        boolean drop(Element e, Measures m);
    }

    /** The measures of every element under {@code root} (and of root), in one iterative pass. */
    static Map<Element, Measures> measure(Element root, Drop drop) {
        Map<Element, Measures> out = new IdentityHashMap<>();
        Deque<Measures> stack = new ArrayDeque<>();
        int[] inLink = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    Measures m = new Measures();
                    out.put(e, m);
                    stack.push(m);
                    if (e.normalName().equals("a")) inLink[0]++;
                } else if (node instanceof TextNode t && !stack.isEmpty()) {
                    String text = t.getWholeText();
                    Measures m = stack.peek();
                    int v = Texts.visible(text);
                    m.visible += v;
                    if (inLink[0] > 0) m.linkVisible += v;
                    m.sentences += sentences(text);
                    m.weight += Texts.weight(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    Measures m = stack.pop();
                    if (e.normalName().equals("a")) inLink[0]--;
                    boolean dropped = drop != null && drop.drop(e, m);
                    if (!stack.isEmpty() && !dropped) stack.peek().add(m);
                }
            }
        }, root);
        return out;
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
    static boolean isLinkBlock(Measures m) {
        if (m.visible == 0) return false;
        double density = m.linkDensity();
        return density > 0.8 || (density > 0.5 && m.sentences == 0);
    }

    static boolean isLinkBlock(Element e) {
        return isLinkBlock(measure(e, null).get(e));
    }

    static double linkDensity(Element e) {
        return measure(e, null).get(e).linkDensity();
    }

    /**
     * Whether removing the element would take the article with it: it holds most of the page's sentences,
     * or (on a page with hardly any sentence marks) most of its text.
     */
    private static boolean holdsArticle(Measures m, double totalWeight, int totalSentences) {
        if (totalSentences >= 1) return m.sentences * 2 > totalSentences;
        return m.weight / totalWeight > MAX_SHARE;
    }

    private static int sentences(String text) {
        int n = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) n++;
        return n;
    }

}
