package org.diplokg.server.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * A hash of a set of triples that does not depend on the order they were emitted in, so a graph is
 * reloaded only when its content really changed. Blank nodes all hash alike (their labels are not
 * stable across parses); that can miss a change that only rewires blank nodes, which reference
 * data does not do.
 */
public final class ContentHash {
    private ContentHash() {}

    public static String of(Collection<Quad> quads) {
        String[] lines = new String[quads.size()];
        int i = 0;
        for (Quad q : quads) {
            lines[i++] = str(q.getSubject()) + ' ' + str(q.getPredicate()) + ' ' + str(q.getObject());
        }
        java.util.Arrays.sort(lines);
        MessageDigest md = sha256();
        for (String line : lines) {
            md.update(line.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String str(Node n) {
        return n.isBlank() ? "_:b" : NodeFmtLib.strNT(n);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
