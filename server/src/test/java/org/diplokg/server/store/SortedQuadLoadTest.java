package org.diplokg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sorted bulk load stores what adding the quads one by one stores, whatever the buffer size, and every quad
 * index agrees (each lookup below is answered by another index).
 */
class SortedQuadLoadTest {

    @TempDir Path dir;

    /** Quads in 40 graphs over shared and new nodes, with repeats, integers (inlined ids) and a default-graph quad. */
    private static List<Quad> quads() {
        Random r = new Random(12);
        List<Quad> out = new ArrayList<>();
        for (int g = 0; g < 40; g++) {
            Node graph = NodeFactory.createURI("https://w3id.org/diplokg/doc/" + g);
            for (int i = 0; i < 150; i++) {
                Node s = r.nextBoolean() ? NodeFactory.createURI("https://w3id.org/diplokg/id/e/" + r.nextInt(60))
                        : NodeFactory.createURI(graph.getURI() + "#p" + i);
                Node p = NodeFactory.createURI("https://example.org/p" + r.nextInt(7));
                Node o = switch (r.nextInt(3)) {
                    case 0 -> NodeFactory.createLiteralString("名" + r.nextInt(90));
                    case 1 -> NodeFactory.createLiteralDT(Integer.toString(r.nextInt(5000)), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
                    default -> NodeFactory.createURI("https://w3id.org/diplokg/id/e/" + r.nextInt(60));
                };
                out.add(Quad.create(graph, s, p, o));
                if (i % 37 == 0) out.add(Quad.create(graph, s, p, o)); // a repeat
            }
        }
        out.add(Quad.create(Quad.defaultGraphIRI, NodeFactory.createURI("https://example.org/s"),
                NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("default")));
        return out;
    }

    private static DatasetGraph tdb(Path folder) {
        return DatabaseMgr.connectDatasetGraph(folder.toString());
    }

    /** Every quad, read back through each quad index (by graph, subject, predicate, object) and the triple table. */
    private static List<String> contents(DatasetGraph dsg, List<Quad> probes) {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            Set<String> all = new TreeSet<>();
            dsg.find().forEachRemaining(q -> all.add(q.toString()));
            out.addAll(all);
            for (Quad q : probes) {
                out.add("g " + sorted(dsg.find(q.getGraph(), Node.ANY, Node.ANY, Node.ANY)));
                out.add("s " + sorted(dsg.find(Node.ANY, q.getSubject(), Node.ANY, Node.ANY)));
                out.add("p " + sorted(dsg.find(Node.ANY, Node.ANY, q.getPredicate(), Node.ANY)));
                out.add("o " + sorted(dsg.find(Node.ANY, Node.ANY, Node.ANY, q.getObject())));
                out.add("gp " + sorted(dsg.find(q.getGraph(), Node.ANY, q.getPredicate(), Node.ANY)));
                out.add("go " + sorted(dsg.find(q.getGraph(), Node.ANY, Node.ANY, q.getObject())));
            }
            return out;
        });
    }

    private static Set<String> sorted(Iterator<Quad> it) {
        Set<String> s = new TreeSet<>();
        it.forEachRemaining(q -> s.add(q.toString()));
        return s;
    }

    @Test
    void aSortedLoadStoresWhatAddingOneByOneStoresWhateverTheBuffer() {
        List<Quad> quads = quads();
        List<Quad> probes = List.of(quads.get(0), quads.get(777), quads.get(2000), quads.get(quads.size() - 2));
        DatasetGraph plain = tdb(dir.resolve("plain"));
        Txn.executeWrite(plain, () -> quads.forEach(plain::add));
        List<String> expected = contents(plain, probes);
        TDBInternal.expel(plain);
        for (int buffer : List.of(1, 97, 1_000_000)) {
            DatasetGraph sorted = tdb(dir.resolve("sorted-" + buffer));
            SortedQuadLoad load = SortedQuadLoad.begin(sorted, buffer);
            quads.forEach(load::quad);
            load.commit();
            assertEquals(expected, contents(sorted, probes), "buffer of " + buffer + " quads");
            TDBInternal.expel(sorted);
        }
        assertTrue(expected.size() > 5_000, "the load is not trivial: " + expected.size());
    }
}
