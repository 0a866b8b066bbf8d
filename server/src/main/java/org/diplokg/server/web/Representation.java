package org.diplokg.server.web;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/**
 * The forms an IRI is served in, chosen by {@code ?format=} (wins) or the {@code Accept} header with its
 * q-values; HTML when the client states no preference, as a browser's {@code * / *} does.
 */
enum Representation {
    HTML("text/html", null, "html"),
    TURTLE("text/turtle", Lang.TURTLE, "turtle", "ttl"),
    JSONLD("application/ld+json", Lang.JSONLD, "jsonld", "json-ld", "json"),
    NTRIPLES("application/n-triples", Lang.NTRIPLES, "ntriples", "nt", "n-triples");

    private final String mediaType;
    private final Lang lang;
    private final String[] names;

    Representation(String mediaType, Lang lang, String... names) {
        this.mediaType = mediaType;
        this.lang = lang;
        this.names = names;
    }

    String mediaType() { return mediaType; }

    Lang lang() { return lang; }

    String formatName() { return names[0]; }

    static Optional<Representation> byName(String format) {
        String f = format.strip().toLowerCase(Locale.ROOT);
        for (Representation r : values()) {
            for (String n : r.names) if (n.equals(f)) return Optional.of(r);
            if (r.mediaType.equals(f)) return Optional.of(r);
        }
        return Optional.empty();
    }

    /** The best match for an Accept header; empty when it accepts none of them (answered 406). */
    static Optional<Representation> negotiate(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(HTML);
        Representation best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (String part : accept.split(",")) {
            String[] fields = part.strip().split(";");
            String type = fields[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < fields.length; i++) {
                String f = fields[i].strip();
                if (f.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(f.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q <= 0) continue;
            Representation r = match(type);
            if (r == null) continue;
            int specificity = type.equals("*/*") ? 0 : type.endsWith("/*") ? 1 : 2;
            if (q > bestQ || q == bestQ && specificity > bestSpecificity) {
                best = r;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Representation match(String type) {
        return switch (type) {
            case "text/html", "application/xhtml+xml", "*/*", "text/*" -> HTML;
            case "text/turtle", "application/x-turtle" -> TURTLE;
            case "application/ld+json", "application/json" -> JSONLD;
            case "application/n-triples", "text/plain" -> NTRIPLES;
            default -> null;
        };
    }
}
