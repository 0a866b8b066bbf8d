package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void halvesScoreTheOddAndEvenNumberedGoldFilesApartAndGoldFoldersCombine() throws Exception {
        Path out = dir.resolve("extracted");
        assertEquals(0, Main.run(new String[] {"extract", HOME.resolve("seeds").toString(), "--out", out.toString(), "--summary"},
                new Context(new Home(HOME), new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), false)));
        String whole = cli("eval", "--gold", out.toString(), "--pred", out.toString());

        String halves = cli("eval", "--gold", out.toString(), "--pred", out.toString(), "--halves");
        assertEquals(0, exit, halves);
        assertTrue(halves.contains("== all (5 gold files)\n" + whole), halves);
        assertTrue(halves.contains("== odd (2 gold files numbered odd)"), halves);   // 001, 003
        assertTrue(halves.contains("== even (3 gold files numbered even)"), halves); // 000, 002, 004

        // As JSON, the halves are one object keyed all / odd / even, each the report plain --json prints.
        String json = cli("eval", "--gold", out.toString(), "--pred", out.toString(), "--halves", "--json");
        assertEquals(0, exit, json);
        JsonNode tree = new ObjectMapper().readTree(json);
        List<String> keys = new ArrayList<>();
        tree.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("all", "odd", "even"), keys);
        assertEquals(new ObjectMapper().readTree(cli("eval", "--gold", out.toString(), "--pred", out.toString(), "--json")),
                tree.get("all"));
        // Every seed file has a number, so the halves' true positives add up to the whole's.
        assertEquals(tree.get("all").get("persons").get("tp").asInt(),
                tree.get("odd").get("persons").get("tp").asInt() + tree.get("even").get("persons").get("tp").asInt(), json);

        // The same gold split over two folders scores as one folder; the same name in both is refused.
        Path first = Files.createDirectories(dir.resolve("gold-a"));
        Path second = Files.createDirectories(dir.resolve("gold-b"));
        try (var files = Files.list(out)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Path to = (f.getFileName().toString().startsWith("000") ? first : second).resolve(f.getFileName());
                Files.copy(f, to);
            }
        }
        assertEquals(whole, cli("eval", "--gold", first.toString(), "--gold", second.toString(), "--pred", out.toString()));
        Files.copy(second.resolve(Files.list(second).findFirst().orElseThrow().getFileName()),
                first.resolve(Files.list(second).findFirst().orElseThrow().getFileName()));
        String clash = cli("eval", "--gold", first.toString(), "--gold", second.toString(), "--pred", out.toString());
        assertEquals(1, exit, clash);
        assertTrue(clash.contains("a gold file of the same name is in another gold folder"), clash);
    }

    @Test
    void aGoldFileNumberIsItsLeadingDigits() {
        assertEquals(1, EvalCommand.leadingNumber("001_hdwjc.json").getAsLong());
        assertEquals(38, EvalCommand.leadingNumber("038.json").getAsLong());
        assertTrue(EvalCommand.leadingNumber("seed.json").isEmpty());
    }
}
