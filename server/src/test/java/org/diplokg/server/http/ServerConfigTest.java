package org.diplokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {

    @TempDir Path dir;

    @Test
    void dbOptionReplacesTheConfiguredLocation() {
        ServerConfig c = ServerConfig.load(Path.of("..", "fuseki-config", "config.ttl"));
        assertEquals(List.of("data/tdb2"), c.locations());
        Path used = c.resolveLocation(dir.resolve("elsewhere"), Path.of("/ignored"));
        assertEquals(dir.resolve("elsewhere").toAbsolutePath(), used);
        assertEquals(List.of(used.toString()), c.locations());
    }

    @Test
    void relativeLocationIsReadAgainstTheProjectFolder() {
        ServerConfig c = ServerConfig.load(null); // the copy in the jar / classpath
        assertEquals(dir.resolve("data/tdb2"), c.resolveLocation(null, dir));
    }

    @Test
    void passwordFileIsTakenOutOfTheConfiguration() throws Exception {
        Path f = dir.resolve("config.ttl");
        Files.writeString(f, Files.readString(Path.of("..", "fuseki-config", "config.ttl"))
                .replace("# fuseki:passwd \"data/passwd\" ;", "fuseki:passwd \"conf/users\" ;"));
        ServerConfig c = ServerConfig.load(f);
        assertEquals(dir.resolve("conf/users"), c.takePasswordFile(dir).orElseThrow());
        assertTrue(c.takePasswordFile(dir).isEmpty());
    }

    @Test
    void limitsComeFromTheConfigurationWithDefaults() throws Exception {
        assertEquals(new ServerLimits(1 << 20, 256L << 20, 1 << 20), ServerConfig.load(Path.of("..", "fuseki-config", "config.ttl")).limits());
        Path f = dir.resolve("config.ttl");
        Files.writeString(f, Files.readString(Path.of("..", "fuseki-config", "config.ttl"))
                .replaceAll(":maxQueryBytes \\d+ ;", ":maxQueryBytes 5000 ;").replaceAll(":resultBufferBytes \\d+ ;", ""));
        ServerLimits l = ServerConfig.load(f).limits();
        assertEquals(5000, l.maxQueryBytes());
        assertEquals(ServerLimits.DEFAULT.resultBufferBytes(), l.resultBufferBytes());
    }
}
