package org.diplokg.server.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplokg.extractor.vocab.Vocab;

/**
 * Copies of one story: documents with different bytes (another outlet's page, another template) whose bodies are
 * nearly the same text. Each document graph keeps a MinHash sketch of its body ({@code dkg:storySketch}: the
 * minimum of {@value #HASHES} 32-bit hash functions over the body's {@value #SHINGLE}-character shingles, whitespace
 * removed); documents whose sketches agree on at least {@value #THRESHOLD_PERCENT} % of the minima (an estimate of
 * the Jaccard similarity of their shingle sets) form one story: each member is linked both ways with
 * {@code dkg:sameStoryAs} to the story's first document (by IRI), in the graph {@link #GRAPH}, which is recomputed after every ingest that changed documents (candidates through LSH bands, so
 * the work grows with the number of documents, not its square).
 */
public final class StoryLinks {

    public static final String GRAPH = Vocab.BASE + "graph/stories";
    static final Node SKETCH = Vocab.dkg("storySketch");
    static final Node SAME_STORY = Vocab.dkg("sameStoryAs");

    static final int HASHES = 64;
    static final int SHINGLE = 5;
    static final int BANDS = 16;
    static final int THRESHOLD_PERCENT = 80;
    /** Bodies with fewer shingles than this are too short to call two of them one story. */
    static final int MIN_SHINGLES = 40;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(x);
        }
    }

    private StoryLinks() {}

    /** The MinHash sketch of a body, or empty when the body is too short. */
    public static Optional<long[]> sketch(String body) {
        StringBuilder sb = new StringBuilder(body.length());
        body.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(sb::appendCodePoint);
        String t = sb.toString();
        if (t.length() - SHINGLE + 1 < MIN_SHINGLES) return Optional.empty();
        long[] min = new long[HASHES];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= t.length(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE; j++) h = 31 * h + t.charAt(j);
            for (int k = 0; k < HASHES; k++) {
                long v = mix(h ^ SEEDS[k]) >>> 32;
                if (v < min[k]) min[k] = v;
            }
        }
        return Optional.of(min);
    }

    /** The quad recording a document's sketch in its own graph. */
    static Optional<Quad> sketchQuad(String docIri, String body) {
        return sketch(body).map(s -> {
            Node g = NodeFactory.createURI(docIri);
            return Quad.create(g, g, SKETCH, NodeFactory.createLiteralString(encode(s)));
        });
    }

    /** The estimated Jaccard similarity of two sketches' shingle sets, 0–1. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
        return same / (double) HASHES;
    }

    static String encode(long[] sketch) {
        StringBuilder sb = new StringBuilder(HASHES * 8);
        for (long v : sketch) sb.append(String.format("%08x", v));
        return sb.toString();
    }

    static long[] decode(String s) {
        if (s.length() != HASHES * 8) return null;
        long[] v = new long[HASHES];
        try {
            for (int i = 0; i < HASHES; i++) v[i] = Long.parseLong(s, i * 8, i * 8 + 8, 16);
        } catch (NumberFormatException e) {
            return null;
        }
        return v;
    }

    /**
     * Copies of one story, as links from each group's first document (by IRI) to each other member (a &lt; b).
     * Groups, not every pair: a story reposted n times is n - 1 links, where all pairs were n(n-1)/2 (at 10,000
     * files of 43 stories that was 2.3 M quads, 42 % of the store, and 38 % of the ingest's CPU). Within an LSH
     * bucket each member is compared with the bucket's first member only, so a bucket of n costs n comparisons;
     * the 16 bands give every member several chances to meet its group.
     */
    static Map<String, Set<String>> links(Map<String, long[]> sketches) {
        int rows = HASHES / BANDS;
        Map<String, String> parent = new HashMap<>();
        for (int b = 0; b < BANDS; b++) {
            Map<List<Long>, List<String>> buckets = new HashMap<>();
            for (Map.Entry<String, long[]> e : sketches.entrySet()) {
                List<Long> key = new ArrayList<>(rows);
                for (int r = 0; r < rows; r++) key.add(e.getValue()[b * rows + r]);
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getKey());
            }
            for (List<String> bucket : buckets.values()) {
                if (bucket.size() < 2) continue;
                String leader = bucket.get(0);
                for (int i = 1; i < bucket.size(); i++) {
                    String x = bucket.get(i);
                    if (find(parent, x).equals(find(parent, leader))) continue;
                    if (similarity(sketches.get(leader), sketches.get(x)) * 100 >= THRESHOLD_PERCENT) union(parent, leader, x);
                }
            }
        }
        Map<String, TreeSet<String>> groups = new HashMap<>();
        for (String doc : parent.keySet()) groups.computeIfAbsent(find(parent, doc), k -> new TreeSet<>()).add(doc);
        Map<String, Set<String>> out = new TreeMap<>();
        for (TreeSet<String> group : groups.values()) {
            if (group.size() < 2) continue;
            String first = group.first();
            out.put(first, new TreeSet<>(group.tailSet(first, false)));
        }
        return out;
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        for (String p = parent.get(root); p != null && !p.equals(root); p = parent.get(root)) root = p;
        for (String y = x; !y.equals(root); ) { // path compression
            String next = parent.get(y);
            parent.put(y, root);
            y = next;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        parent.putIfAbsent(ra, ra);
        parent.putIfAbsent(rb, rb);
        if (!ra.equals(rb)) parent.put(rb, ra);
    }

    /** Recomputes {@link #GRAPH} from the sketches in the store; returns the number of links. */
    public static int refresh(Store store) {
        DatasetGraph dsg = store.dataset();
        Node graph = NodeFactory.createURI(GRAPH);
        Map<String, long[]> sketches = Txn.calculateRead(dsg, () -> {
            Map<String, long[]> m = new HashMap<>();
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, SKETCH, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getGraph().isURI() && q.getGraph().equals(q.getSubject()) && q.getObject().isLiteral()) {
                    long[] s = decode(q.getObject().getLiteralLexicalForm());
                    if (s != null) m.put(q.getGraph().getURI(), s);
                }
            }
            return m;
        });
        List<Quad> quads = linkQuads(sketches);
        Txn.executeWrite(dsg, () -> {
            Set<Quad> existing = new HashSet<>();
            dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(existing::add);
            if (existing.equals(new HashSet<>(quads))) return;
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            quads.forEach(dsg::add);
        });
        return quads.size() / 2;
    }

    /** The quads of {@link #GRAPH} for these sketches: each link both ways. */
    static List<Quad> linkQuads(Map<String, long[]> sketches) {
        Node graph = NodeFactory.createURI(GRAPH);
        List<Quad> quads = new ArrayList<>();
        links(sketches).forEach((a, bs) -> bs.forEach(b -> {
            Node na = NodeFactory.createURI(a), nb = NodeFactory.createURI(b);
            quads.add(Quad.create(graph, na, SAME_STORY, nb));
            quads.add(Quad.create(graph, nb, SAME_STORY, na));
        }));
        return quads;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
