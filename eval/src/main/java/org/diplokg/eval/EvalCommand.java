package org.diplokg.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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

    @Override public String synopsis() { return "eval --gold DIR (PATH… | --pred DIR) [--per-doc] [--json] [--threads N]"; }

    @Override public String summary() { return "Score extraction against gold JSON summaries: P/R/F1 per type, as score.py computes them."; }

    @Override
    public String details() {
        return """
                Extracts the PATHs into a temporary folder (or reads summaries already written with
                `extract --summary` from --pred DIR) and prints the scorer's report: the same figures
                as shared/eval/score.py on the same predictions. A gold file without a prediction
                counts as an empty prediction.""";
    }

    @Override
    public Options options() {
        return new Options()
                .value("gold", "DIR", "folder of gold JSON summaries (required)")
                .value("pred", "DIR", "folder of predicted summaries, instead of extracting PATHs")
                .flag("per-doc", "also print F1 per document")
                .flag("json", "print the report as JSON")
                .value("threads", "N", "extraction threads (default: all cores)")
                .repeatable("reference", "DIR", "extra folder of reference Turtle files");
    }

    @Override
    public int run(Options.ParsedArgs args, Context ctx) throws Exception {
        Path gold = Path.of(args.expect("gold"));
        if (args.find("pred").isPresent() == !args.positionals().isEmpty()) {
            throw new UsageException("give either documents to extract (PATH…) or --pred DIR");
        }
        if (!Files.isDirectory(gold)) {
            ctx.err().println(gold + ": no such folder");
            return 1;
        }
        boolean perDoc = args.flag("per-doc");
        boolean json = args.flag("json");
        if (args.find("pred").isPresent()) return score(gold, Path.of(args.find("pred").get()), perDoc, json, ctx);
        Path tmp = Files.createTempDirectory("diplokg-eval");
        try {
            int threads = args.intValue("threads", Runtime.getRuntime().availableProcessors(), 1, 1024);
            ExtractCommand.Result r = ExtractCommand.extract(args.positionals().stream().map(Path::of).toList(), tmp, true, threads,
                    ExtractorSetup.load(ctx.home(), args.all("reference")).processor(), ctx);
            if (r.failed() > 0) ctx.err().println(r.failed() + " document(s) failed and count as missed");
            return score(gold, tmp, perDoc, json, ctx);
        } finally {
            try (Stream<Path> walk = Files.walk(tmp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int score(Path gold, Path pred, boolean perDocument, boolean json, Context ctx) throws Exception {
        Report report = Scorer.standard().scoreDirectories(gold, pred);
        ctx.out().print(json ? report.toJson(perDocument) + "\n" : report.toText(perDocument));
        ctx.out().flush();
        return 0;
    }
}
