package org.diplokg.server.web.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplokg.server.web.svg.NeighbourhoodSvg.Edge;
import org.diplokg.server.web.svg.NeighbourhoodSvg.Node;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class NeighbourhoodSvgTest {

    private static final Node MEETING = new Node("亚太经合组织第二十八次领导人非正式会议", "/id/meeting/apec-aelm-2021", "meeting");

    private static List<Edge> meetingEdges() {
        List<Edge> edges = new ArrayList<>();
        String[] people = {"习近平", "阿德恩", "拜登", "普京", "文在寅", "岸田文雄"};
        for (String p : people) edges.add(new Edge(new Node(p, "/id/person/" + p, "person"), MEETING, "participant"));
        Node rcep = new Node("区域全面经济伙伴关系协定", "/id/agreement/rcep", "agreement");
        Node cptpp = new Node("全面与进步跨太平洋伙伴关系协定", "/id/agreement/cptpp", "agreement");
        Node depa = new Node("数字经济伙伴关系协定", "/id/agreement/depa", "agreement");
        for (Node a : List.of(rcep, cptpp, depa)) edges.add(new Edge(MEETING, a, "mentions"));
        edges.add(new Edge(MEETING, new Node("新西兰", "/id/place/nz", "place"), "location"));
        edges.add(new Edge(new Node("新华社 2021-11-12", "/doc/0123456789abcdef01234567", "document"), MEETING, "reports"));
        // a second ring: other meetings that mentioned the agreements
        edges.add(new Edge(new Node("第二十七次领导人非正式会议", "/id/meeting/apec-aelm-2020", "meeting"), rcep, "mentions"));
        edges.add(new Edge(new Node("第二十九次领导人非正式会议", "/id/meeting/apec-aelm-2022", "meeting"), cptpp, "mentions"));
        return edges;
    }

    @Test
    void aMeetingWithItsParticipantsAgreementsAndDocumentsIsDrawnWithLinks() throws Exception {
        Document d = SvgXml.parse(NeighbourhoodSvg.render(MEETING, meetingEdges()));
        List<String> hrefs = SvgXml.all(d, "a").stream().map(a -> a.getAttribute("href")).toList();
        assertEquals(14, hrefs.size(), hrefs.toString());
        assertTrue(hrefs.contains("/id/meeting/apec-aelm-2021"));
        assertTrue(hrefs.contains("/id/agreement/rcep"));
        assertTrue(hrefs.contains("/id/meeting/apec-aelm-2020"), "second ring");
        assertEquals(1, SvgXml.withClass(d, "g", "centre").size());
        assertEquals(2, SvgXml.withClass(d, "g", "ring-2").size());
        assertEquals(6, SvgXml.withClass(d, "g", "kind-person").size());
        assertEquals(13, SvgXml.withClass(d, "g", "edge").size());
        // each relation named once
        List<String> relations = SvgXml.withClass(d, "text", "relation").stream().map(Element::getTextContent).toList();
        assertEquals(relations.stream().distinct().toList(), relations);
        assertTrue(d.getDocumentElement().getAttribute("font-family").contains("Noto Sans CJK SC"));
        assertTrue(SvgXml.all(d, "text").stream().anyMatch(t -> t.getTextContent().equals("习近平")));
        // the frame is cut to the drawing, and everything drawn is inside it
        String[] box = d.getDocumentElement().getAttribute("viewBox").split(" ");
        double top = Double.parseDouble(box[1]);
        double bottom = top + Double.parseDouble(box[3]);
        for (Element c : SvgXml.all(d, "circle")) {
            double cy = Double.parseDouble(c.getAttribute("cy"));
            assertTrue(cy > top && cy < bottom, "circle at " + cy + " outside " + top + "–" + bottom);
        }
        for (Element t : SvgXml.all(d, "text")) {
            Svg.Box b = SvgXml.box(t);
            assertTrue(b.y() >= top && b.y() + b.h() <= bottom + 4 && b.x() >= 0 && b.x() + b.w() <= NeighbourhoodSvg.WIDTH,
                    t.getTextContent() + " at " + b + " outside the frame " + top + "–" + bottom);
        }
        assertTrue(bottom - top < 700, "no blank band: " + (bottom - top));
    }

    @Test
    void nodesOfOneKindSitTogether() throws Exception {
        Document d = SvgXml.parse(NeighbourhoodSvg.render(MEETING, meetingEdges()));
        List<String> ring1Kinds = SvgXml.withClass(d, "g", "ring-1").stream().map(g -> g.getAttribute("class").split(" ")[1]).toList();
        // drawn in sector order: each kind one run
        List<String> runs = new ArrayList<>();
        for (String k : ring1Kinds) if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(k)) runs.add(k);
        assertEquals(List.of("kind-agreement", "kind-person", "kind-place", "kind-document"), runs);
    }

    @Test
    void labelsDoNotOverlapEvenWithManyNeighbours() throws Exception {
        List<Edge> edges = new ArrayList<>(meetingEdges());
        for (int i = 0; i < 100; i++) edges.add(new Edge(new Node("代表团成员" + i, "/id/person/p" + i, "person"), MEETING, "participant"));
        Document d = SvgXml.parse(NeighbourhoodSvg.render(MEETING, edges));
        List<Element> labels = SvgXml.all(d, "g").stream().filter(g -> List.of(g.getAttribute("class").split(" ")).contains("node"))
                .map(g -> (Element) g.getElementsByTagNameNS(Svg.NS, "text").item(0)).toList();
        assertEquals(List.of(), SvgXml.overlaps(labels));
        Set<String> positions = new HashSet<>();
        for (Element t : labels) assertTrue(positions.add(t.getAttribute("x") + "," + t.getAttribute("y")));
        int ring1 = 6 + 100 + 3 + 1 + 1;
        assertEquals(NeighbourhoodSvg.MAX_PER_RING, SvgXml.withClass(d, "g", "ring-1").size());
        // the places are shared out by kind: 106 people do not push out the place, the document or the agreements
        assertEquals(1, SvgXml.withClass(d, "g", "kind-place").size());
        assertEquals(1, SvgXml.withClass(d, "g", "kind-document").size());
        assertEquals(3, SvgXml.withClass(d, "g", "kind-agreement").size());
        String more = SvgXml.withClass(d, "text", "more").get(0).getTextContent();
        int ring2Shown = SvgXml.withClass(d, "g", "ring-2").size();
        assertEquals("+" + (ring1 - NeighbourhoodSvg.MAX_PER_RING + 2 - ring2Shown) + " more", more);
    }

    @Test
    void textIsEscaped() throws Exception {
        Node centre = new Node("<b>A&B</b>", "/id/x?a=1&b=2", "organisation");
        Node other = new Node("\"quoted\" 'x' <i>", "/id/y", "person");
        String svg = NeighbourhoodSvg.render(centre, List.of(new Edge(centre, other, "<rel>")));
        assertFalse(svg.contains("<b>") || svg.contains("<i>") || svg.contains("<rel>"), svg);
        Document d = SvgXml.parse(svg);
        assertTrue(SvgXml.all(d, "a").stream().anyMatch(a -> a.getAttribute("href").equals("/id/x?a=1&b=2")));
        assertTrue(SvgXml.all(d, "text").stream().anyMatch(t -> t.getTextContent().equals("<b>A&B</b>")));
        assertTrue(SvgXml.all(d, "text").stream().anyMatch(t -> t.getTextContent().equals("\"quoted\" 'x' <i>")));
    }

    @Test
    void aCentreWithoutLinksAndNoCentreAreStillPictures() throws Exception {
        Document alone = SvgXml.parse(NeighbourhoodSvg.render(MEETING, List.of()));
        assertEquals(1, SvgXml.all(alone, "a").size());
        assertTrue(alone.getDocumentElement().getTextContent().contains("No links"));
        Document nothing = SvgXml.parse(NeighbourhoodSvg.render(null, null));
        assertEquals(0, SvgXml.all(nothing, "a").size());
        Document nullEdges = SvgXml.parse(NeighbourhoodSvg.render(MEETING, null));
        assertEquals(1, SvgXml.all(nullEdges, "circle").size() - 1, "the centre and its legend dot");
    }
}
