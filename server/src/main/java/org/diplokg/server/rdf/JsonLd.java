package org.diplokg.server.rdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * JSON-LD 1.1 in the compact form with the project's prefixes, with language tags as written. Jena 5.6's writer
 * (Titanium's compaction) lower-cases every tag: {@code "区域全面经济伙伴关系协定"@zh-Hans} came out as
 * {@code "@language": "zh-hans"} while TriG and N-Quads keep {@code zh-Hans}. Tags are case-insensitive in BCP 47, but
 * a consumer comparing strings ({@code FILTER(lang(?l) = "zh-Hans")}) would miss every label, so the tags the data
 * holds are put back as written.
 */
public final class JsonLd {
    private JsonLd() {}

    /** {@code "@language": "…"} as the writer prints it; a quote inside a JSON string is escaped, so this never matches inside a value. */
    private static final Pattern LANGUAGE = Pattern.compile("(\"@language\"\\s*:\\s*\")([^\"\\\\]*)(\")");

    public static void write(DatasetGraph dataset, OutputStream out) {
        Map<String, String> tags = tags(dataset.find());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RDFWriter.source(dataset).format(RDFFormat.JSONLD11).output(buffer);
        emit(buffer, tags, out);
    }

    /** One graph (an entity's description, say), with the project's prefixes. */
    public static void write(Graph graph, OutputStream out) {
        Graph copy = GraphFactory.createDefaultGraph();
        Map<String, String> tags = new HashMap<>();
        graph.find().forEachRemaining(t -> {
            copy.add(t);
            note(t.getObject(), tags);
        });
        copy.getPrefixMapping().setNsPrefixes(Prefixes.prefixMapping());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RDFWriter.source(copy).format(RDFFormat.JSONLD11).output(buffer);
        emit(buffer, tags, out);
    }

    private static Map<String, String> tags(Iterator<Quad> quads) {
        Map<String, String> tags = new HashMap<>();
        quads.forEachRemaining(q -> note(q.getObject(), tags));
        return tags;
    }

    private static void note(Node o, Map<String, String> tags) {
        if (o.isLiteral() && !o.getLiteralLanguage().isEmpty()) {
            String lang = o.getLiteralLanguage();
            tags.putIfAbsent(lang.toLowerCase(Locale.ROOT), lang);
        }
    }

    private static void emit(ByteArrayOutputStream buffer, Map<String, String> tags, OutputStream out) {
        try {
            out.write(restoreTags(buffer.toString(StandardCharsets.UTF_8), tags).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces each {@code "@language"} value by the form the data holds (same letters, any case). */
    static String restoreTags(String json, Map<String, String> asWrittenByLowerCase) {
        Matcher m = LANGUAGE.matcher(json);
        StringBuilder sb = new StringBuilder(json.length());
        while (m.find()) {
            String written = asWrittenByLowerCase.getOrDefault(m.group(2).toLowerCase(Locale.ROOT), m.group(2));
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + written + m.group(3)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
