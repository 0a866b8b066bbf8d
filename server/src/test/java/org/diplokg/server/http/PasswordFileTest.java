package org.diplokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordFileTest {

    @TempDir Path dir;

    @Test
    void createsARandomAdminPasswordReadableByTheOwnerOnly() throws Exception {
        Path a = dir.resolve("a/passwd");
        Path b = dir.resolve("b/passwd");
        assertTrue(PasswordFile.ensure(a));
        assertTrue(PasswordFile.ensure(b));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
        String pa = PasswordFile.findPassword(a, "admin").orElseThrow();
        assertEquals(20, pa.length());
        assertNotEquals(pa, PasswordFile.findPassword(b, "admin").orElseThrow());
    }

    @Test
    void keepsAnExistingFile() throws Exception {
        Path f = dir.resolve("passwd");
        Files.writeString(f, "admin: chosen\nreader: MD5:0123\n");
        assertFalse(PasswordFile.ensure(f));
        assertEquals("chosen", PasswordFile.findPassword(f, "admin").orElseThrow());
        assertTrue(PasswordFile.findPassword(f, "reader").isEmpty(), "hashed passwords cannot be read back");
        assertTrue(PasswordFile.findPassword(f, "nobody").isEmpty());
    }
}
