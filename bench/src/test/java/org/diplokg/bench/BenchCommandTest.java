package org.diplokg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.diplokg.server.cli.Context;
import org.diplokg.server.cli.Home;
import org.diplokg.server.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} as the command line finds it (through META-INF/services): listed, with help and usage errors. */
class BenchCommandTest {

    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Context ctx = new Context(new Home(dir), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return Main.run(args, ctx);
    }

    @Test
    void theCommandLineListsBenchAndShowsItsHelp() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("  bench "));
        out.reset();
        assertEquals(0, run("bench", "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.startsWith("usage: diplokg bench [--docs N]"), help);
        assertTrue(help.contains("--heap-check"), help);
    }

    @Test
    void usageErrorsExit2AndWriteNothing() {
        assertEquals(2, run("bench", "extra"));
        assertEquals(2, run("bench", "--seed", "x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--seed wants a whole number"));
        assertEquals(2, run("bench", "--docs", "0"));
        assertFalse(dir.resolve("data").toFile().exists(), "a usage error must not create the output folder");
    }
}
