package org.diplokg.server.web.svg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An entity's neighbourhood as SVG, drawn on the server: the centre, the nodes linked to it on a first ring, and
 * the nodes linked only to those on a second ring (a meeting → its participants and agreements → …). Each ring is
 * divided into sectors by kind (meetings, agreements, people, organisations, places, documents), so nodes of one
 * kind sit together; labels are horizontal, outside the ring, and pushed outwards until they overlap no other
 * label. Every node is a link. At most {@link #MAX_PER_RING} nodes a ring; the rest are counted ("+N more").
 * Pure function of its input.
 */
public final class NeighbourhoodSvg {

    /** {@code kind}: meeting, agreement, person, organisation, place or document; {@code href} may be null. */
    public record Node(String label, String href, String kind) {}

    /** A link between two nodes; {@code label} names the relation (may be null). */
    public record Edge(Node from, Node to, String label) {}

    /** 24 labels around a ring of radius 170 still leave each about 45 px of arc. */
    static final int MAX_PER_RING = 24;

    static final int WIDTH = 960;
    static final double LABEL_SIZE = 12;
    private static final double MAX_LABEL_WIDTH = 150;
    private static final List<String> KIND_ORDER = List.of("meeting", "agreement", "person", "organisation", "place", "document");

    private NeighbourhoodSvg() {}

    /** A node's place in the picture. */
    record Placed(Node node, int ring, double x, double y, String label, Svg.Box box, String anchor) {}

    public static String render(Node centre, List<Edge> edges) {
        if (centre == null) return empty("No entity");
        List<Edge> all = edges == null ? List.of() : edges.stream()
                .filter(Objects::nonNull).filter(e -> e.from() != null && e.to() != null && !e.from().equals(e.to())).toList();
        // rings by distance from the centre (1 or 2), in the order the edges name them
        Set<Node> ring1 = new LinkedHashSet<>();
        for (Edge e : all) {
            if (e.from().equals(centre)) ring1.add(e.to());
            else if (e.to().equals(centre)) ring1.add(e.from());
        }
        Set<Node> ring2 = new LinkedHashSet<>();
        for (Edge e : all) {
            if (ring1.contains(e.from()) && !e.to().equals(centre) && !ring1.contains(e.to())) ring2.add(e.to());
            if (ring1.contains(e.to()) && !e.from().equals(centre) && !ring1.contains(e.from())) ring2.add(e.from());
        }
        List<Node> shown1 = capByKind(ring1);
        // a second-ring node is kept only when a shown first-ring node leads to it
        Set<Node> reachable = new LinkedHashSet<>();
        for (Edge e : all) {
            if (shown1.contains(e.from()) && ring2.contains(e.to())) reachable.add(e.to());
            if (shown1.contains(e.to()) && ring2.contains(e.from())) reachable.add(e.from());
        }
        List<Node> shown2 = capByKind(reachable);
        int hidden = ring1.size() - shown1.size() + ring2.size() - shown2.size();

        double r1 = shown2.isEmpty() ? 190 : 140;
        double r2 = 260;
        int height = shown2.isEmpty() ? 560 : 720;
        double cx = WIDTH / 2.0;
        double cy = height / 2.0;

        Map<Node, Placed> placed = new LinkedHashMap<>();
        List<Svg.Box> taken = new ArrayList<>();
        String centreLabel = Svg.fit(Objects.toString(centre.label(), ""), 14, 220);
        double cw = Svg.width(centreLabel, 14) + 6;
        Svg.Box centreBox = new Svg.Box(cx - cw / 2, cy + 20, cw, 18);
        taken.add(centreBox);
        placed.put(centre, new Placed(centre, 0, cx, cy, centreLabel, centreBox, "middle"));
        place(shown1, 1, r1, cx, cy, taken, placed);
        place(shown2, 2, r2, cx, cy, taken, placed);

        // the picture is cut to what was drawn (a ring of 6 left 200 px of blank below it in a fixed frame)
        double top = cy - 30;
        double bottom = cy + (ring1.isEmpty() ? 80 : 45);
        for (Placed p : placed.values()) {
            top = Math.min(top, Math.min(p.box().y(), p.y() - 10));
            bottom = Math.max(bottom, Math.max(p.box().y() + p.box().h(), p.y() + 10));
        }
        top = Math.floor(top - 10);
        int shownHeight = (int) Math.ceil(bottom - top + (hidden > 0 ? 30 : 12));
        StringBuilder sb = new StringBuilder(4096 + placed.size() * 500);
        sb.append("<svg xmlns=\"").append(Svg.NS).append("\" class=\"neighbourhood\" role=\"img\" viewBox=\"0 ").append(Svg.num(top)).append(' ')
                .append(WIDTH).append(' ').append(shownHeight).append("\" width=\"").append(WIDTH).append("\" height=\"").append(shownHeight)
                .append("\" style=\"max-width:100%;height:auto\" font-family=\"").append(Svg.FONT_FAMILY).append("\">")
                .append("<title>").append(Svg.esc(Objects.toString(centre.label(), "") + " and " + (placed.size() - 1) + " linked"))
                .append("</title>");
        edges(sb, all, placed);
        sb.append("<g class=\"nodes\">");
        for (Placed p : placed.values()) node(sb, p);
        sb.append("</g>");
        legend(sb, placed.values(), top);
        if (hidden > 0) {
            sb.append("<text class=\"more\" x=\"").append(WIDTH - 16).append("\" y=\"").append(Svg.num(top + shownHeight - 12))
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#555\">+").append(hidden).append(" more</text>");
        }
        if (ring1.isEmpty()) {
            sb.append("<text x=\"").append(Svg.num(cx)).append("\" y=\"").append(Svg.num(cy + 60))
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#555\">No links</text>");
        }
        sb.append("</svg>");
        return sb.toString();
    }

    /**
     * Kinds in a fixed order (meetings first), nodes of a kind in the order given; when there are more than
     * {@link #MAX_PER_RING}, the places are dealt out to the kinds in turn, so a hundred participants do not crowd
     * out the one place and the documents.
     */
    private static List<Node> capByKind(Set<Node> nodes) {
        Map<String, List<Node>> groups = new java.util.TreeMap<>(Comparator.comparingInt(NeighbourhoodSvg::kindRank).thenComparing(k -> k));
        for (Node n : nodes) groups.computeIfAbsent(Svg.kind(n.kind()), k -> new ArrayList<>()).add(n);
        Map<String, Integer> quota = new LinkedHashMap<>();
        groups.keySet().forEach(k -> quota.put(k, 0));
        for (int left = Math.min(MAX_PER_RING, nodes.size()); left > 0; ) {
            for (var g : groups.entrySet()) {
                if (left > 0 && quota.get(g.getKey()) < g.getValue().size()) {
                    quota.merge(g.getKey(), 1, Integer::sum);
                    left--;
                }
            }
        }
        List<Node> out = new ArrayList<>();
        groups.forEach((k, list) -> out.addAll(list.subList(0, quota.get(k))));
        return out;
    }

    private static int kindRank(String kind) {
        int i = KIND_ORDER.indexOf(kind);
        return i < 0 ? KIND_ORDER.size() : i;
    }

    /**
     * Spreads the nodes evenly round the ring from the top, clockwise, kinds together (a gap between kinds), each
     * label beside its node on the outer side, moved outwards in 14 px steps while it overlaps a label already placed.
     */
    private static void place(List<Node> nodes, int ring, double r, double cx, double cy, List<Svg.Box> taken, Map<Node, Placed> placed) {
        if (nodes.isEmpty()) return;
        int kindChanges = 0;
        for (int i = 1; i < nodes.size(); i++) if (!Svg.kind(nodes.get(i).kind()).equals(Svg.kind(nodes.get(i - 1).kind()))) kindChanges++;
        double slots = nodes.size() + (kindChanges > 0 ? kindChanges + 1 : 0) * 0.5;
        double step = 2 * Math.PI / slots;
        double at = ring == 2 ? step / 2 : 0; // the second ring sits between the first ring's spokes
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (i > 0 && !Svg.kind(n.kind()).equals(Svg.kind(nodes.get(i - 1).kind()))) at += step * 0.5;
            double angle = -Math.PI / 2 + at;
            double x = cx + r * Math.cos(angle);
            double y = cy + r * Math.sin(angle);
            String label = Svg.fit(Objects.toString(n.label(), ""), LABEL_SIZE, MAX_LABEL_WIDTH);
            double w = Svg.width(label, LABEL_SIZE) + 4;
            double h = LABEL_SIZE + 4;
            double cos = Math.cos(angle);
            String anchor = Math.abs(cos) < 0.25 ? "middle" : cos > 0 ? "start" : "end";
            Svg.Box box = null;
            for (int push = 0; push < 12; push++) {
                double lr = r + 12 + push * 14;
                double lx = cx + lr * Math.cos(angle);
                double ly = cy + lr * Math.sin(angle) + (Math.sin(angle) > 0.25 ? h / 2 : Math.sin(angle) < -0.25 ? -h / 2 : 0);
                double bx = anchor.equals("middle") ? lx - w / 2 : anchor.equals("start") ? lx : lx - w;
                Svg.Box candidate = new Svg.Box(bx, ly - h / 2, w, h);
                box = candidate;
                if (taken.stream().noneMatch(candidate::overlaps)) break;
            }
            taken.add(box);
            placed.put(n, new Placed(n, ring, x, y, label, box, anchor));
            at += step;
        }
    }

    private static void edges(StringBuilder sb, List<Edge> all, Map<Node, Placed> placed) {
        // one line per pair of nodes, its relations joined
        Map<List<Node>, Set<String>> pairs = new LinkedHashMap<>();
        for (Edge e : all) {
            if (!placed.containsKey(e.from()) || !placed.containsKey(e.to())) continue;
            List<Node> key = pairKey(e.from(), e.to());
            Set<String> labels = pairs.computeIfAbsent(key, k -> new LinkedHashSet<>());
            if (e.label() != null && !e.label().isBlank()) labels.add(e.label().strip());
        }
        sb.append("<g class=\"edges\" stroke=\"#9a9a9a\" stroke-width=\"1.2\">");
        Set<String> relationsShown = new java.util.HashSet<>();
        for (var entry : pairs.entrySet()) {
            Placed a = placed.get(entry.getKey().get(0));
            Placed b = placed.get(entry.getKey().get(1));
            String relation = String.join(", ", entry.getValue());
            sb.append("<g class=\"edge\"><title>").append(Svg.esc(Objects.toString(a.node().label(), "") + " — " + relation + " — "
                    + Objects.toString(b.node().label(), ""))).append("</title>");
            sb.append("<line x1=\"").append(Svg.num(a.x())).append("\" y1=\"").append(Svg.num(a.y())).append("\" x2=\"").append(Svg.num(b.x()))
                    .append("\" y2=\"").append(Svg.num(b.y())).append("\"/>");
            // each relation named once, on the first line that has it, two thirds of the way out from the centre
            if (!relation.isEmpty() && relationsShown.add(relation)) {
                Placed inner = a.ring() <= b.ring() ? a : b;
                Placed outer = inner == a ? b : a;
                double lx = inner.x() + (outer.x() - inner.x()) * 0.62;
                double ly = inner.y() + (outer.y() - inner.y()) * 0.62;
                sb.append("<text class=\"relation\" x=\"").append(Svg.num(lx)).append("\" y=\"").append(Svg.num(ly - 3))
                        .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#777\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">")
                        .append(Svg.esc(Svg.fit(relation, 10, 120))).append("</text>");
            }
            sb.append("</g>");
        }
        sb.append("</g>");
    }

    private static List<Node> pairKey(Node a, Node b) {
        int c = Objects.toString(a, "").compareTo(Objects.toString(b, ""));
        return c <= 0 ? List.of(a, b) : List.of(b, a);
    }

    private static void node(StringBuilder sb, Placed p) {
        Node n = p.node();
        String colour = Svg.colour(n.kind());
        boolean centre = p.ring() == 0;
        sb.append("<g class=\"node kind-").append(Svg.kind(n.kind())).append(centre ? " centre" : " ring-" + p.ring()).append("\">");
        Svg.openLink(sb, n.href());
        sb.append("<title>").append(Svg.esc(Objects.toString(n.label(), "") + " (" + Svg.kind(n.kind()) + ")")).append("</title>");
        sb.append("<circle cx=\"").append(Svg.num(p.x())).append("\" cy=\"").append(Svg.num(p.y())).append("\" r=\"").append(centre ? 14 : 8)
                .append("\" fill=\"").append(colour).append("\" stroke=\"#fff\" stroke-width=\"2\"/>");
        double size = centre ? 14 : LABEL_SIZE;
        double tx = p.anchor().equals("middle") ? p.box().x() + p.box().w() / 2 : p.anchor().equals("start") ? p.box().x() : p.box().x() + p.box().w();
        sb.append("<text x=\"").append(Svg.num(tx)).append("\" y=\"").append(Svg.num(p.box().y() + p.box().h() - 4))
                .append("\" text-anchor=\"").append(p.anchor()).append("\" font-size=\"").append(Svg.num(size)).append("\"")
                .append(centre ? " font-weight=\"bold\"" : "").append(" fill=\"#222\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">")
                .append(Svg.esc(p.label())).append("</text>");
        Svg.closeLink(sb, n.href());
        sb.append("</g>");
    }

    private static void legend(StringBuilder sb, java.util.Collection<Placed> nodes, double top) {
        List<String> kinds = nodes.stream().map(p -> Svg.kind(p.node().kind())).distinct()
                .sorted(Comparator.comparingInt(NeighbourhoodSvg::kindRank)).toList();
        sb.append("<g class=\"legend\" font-size=\"11\" fill=\"#333\">");
        double y = top + 18;
        for (String k : kinds) {
            sb.append("<circle cx=\"16\" cy=\"").append(Svg.num(y - 4)).append("\" r=\"5\" fill=\"").append(Svg.colour(k)).append("\"/>")
                    .append("<text x=\"26\" y=\"").append(Svg.num(y)).append("\">").append(Svg.esc(k)).append("</text>");
            y += 16;
        }
        sb.append("</g>");
    }

    private static String empty(String text) {
        return "<svg xmlns=\"" + Svg.NS + "\" class=\"neighbourhood empty\" role=\"img\" viewBox=\"0 0 " + WIDTH + " 40\" width=\"" + WIDTH
                + "\" height=\"40\" font-family=\"" + Svg.FONT_FAMILY + "\"><title>" + text + "</title><text x=\"16\" y=\"24\" font-size=\"12\" fill=\"#555\">"
                + text + "</text></svg>";
    }
}
