package org.diplokg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
