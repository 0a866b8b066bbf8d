package org.diplokg.server.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/** The formats {@code export} writes. Turtle holds one graph; the others hold the named graphs too. */
public enum ExportFormat {
    TURTLE("turtle", Lang.TURTLE, false),
    TRIG("trig", Lang.TRIG, true),
    NQUADS("nquads", Lang.NQUADS, true),
    JSONLD("jsonld", Lang.JSONLD, true);

    private final String label;
    private final Lang lang;
    private final boolean dataset;

    ExportFormat(String label, Lang lang, boolean dataset) {
        this.label = label;
        this.lang = lang;
        this.dataset = dataset;
    }

    public String label() { return label; }

    public Lang lang() { return lang; }

    /** Whether the format keeps named graphs (otherwise it gets the union graph). */
    public boolean keepsGraphs() { return dataset; }

    public static Optional<ExportFormat> find(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "");
        return Arrays.stream(values())
                .filter(f -> f.label.equals(n) || (f == TURTLE && n.equals("ttl")) || (f == NQUADS && n.equals("nq")))
                .findFirst();
    }
}
