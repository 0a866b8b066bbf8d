package org.diplokg.server.web.svg;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses rendered SVG as XML (a failure to parse fails the test) and reads back what a browser would draw. */
final class SvgXml {
    private SvgXml() {}

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        if (!"svg".equals(d.getDocumentElement().getLocalName()) || !Svg.NS.equals(d.getDocumentElement().getNamespaceURI()))
            throw new AssertionError("not an SVG root: " + d.getDocumentElement().getTagName());
        return d;
    }

    static List<Element> all(Document d, String tag) {
        NodeList nl = d.getElementsByTagNameNS(Svg.NS, tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) out.add((Element) nl.item(i));
        return out;
    }

    static List<Element> withClass(Document d, String tag, String cls) {
        return all(d, tag).stream().filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cls)).toList();
    }

    /** The box a text element covers, from its position, anchor, font size and the estimated width of its characters. */
    static Svg.Box box(Element text) {
        double x = Double.parseDouble(text.getAttribute("x"));
        double y = Double.parseDouble(text.getAttribute("y"));
        double size = Double.parseDouble(inherited(text, "font-size"));
        double w = Svg.width(text.getTextContent(), size);
        String anchor = inherited(text, "text-anchor");
        double left = anchor.equals("end") ? x - w : anchor.equals("middle") ? x - w / 2 : x;
        return new Svg.Box(left, y - size, w, size * 1.2);
    }

    /** An attribute as SVG inherits it from the enclosing groups. */
    static String inherited(Element e, String attribute) {
        for (org.w3c.dom.Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute(attribute)) return el.getAttribute(attribute);
        }
        return "";
    }

    /** Pairs of the texts whose boxes overlap, as readable strings. */
    static List<String> overlaps(List<Element> texts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (box(texts.get(i)).overlaps(box(texts.get(j))))
                    out.add(texts.get(i).getTextContent() + " / " + texts.get(j).getTextContent());
            }
        }
        return out;
    }
}
