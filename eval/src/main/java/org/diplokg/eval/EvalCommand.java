package org.diplokg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.diplokg.server.cli.Command;
import org.diplokg.server.cli.Context;
import org.diplokg.server.cli.ExtractCommand;
import org.diplokg.server.cli.ExtractorSetup;
import org.diplokg.server.cli.Options;
import org.diplokg.server.cli.UsageException;

/** {@code eval}: extraction scored against gold summaries. */
public final class EvalCommand implements Command {

    @Override public String name() { return "eval"; }

    @Override public String synopsis() { return "eval --gold DIR… (PATH… | --pred DIR) [--halves] [--per-doc] [--json] [--threads N]"; }

    @Override public String summary() { return "Score extraction against gold JSON summaries: P/R/F1 per type, as score.py computes them."; }

    @Override
    public String details() {
        return """
                Extracts the PATHs into a temporary folder (or reads summaries already written with
                `extract --summary` from --pred DIR) and prints the scorer's report: the same figures
                as shared/eval/score.py on the same predictions. A gold file without a prediction
                counts as an empty prediction. --halves also scores the gold files with an odd
                leading number and those with an even one apart (the development set's two halves:
                a rule derived from one half is kept only when it also helps the other).""";
    }

    @Override
    public Options options() {
        return new Options()
                .repeatable("gold", "DIR", "folder of gold JSON summaries (required; repeatable)")
                .value("pred", "DIR", "folder of predicted summaries, instead of extracting PATHs")
                .flag("halves", "also score the odd- and the even-numbered gold files apart")
                .flag("per-doc", "also print F1 per document")
                .flag("json", "print the report as JSON")
                .value("threads", "N", "extraction threads (default: all cores)")
                .repeatable("reference", "DIR", "extra folder of reference Turtle files");
    }

    @Override
    public int run(Options.ParsedArgs args, Context ctx) throws Exception {
        if (args.all("gold").isEmpty()) throw new UsageException("--gold DIR is required");
        List<Path> gold = args.all("gold").stream().map(Path::of).toList();
        if (args.find("pred").isPresent() == !args.positionals().isEmpty()) {
            throw new UsageException("give either documents to extract (PATH…) or --pred DIR");
        }
        for (Path dir : gold) {
            if (!Files.isDirectory(dir)) {
                ctx.err().println(dir + ": no such folder");
                return 1;
            }
        }
        Printing printing = new Printing(args.flag("halves"), args.flag("per-doc"), args.flag("json"));
        if (args.find("pred").isPresent()) return score(gold, Path.of(args.find("pred").get()), printing, ctx);
        Path tmp = Files.createTempDirectory("diplokg-eval");
        try {
            int threads = args.intValue("threads", Runtime.getRuntime().availableProcessors(), 1, 1024);
            ExtractCommand.Result r = ExtractCommand.extract(args.positionals().stream().map(Path::of).toList(), tmp, true, threads,
                    ExtractorSetup.load(ctx.home(), args.all("reference")).processor(), ctx);
            if (r.failed() > 0) ctx.err().println(r.failed() + " document(s) failed and count as missed");
            return score(gold, tmp, printing, ctx);
        } finally {
            try (Stream<Path> walk = Files.walk(tmp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private record Printing(boolean halves, boolean perDocument, boolean json) {}

    private static int score(List<Path> goldDirs, Path pred, Printing printing, Context ctx) throws Exception {
        Map<String, JsonNode> gold;
        try {
            gold = Scorer.readGold(goldDirs);
        } catch (IllegalArgumentException e) {
            ctx.err().println(e.getMessage());
            return 1;
        }
        Scorer scorer = Scorer.standard();
        Map<String, Report> reports = new LinkedHashMap<>();
        reports.put("all", scorer.score(gold, pred));
        if (printing.halves()) {
            Map<String, JsonNode> odd = new LinkedHashMap<>();
            Map<String, JsonNode> even = new LinkedHashMap<>();
            gold.forEach((name, summary) -> leadingNumber(name).ifPresent(n -> (n % 2 == 1 ? odd : even).put(name, summary)));
            reports.put("odd", scorer.score(odd, pred));
            reports.put("even", scorer.score(even, pred));
        }
        if (printing.json()) {
            if (printing.halves()) {
                ObjectNode byHalf = JsonNodeFactory.instance.objectNode();
                reports.forEach((half, r) -> byHalf.set(half, r.toJsonNode(printing.perDocument())));
                ctx.out().print(PythonJson.write(byHalf) + "\n");
            } else {
                ctx.out().print(reports.get("all").toJson(printing.perDocument()) + "\n");
            }
        } else {
            reports.forEach((half, r) -> {
                if (printing.halves()) ctx.out().println("== " + half + gloss(half, r, gold.size()));
                ctx.out().print(r.toText(printing.perDocument()));
            });
        }
        ctx.out().flush();
        return 0;
    }

    private static String gloss(String half, Report r, int all) {
        int n = r.perDocument().size();
        return half.equals("all") ? " (" + all + " gold files)" : " (" + n + " gold files numbered " + half + ")";
    }

    /** The number a gold file's name starts with (001_…json → 1), if it starts with digits. */
    static OptionalLong leadingNumber(String fileName) {
        int end = 0;
        while (end < fileName.length() && end < 18 && Character.isDigit(fileName.charAt(end))
                && fileName.charAt(end) < 128) end++;
        return end == 0 ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(fileName.substring(0, end)));
    }
}
