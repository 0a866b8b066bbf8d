package org.diplokg.server.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplokg.extractor.vocab.Vocab;

/**
 * Project IRIs and the local paths that serve them: {@code https://w3id.org/diplokg/id/agreement/rcep} at
 * {@code /id/agreement/rcep}, documents at {@code /doc/<hex>}. Other IRIs have a page at {@code /page?iri=…}.
 */
final class LocalPaths {
    private LocalPaths() {}

    /** Where a page for the IRI is served (a fragment stays a fragment: {@code /doc/…#statement-1}). */
    static String href(String iri) {
        if (hasOwnPath(iri)) {
            return "/" + iri.substring(Vocab.BASE.length());
        }
        return "/page?iri=" + Html.enc(iri);
    }

    /**
     * Whether the IRI is served at its own path. Not when its key holds an encoded '/' or '%' ({@code %2F},
     * {@code %25}): Jetty answers such paths 400 (ambiguous; allowing them would weaken the checks on /$/), so they
     * are served at {@code /page?iri=…}.
     */
    static boolean hasOwnPath(String iri) {
        if (!iri.startsWith(Vocab.BASE + "id/") && !iri.startsWith(Vocab.BASE + "doc/")) return false;
        String local = iri.substring(Vocab.BASE.length()).toUpperCase(java.util.Locale.ROOT);
        return !local.contains("%2F") && !local.contains("%25");
    }

    /**
     * The IRIs a request path may name, most likely first. Minted keys are percent-encoded UTF-8
     * ({@link Vocab#encode}: everything but letters, digits and {@code .-*_}), so a path sent with the
     * characters themselves, encoded differently, or encoded in lower case is brought to that form; the path
     * exactly as sent is tried too, for IRIs made elsewhere (user reference data).
     */
    static List<String> candidates(String rawPath) {
        Set<String> out = new LinkedHashSet<>();
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/", -1)) segments.add(Vocab.encode(decode(s)));
        out.add(Vocab.BASE + String.join("/", segments));
        out.add(Vocab.BASE + path);
        return List.copyOf(out);
    }

    /** Percent-decoding as UTF-8 that leaves characters already decoded, and malformed escapes, as they are. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && hex(s, i + 1) >= 0) {
                bytes.write(hex(s, i + 1));
                i += 3;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
            i++;
        }
        if (bytes.size() > 0) out.append(bytes.toString(StandardCharsets.UTF_8));
        return out.toString();
    }

    private static int hex(String s, int at) {
        if (at + 1 >= s.length()) return -1;
        int hi = Character.digit(s.charAt(at), 16), lo = Character.digit(s.charAt(at + 1), 16);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }

    /** An IRI as a person reads it: percent-encoded UTF-8 shown as its characters. */
    static String readable(String iri) {
        int cut = iri.startsWith(Vocab.BASE) ? Vocab.BASE.length() : 0;
        return iri.substring(0, cut) + decode(iri.substring(cut));
    }
}
