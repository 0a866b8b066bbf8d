package org.diplokg.server.store;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a user means by a list of paths: files as given, folders walked recursively (symbolic links
 * followed, loops detected), hidden files and folders (name starting with '.') skipped, each file once, in a
 * stable order. Every other entry left out is reported with its reason (special files such as FIFOs, broken
 * links, loops, unreadable files and folders); one unreadable folder never hides its siblings.
 * <p>
 * Each file gets a key, its identity as a path: the name of the folder it was found in as given (for a folder
 * argument, that folder's own name; for a file argument, its parent folder's name) followed by the path below
 * it, with '/' separators. {@code ingest seeds} and {@code cd seeds; ingest .} give the same keys
 * ({@code seeds/a.html}), and no machine path appears in them.
 *
 * @param entries    files to process with their keys, sorted within each argument
 * @param problems   one "path: problem" message per argument or entry that could not be used (unreadable, missing)
 * @param skipped    one "path: skipped: reason" per entry deliberately left out (special file, loop, broken link)
 * @param roots      key prefixes ({@code name/}) of the folder arguments that were walked
 * @param incomplete key prefixes of folders that could not be listed (their files are not known to be gone)
 */
public record SourceFiles(List<Entry> entries, List<String> problems, List<String> skipped, List<String> roots,
                          List<String> incomplete) {

    /** A file and its key. */
    public record Entry(Path file, String key) {}

    public SourceFiles {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
        roots = List.copyOf(roots);
        incomplete = List.copyOf(incomplete);
    }

    public List<Path> files() {
        return entries.stream().map(Entry::file).toList();
    }

    public static SourceFiles expand(List<Path> paths) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> roots = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.add(p + (Files.isSymbolicLink(p) ? ": broken symbolic link" : ": no such file or folder"));
            } else if (Files.isDirectory(p)) {
                String rootName = nameOf(p);
                roots.add(rootName.isEmpty() ? "" : rootName + "/");
                List<Entry> found = new ArrayList<>();
                walk(p, rootName, found, problems, skipped, incomplete);
                found.sort(Comparator.comparing(Entry::file));
                for (Entry e : found) add(e, seen, entries);
            } else if (Files.isRegularFile(p)) {
                if (!Files.isReadable(p)) {
                    problems.add(p + ": cannot read file: permission denied");
                } else {
                    add(new Entry(p, keyFor(p)), seen, entries);
                }
            } else {
                problems.add(p + ": not a regular file (" + kind(p) + ")");
            }
        }
        return new SourceFiles(entries, problems, skipped, roots, incomplete);
    }

    /** The key of a file given on its own: its parent folder's name and its file name. */
    public static String keyFor(Path file) {
        return org.diplokg.extractor.read.DocumentReader.keyFor(file);
    }

    /** The folder's own name, as the file system resolves it ({@code .} → the working folder's name). */
    static String nameOf(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        try {
            abs = dir.toRealPath();
        } catch (IOException e) {
            // keep the normalised path
        }
        Path name = abs.getFileName();
        return name == null ? "" : name.toString();
    }

    private static void walk(Path root, String rootName, List<Entry> found, List<String> problems,
                             List<String> skipped, List<String> incomplete) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (!d.equals(root) && d.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (f.getFileName().toString().startsWith(".")) return FileVisitResult.CONTINUE;
                    if (attrs.isRegularFile()) {
                        if (Files.isReadable(f)) {
                            found.add(new Entry(f, key(root, rootName, f)));
                        } else {
                            problems.add(f + ": cannot read file: permission denied");
                        }
                    } else if (attrs.isSymbolicLink()) {
                        skipped.add(f + ": skipped: broken symbolic link");
                    } else {
                        skipped.add(f + ": skipped: not a regular file (" + kind(f) + ")");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    if (f.getFileName() != null && f.getFileName().toString().startsWith(".") && !f.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (e instanceof FileSystemLoopException) {
                        skipped.add(f + ": skipped: symbolic link loop (leads back to a folder above it)");
                    } else {
                        problems.add(f + ": cannot list folder: " + reason(e));
                        incomplete.add(key(root, rootName, f) + "/");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (e != null) {
                        problems.add(d + ": cannot list folder completely: " + reason(e));
                        incomplete.add(key(root, rootName, d) + "/");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(root + ": cannot list folder: " + reason(e));
            incomplete.add(rootName + "/");
        }
    }

    private static String key(Path root, String rootName, Path f) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        if (rootName.isEmpty()) return rel;
        return rel.isEmpty() ? rootName : rootName + "/" + rel;
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static String kind(Path f) {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isSymbolicLink()) return "symbolic link";
            if (a.isOther()) {
                Object type = Files.getAttribute(f, "unix:mode", LinkOption.NOFOLLOW_LINKS);
                int mode = type instanceof Integer i ? i : 0;
                return switch (mode & 0170000) {
                    case 0010000 -> "FIFO";
                    case 0140000 -> "socket";
                    case 0020000 -> "character device";
                    case 0060000 -> "block device";
                    default -> "special file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // fall through
        }
        return "special file";
    }

    private static void add(Entry e, Set<Path> seen, List<Entry> entries) {
        Path id;
        try {
            id = e.file().toRealPath();
        } catch (IOException ex) {
            id = e.file().toAbsolutePath().normalize();
        }
        if (seen.add(id)) entries.add(e);
    }
}
