package org.diplokg.extractor;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's seeds/ folder from a module directory (tests run in extractor/ or server/). */
public final class Seeds {
    private Seeds() {}

    public static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("seeds/000_4e2cc9597a6d0456.txt"))) return dir.resolve("seeds");
        }
        throw new IllegalStateException("seeds/ not found above " + Path.of("").toAbsolutePath());
    }

    /** One shipped extractor for all tests of a run: reference data and HanLP load once. */
    private static Extractor extractor;

    public static synchronized Extractor extractor() {
        if (extractor == null) extractor = Extractor.builder().build();
        return extractor;
    }

    /** The JSON summary of {@code k}, against the shipped reference data. */
    public static String summary(DocumentKnowledge k) {
        return org.diplokg.extractor.summary.JsonSummary.of(k, extractor().reference()).toJson();
    }
}
