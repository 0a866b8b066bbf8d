package org.diplokg.server.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How {@code query} prints its results. */
public enum OutputFormat {
    TABLE, CSV, TSV, JSON;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<OutputFormat> find(String name) {
        return Arrays.stream(values()).filter(f -> f.label().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
