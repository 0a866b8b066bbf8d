package org.diplokg.extractor.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.dates.PublicationDates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a whole HTML page: its metadata (title, og: and article: properties, canonical URL, author,
 * published date) and its main content.
 *
 * <p>The main content is the block element with the most reading text in its paragraphs, each
 * paragraph counting fully for its own block and its parent, half for the grandparent and a quarter for
 * the great-grandparent, and the sum discounted by the block's link density. Siblings of that block that
 * carry a good share of text, or paragraphs of prose, join it (a lead paragraph often sits just outside
 * the article body). The headline is the heading just before the content; it starts the body.
 */
final class HtmlPage {

    /** What a page yields. {@code lines} are the paragraphs of the whole cleaned page, for date search. */
    record Result(String title, List<String> paragraphs, List<String> lines, PageDates.Dated metaDate,
                  String url, String author) {}

    private static final double[] DECAY = {1.0, 1.0, 0.5, 0.25};
    private static final Pattern SENTENCE = Pattern.compile("[。！？!?]");
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final String[] META_DATES = {
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish_date]",
            "meta[name=publication_date]", "meta[name=dc.date.issued]", "meta[name=dcterms.issued]",
            "meta[name=dc.date]", "meta[name=date]", "meta[property=og:published_time]"};

    private HtmlPage() {}

    static Result read(String html) {
        Document doc = HtmlText.parsePage(html);
        String pageTitle = Titles.stripSite(firstNonBlank(meta(doc, "meta[property=og:title]"),
                meta(doc, "meta[name=twitter:title]"), doc.title()));
        if (Titles.isJunk(pageTitle)) pageTitle = null;
        PageDates.Dated metaDate = metaDate(doc);
        String url = firstNonBlank(meta(doc, "meta[property=og:url]"), attr(doc, "link[rel=canonical]", "href"));
        String author = notUrl(firstNonBlank(meta(doc, "meta[name=author]"), meta(doc, "meta[property=article:author]")));

        Element body = doc.body();
        Boilerplate.clean(body);
        List<String> lines = HtmlText.paragraphs(body);

        Map<Element, Double> scores = score(body);
        Element top = body;
        double best = -1;
        for (Element e : body.getAllElements()) { // document order: of equal scores the first wins, every run
            Double score = scores.get(e);
            if (score != null && score > best) {
                best = score;
                top = e;
            }
        }
        Map<Element, Integer> order = documentOrder(body);
        Element headline = headline(body, top, order, pageTitle);
        String headlineText = headline == null ? null : HtmlText.inlineText(headline);

        List<String> paragraphs = new ArrayList<>();
        for (Element part : contentParts(top, scores)) paragraphs.addAll(HtmlText.paragraphs(part));
        if (headlineText != null && !headlineText.isEmpty() && !isInside(headline, top)
                && (paragraphs.isEmpty() || !paragraphs.get(0).equals(headlineText))) {
            paragraphs.add(0, headlineText);
        }
        String title = headlineText != null && !headlineText.isEmpty() ? headlineText
                : pageTitle != null ? pageTitle : titledElement(body, top, order);
        return new Result(title, Chrome.trim(paragraphs), lines, metaDate, url, author);
    }

    /**
     * Candidate scores of block elements, from the reading weight of the paragraphs under them. One pass finds
     * each text's nearest block and each block's parent block (walking up from every node would cost the square
     * of the nesting depth), and the link densities come from one measuring pass.
     */
    private static Map<Element, Double> score(Element root) {
        Map<Element, Double> own = new IdentityHashMap<>();
        Map<Element, Element> parentBlock = new IdentityHashMap<>();
        Deque<Element> blocks = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && (e == root || HtmlText.isBlock(e))) {
                    if (!blocks.isEmpty()) parentBlock.put(e, blocks.peek());
                    blocks.push(e);
                } else if (node instanceof TextNode t && !blocks.isEmpty()) {
                    own.merge(blocks.peek(), Texts.weight(t.getWholeText()), Double::sum);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && !blocks.isEmpty() && blocks.peek() == e) blocks.pop();
            }
        }, root);
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Map.Entry<Element, Double> u : own.entrySet()) {
            Element e = u.getKey();
            for (int d = 0; d < DECAY.length && e != null; d++) {
                scores.merge(e, u.getValue() * DECAY[d], Double::sum);
                e = parentBlock.get(e);
            }
        }
        Map<Element, Boilerplate.Measures> measures = Boilerplate.measure(root, null);
        scores.replaceAll((e, s) -> s * (1 - measures.get(e).linkDensity()));
        return scores;
    }

    /** The chosen block and those of its siblings that carry text too, in document order. */
    private static List<Element> contentParts(Element top, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) return List.of(top);
        double topScore = scores.getOrDefault(top, 0.0);
        List<Element> parts = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                parts.add(sib);
                continue;
            }
            if (!HtmlText.isBlock(sib) || Boilerplate.isHeading(sib)) continue;
            double density = Boilerplate.linkDensity(sib);
            double s = scores.getOrDefault(sib, 0.0);
            String text = sib.text();
            boolean strong = s >= 0.2 * topScore && density < 0.3;
            boolean prose = sib.normalName().equals("p") && Texts.weight(text) >= 30 && density < 0.25
                    && SENTENCE.matcher(text).find();
            if (strong || prose) parts.add(sib);
        }
        return parts;
    }

    /**
     * The heading just before the content: the nearest one whose text the page title contains, else the
     * nearest with at least six characters' weight. A heading inside the content counts when none precedes it.
     */
    private static Element headline(Element root, Element top, Map<Element, Integer> order, String pageTitle) {
        int topIndex = order.getOrDefault(top, Integer.MAX_VALUE);
        Element matching = null;
        Element nearest = null;
        Element inside = null;
        for (Element h : root.select("h1, h2, h3, h4, h5, h6")) {
            String text = HtmlText.inlineText(h);
            double w = Texts.weight(text);
            if (w < 2) continue;
            if (isInside(h, top)) {
                if (inside == null) inside = h;
                continue;
            }
            if (order.getOrDefault(h, Integer.MAX_VALUE) > topIndex) continue;
            if (pageTitle != null && pageTitle.contains(text)) matching = h;
            if (w >= 6) nearest = h;
        }
        return matching != null ? matching : nearest != null ? nearest : inside;
    }

    /** A block before the content whose class or id calls it a title (templates without heading tags). */
    private static String titledElement(Element root, Element top, Map<Element, Integer> order) {
        int topIndex = order.getOrDefault(top, Integer.MAX_VALUE);
        Map<Element, Boilerplate.Measures> measures = Boilerplate.measure(root, null);
        List<Element> all = root.getAllElements();
        // The last one before the content wins: look backwards and render only the candidates whose measures pass.
        for (int i = Math.min(all.size(), topIndex) - 1; i >= 0; i--) {
            Element e = all.get(i);
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (!names.contains("title")) continue;
            Boilerplate.Measures m = measures.get(e);
            if (m.weight < 4 || m.linkDensity() >= 0.5) continue;
            String text = HtmlText.inlineText(e);
            if (Texts.weight(text) >= 4) return text;
        }
        return null;
    }

    private static PageDates.Dated metaDate(Document doc) {
        for (String q : META_DATES) {
            Optional<PartialDate> d = PublicationDates.parse(meta(doc, q));
            if (d.isPresent()) return new PageDates.Dated(d.get(), "html " + q.replaceAll("^meta\\[|]$", ""));
        }
        for (Element t : doc.select("time[itemprop=datePublished], time[pubdate]")) {
            Optional<PartialDate> d = PublicationDates.parse(t.attr("datetime"));
            if (d.isPresent()) return new PageDates.Dated(d.get(), "html time datePublished");
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(s.data());
            if (m.find()) {
                Optional<PartialDate> d = PublicationDates.parse(m.group(1));
                if (d.isPresent()) return new PageDates.Dated(d.get(), "json-ld datePublished");
            }
        }
        return null;
    }

    private static Element nearestBlock(Node n, Element root) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && (HtmlText.isBlock(e) || e == root)) return e;
        }
        return null;
    }

    private static Element parentBlock(Element e, Element root) {
        if (e == root) return null;
        return nearestBlock(e, root);
    }

    private static boolean isInside(Element e, Element container) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == container) return true;
        }
        return false;
    }

    private static Map<Element, Integer> documentOrder(Element root) {
        Map<Element, Integer> order = new IdentityHashMap<>();
        int i = 0;
        for (Element e : root.getAllElements()) order.put(e, i++);
        return order;
    }

    private static String meta(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null ? null : e.attr("content");
    }

    private static String attr(Document doc, String query, String attr) {
        Element e = doc.selectFirst(query);
        return e == null ? null : e.attr(attr);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }

    private static String notUrl(String s) {
        return s == null || s.matches("(?i)https?://.*") ? null : s;
    }
}
