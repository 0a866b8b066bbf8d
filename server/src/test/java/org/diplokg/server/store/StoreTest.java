package org.diplokg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir Path dir;

    @Test
    void newFolderBecomesAnEmptyDatabase() {
        Path db = dir.resolve("new/db");
        assertFalse(Store.isDatabase(db));
        try (Store s = Store.open(db)) {
            assertTrue(s.isEmpty());
            assertEquals(0, s.quadCount());
        }
        assertTrue(Store.isDatabase(db));
    }

    @Test
    void refusesAFolderOfOtherFiles() throws Exception {
        Files.writeString(dir.resolve("article.txt"), "not a database");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains("no TDB2 database"), e.getMessage());
        assertFalse(Store.isDatabase(dir));
    }
}
