package org.diplokg.server.web.svg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity and its neighbours (meeting ↔ participants ↔ agreements) as an SVG string. Stub for the web pages
 * until the renderer of the web-kit branch is merged; the contract ({@link #render}, {@link Node}, {@link Edge})
 * is the one both sides use.
 */
public final class NeighbourhoodSvg {
    private NeighbourhoodSvg() {}

    /** @param kind meeting, agreement, person, organisation, place or document */
    public record Node(String label, String href, String kind) {}

    public record Edge(Node from, Node to, String label) {}

    public static String render(Node centre, List<Edge> edges) {
        Map<Node, String> others = new LinkedHashMap<>();
        for (Edge e : edges) {
            Node other = e.from().equals(centre) ? e.to() : e.from();
            others.putIfAbsent(other, e.label());
        }
        List<Node> ring = new ArrayList<>(others.keySet());
        int size = 420, c = size / 2, r = 150;
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' class='neighbourhood' width='" + size
                + "' height='" + size + "' role='img' aria-label='neighbourhood'>");
        for (int i = 0; i < ring.size(); i++) {
            double a = 2 * Math.PI * i / ring.size();
            int x = (int) (c + r * Math.cos(a)), y = (int) (c + r * Math.sin(a));
            svg.append("<line x1='").append(c).append("' y1='").append(c).append("' x2='").append(x).append("' y2='").append(y)
                    .append("' stroke='#bbb'/>");
            svg.append(node(ring.get(i), x, y));
        }
        return svg.append(node(centre, c, c)).append("</svg>").toString();
    }

    private static String node(Node n, int x, int y) {
        String g = "<g class='node " + TimelineSvg.esc(n.kind()) + "'><circle cx='" + x + "' cy='" + y + "' r='6' fill='#36c'/>"
                + "<text x='" + x + "' y='" + (y - 9) + "' text-anchor='middle' font-size='12'>" + TimelineSvg.esc(n.label()) + "</text></g>";
        return n.href() == null ? g : "<a href='" + TimelineSvg.esc(n.href()) + "'>" + g + "</a>";
    }
}
