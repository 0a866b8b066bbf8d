package org.diplokg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

    @TempDir Path dir;

    @Test
    void walksFoldersSortedSkipsHiddenAndListsEachFileOnce() throws Exception {
        Files.createDirectories(dir.resolve("sub/.cache"));
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve(".DS_Store"), "x");
        Files.writeString(dir.resolve("sub/c.html"), "c");
        Files.writeString(dir.resolve("sub/.cache/d.txt"), "d");

        SourceFiles s = SourceFiles.expand(List.of(dir, dir.resolve("a.txt"), dir.resolve("missing.txt")));

        assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b.txt"), dir.resolve("sub/c.html")), s.files());
        assertEquals(List.of(dir.resolve("missing.txt") + ": no such file or folder"), s.problems());
    }

    @Test
    void keysStartAtTheFolderGivenAndCarryNoMachinePath() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds/sub"));
        Files.writeString(dir.resolve("seeds/a.txt"), "a");
        Files.writeString(dir.resolve("seeds/sub/b.txt"), "b");

        SourceFiles viaFolder = SourceFiles.expand(List.of(dir.resolve("seeds")));
        SourceFiles viaDot = SourceFiles.expand(List.of(dir.resolve("seeds/sub/..")));
        SourceFiles viaFile = SourceFiles.expand(List.of(dir.resolve("seeds/a.txt")));

        List<String> keys = viaFolder.entries().stream().map(SourceFiles.Entry::key).toList();
        assertEquals(List.of("seeds/a.txt", "seeds/sub/b.txt"), keys);
        assertEquals(keys, viaDot.entries().stream().map(SourceFiles.Entry::key).toList());
        assertEquals("seeds/a.txt", viaFile.entries().get(0).key());
        assertEquals(List.of("seeds/"), viaFolder.roots());
        assertTrue(seeds.isAbsolute());
    }

    @Test
    void followsSymbolicLinksReportsLoopsAndSpecialFiles() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real/inner"));
        Files.writeString(real.resolve("x.txt"), "x");
        Files.writeString(dir.resolve("real/y.txt"), "y");
        Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));            // a linked folder as argument
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.writeString(tree.resolve("t.txt"), "t");
        Files.createSymbolicLink(tree.resolve("elsewhere"), dir.resolve("real/inner"));      // a linked subfolder
        Files.createSymbolicLink(tree.resolve("loop"), tree);                            // a loop
        Files.createSymbolicLink(tree.resolve("dangling.txt"), dir.resolve("nothing"));  // a broken link
        boolean fifo = new ProcessBuilder("mkfifo", tree.resolve("pipe").toString()).start().waitFor(10, TimeUnit.SECONDS)
                && Files.exists(tree.resolve("pipe"));

        SourceFiles linked = SourceFiles.expand(List.of(dir.resolve("linked")));
        assertEquals(List.of("real/inner/x.txt", "real/y.txt"), linked.entries().stream().map(SourceFiles.Entry::key).toList());

        SourceFiles s = SourceFiles.expand(List.of(tree));
        assertEquals(List.of("tree/elsewhere/x.txt", "tree/t.txt"), s.entries().stream().map(SourceFiles.Entry::key).toList());
        String skipped = String.join("\n", s.skipped());
        assertTrue(skipped.contains(tree.resolve("loop") + ": skipped: symbolic link loop"), skipped);
        assertTrue(skipped.contains(tree.resolve("dangling.txt") + ": skipped: broken symbolic link"), skipped);
        if (fifo) assertTrue(skipped.contains(tree.resolve("pipe") + ": skipped: not a regular file (FIFO)"), skipped);
        assertEquals(List.of(), s.problems());
    }

    @Test
    void anUnreadableFolderIsReportedAndItsSiblingsAreStillRead() throws Exception {
        Files.createDirectories(dir.resolve("top/open"));
        Path closed = Files.createDirectories(dir.resolve("top/closed"));
        Files.writeString(dir.resolve("top/open/a.txt"), "a");
        Files.writeString(closed.resolve("hidden-by-permissions.txt"), "b");
        Files.writeString(dir.resolve("top/z.txt"), "z");
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(closed), "running as a user who can read any folder (root)");
            SourceFiles s = SourceFiles.expand(List.of(dir.resolve("top")));
            assertEquals(List.of("top/open/a.txt", "top/z.txt"), s.entries().stream().map(SourceFiles.Entry::key).toList());
            assertEquals(List.of(closed + ": cannot list folder: permission denied"), s.problems());
            assertEquals(List.of("top/closed/"), s.incomplete());
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
