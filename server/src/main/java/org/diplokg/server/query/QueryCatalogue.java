package org.diplokg.server.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The named queries: the {@code queries/} folder when there is one, else the copy shipped inside the
 * jar, so {@code query NAME} works from anywhere.
 */
public final class QueryCatalogue {

    static final String RESOURCE_DIR = "diplokg/queries/";

    private final List<NamedQuery> queries;

    private QueryCatalogue(List<NamedQuery> queries) {
        this.queries = queries.stream().sorted(Comparator.comparing(NamedQuery::name)).toList();
    }

    public static QueryCatalogue fromFolder(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<NamedQuery> list = new ArrayList<>();
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".rq")).toList()) {
                list.add(NamedQuery.parse(nameOf(f.getFileName().toString()), Files.readString(f, StandardCharsets.UTF_8)));
            }
            return new QueryCatalogue(list);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot read the queries: " + e.getMessage(), e);
        }
    }

    /** The queries packed into the jar (or into target/classes when run from the build). */
    public static QueryCatalogue fromClasspath() {
        List<NamedQuery> list = new ArrayList<>();
        for (String f : shippedFileNames()) {
            resource(RESOURCE_DIR + f).ifPresent(text -> list.add(NamedQuery.parse(nameOf(f), text)));
        }
        return new QueryCatalogue(list);
    }

    private static List<String> shippedFileNames() {
        try {
            Path codeSource = Path.of(QueryCatalogue.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(codeSource)) {
                Path dir = codeSource.resolve(RESOURCE_DIR);
                if (!Files.isDirectory(dir)) return List.of();
                try (Stream<Path> files = Files.list(dir)) {
                    return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq")).toList();
                }
            }
            try (JarFile jar = new JarFile(codeSource.toFile())) {
                return jar.stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(RESOURCE_DIR) && n.endsWith(".rq") && n.indexOf('/', RESOURCE_DIR.length()) < 0)
                        .map(n -> n.substring(RESOURCE_DIR.length()))
                        .toList();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return List.of();
        }
    }

    /** The folder if it exists, else the shipped copy. */
    public static QueryCatalogue load(Optional<Path> folder) {
        return folder.filter(Files::isDirectory).map(QueryCatalogue::fromFolder).orElseGet(QueryCatalogue::fromClasspath);
    }

    public List<NamedQuery> all() { return queries; }

    public Optional<NamedQuery> find(String name) {
        String n = nameOf(name);
        return queries.stream().filter(q -> q.name().equals(n)).findFirst();
    }

    private static String nameOf(String fileName) {
        return fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = QueryCatalogue.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
