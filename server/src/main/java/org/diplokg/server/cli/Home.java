package org.diplokg.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The project folder that default paths are read against: {@code -Ddiplokg.home} (set by the
 * {@code diplokg} launcher to its own folder), else the working directory. Paths the user types are
 * always read against the working directory.
 */
public record Home(Path dir) {

    public static final String PROPERTY = "diplokg.home";

    public static Home detect() {
        String p = System.getProperty(PROPERTY);
        return new Home((p == null || p.isBlank() ? Path.of("") : Path.of(p)).toAbsolutePath().normalize());
    }

    public Path defaultDb() { return dir.resolve("data").resolve("tdb2"); }

    public Path seeds() { return dir.resolve("seeds"); }

    /** The folder users drop their own reference Turtle files into. */
    public Path userReference() { return dir.resolve("ontology").resolve("user"); }

    public Optional<Path> configFile() { return existing(dir.resolve("fuseki-config").resolve("config.ttl")); }

    public Optional<Path> queriesDir() { return existing(dir.resolve("queries")); }

    public Optional<Path> shapesFile() { return existing(dir.resolve("ontology").resolve("shapes.ttl")); }

    /** A path as short as it can be shown: relative to the working directory when below it. */
    public static String show(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    private static Optional<Path> existing(Path p) {
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }
}
