package org.diplokg.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a user means by a list of paths: files as given, folders walked recursively, hidden files
 * and folders (name starting with '.') skipped, each file once, in a stable order.
 *
 * @param files    regular files to process, sorted within each argument
 * @param problems one "path: problem" message per argument that could not be used
 */
public record SourceFiles(List<Path> files, List<String> problems) {

    public SourceFiles {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    public static SourceFiles expand(List<Path> paths) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.add(p + ": no such file or folder");
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f) && !hiddenBelow(p, f))
                            .sorted()
                            .forEach(f -> add(f, seen, files));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(p + ": cannot list folder: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                add(p, seen, files);
            } else {
                problems.add(p + ": not a regular file");
            }
        }
        return new SourceFiles(files, problems);
    }

    private static void add(Path f, Set<Path> seen, List<Path> files) {
        if (seen.add(f.toAbsolutePath().normalize())) files.add(f);
    }

    /** Whether any name from below the root down to the file starts with a dot. */
    private static boolean hiddenBelow(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }
}
