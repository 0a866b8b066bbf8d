package org.diplokg.extractor;

import java.io.InputStream;
import java.util.List;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.reference.ReferenceData;

/** An extractor over the small test reference data (test/resources/reference/mini.ttl), for recogniser tests. */
public final class MiniExtractor {
    private static Extractor extractor;

    private MiniExtractor() {}

    public static synchronized Extractor get() {
        if (extractor == null) {
            Graph g = GraphFactory.createDefaultGraph();
            try (InputStream in = MiniExtractor.class.getResourceAsStream("/reference/mini.ttl")) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            extractor = Extractor.builder().reference(ReferenceData.of(g)).build();
        }
        return extractor;
    }

    /** A plain-text document with the given body, published on {@code published} (ISO, or null). */
    public static SourceDocument document(String body, String published) {
        return new SourceDocument("test/doc.txt", "0".repeat(64), DocumentFormat.TEXT, "UTF-8", null,
                published == null ? null : PartialDate.parseIso(published), published == null ? null : "header",
                null, null, body, List.of());
    }

    public static DocumentKnowledge extract(String body, String published) {
        return get().extract(document(body, published));
    }

    /** The names of a document's entities of one type, in the order the extractor gives them. */
    public static List<String> names(DocumentKnowledge knowledge, EntityType type) {
        return knowledge.entities().stream().filter(e -> e.type() == type).map(ResolvedEntity::name).toList();
    }
}
