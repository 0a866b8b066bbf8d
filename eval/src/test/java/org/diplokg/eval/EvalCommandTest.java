package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** {@code eval} as the command line finds it (through META-INF/services) and runs it, on the five seeds. */
class EvalCommandTest {

    static final Path HOME = Path.of("..").toAbsolutePath().normalize();

    @TempDir Path dir;

    private int exit;

    private String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context ctx = new Context(new Home(HOME), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        exit = Main.run(args, ctx);
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCommandLineListsEvalAndShowsItsHelp() {
        assertTrue(cli("--help").contains("  eval "));
        String help = cli("eval", "--help");
        assertEquals(0, exit);
        assertTrue(help.startsWith("usage: diplokg eval --gold DIR"), help);
        assertTrue(help.contains("-h, --help"), help);
    }

    @Test
    void usageErrorsExit2() {
        cli("eval", "x");
        assertEquals(2, exit);
        String printed = cli("eval", "--gold", dir.toString());
        assertEquals(2, exit);
        assertTrue(printed.contains("give either documents to extract (PATH…) or --pred DIR"), printed);
    }

    @Test
    void summariesScoredAgainstThemselvesAndAgainstAFreshExtractionAgree() {
        Path out = dir.resolve("extracted");
        String seeds = HOME.resolve("seeds").toString();
        String printed = cli("extract", seeds, "--out", out.toString(), "--summary");
        assertEquals(0, exit, printed);

        String scored = cli("eval", "--gold", out.toString(), "--pred", out.toString());
        assertEquals(0, exit, scored);
        assertTrue(scored.lines().anyMatch(l -> l.startsWith("agreements ") && l.contains("F1=1.000")), scored);

        String extractedAgain = cli("eval", "--gold", out.toString(), seeds, "--threads", "1");
        assertEquals(0, exit, extractedAgain);
        assertEquals(scored, extractedAgain);
    }
}
