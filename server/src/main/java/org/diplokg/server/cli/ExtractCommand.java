package org.diplokg.server.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplokg.extractor.emit.SortedTriG;
import org.diplokg.server.rdf.Prefixes;
import org.diplokg.server.store.DocumentProcessor;
import org.diplokg.server.store.ExtractionPipeline;
import org.diplokg.server.store.Outcome;
import org.diplokg.server.store.SourceFiles;

/** {@code extract}: documents to files, no database. */
public final class ExtractCommand implements Command {

    @Override public String name() { return "extract"; }

    @Override public String synopsis() { return "extract PATH… --out DIR [--summary] [--threads N] [--mentions first|all]"; }

    @Override public String summary() { return "Extract documents to files without a database: one TriG file per document."; }

    @Override
    public String details() {
        return """
                Writes DIR/<file name>.trig for each document and, with --summary, the JSON summary
                DIR/<file name without extension>.json (the shape eval scores). Failed files are reported
                and the rest go on; the exit code is 1 when any failed.""";
    }

    @Override
    public Options options() {
        return IngestCommand.mentionsOption(new Options()
                .value("out", "DIR", "output folder (required)")
                .flag("summary", "also write the per-document JSON summary")
                .value("threads", "N", "extraction threads (default: all cores)")
                .repeatable("reference", "DIR", "extra folder of reference Turtle files"));
    }

    @Override
    public int run(Options.ParsedArgs args, Context ctx) throws Exception {
        if (args.positionals().isEmpty()) throw new UsageException("give at least one file or folder to extract");
        Path out = Path.of(args.expect("out"));
        int threads = args.intValue("threads", Runtime.getRuntime().availableProcessors(), 1, 1024);
        Result r = extract(args.positionals().stream().map(Path::of).toList(), out, args.flag("summary"), threads,
                ExtractorSetup.load(ctx.home(), args.all("reference"), IngestCommand.mentions(args)).processor(), ctx);
        ctx.out().printf("extracted %d document%s into %s: %d written, %d failed%n",
                r.written + r.failed, r.written + r.failed == 1 ? "" : "s", out, r.written, r.failed);
        return r.failed > 0 ? 1 : 0;
    }

    public record Result(int written, int failed) {}

    /** Shared with {@code eval}. Failures are printed to stderr as they happen. */
    public static Result extract(List<Path> paths, Path outDir, boolean summary, int threads, DocumentProcessor processor, Context ctx)
            throws Exception {
        Files.createDirectories(outDir);
        SourceFiles sources = SourceFiles.expand(paths);
        sources.problems().forEach(ctx.err()::println);
        sources.skipped().forEach(ctx.err()::println);
        int[] counts = {0, sources.problems().size()};
        Map<String, Path> names = new HashMap<>();
        new ExtractionPipeline(processor, threads).run(sources.entries(), (key, sha) -> ExtractionPipeline.Action.EXTRACT, outcome -> {
            if (outcome instanceof Outcome.Failed f) {
                ctx.err().println(f.message());
                counts[1]++;
            } else if (outcome instanceof Outcome.Extracted x) {
                for (String w : x.extraction().document().warnings()) ctx.err().println(x.file() + ": warning: " + w);
                String name = x.file().getFileName().toString();
                Path earlier = names.putIfAbsent(name, x.file());
                if (earlier != null) {
                    ctx.err().println(x.file() + ": not written, " + earlier + " has the same file name");
                    counts[1]++;
                    return;
                }
                write(x, outDir.resolve(name + ".trig"));
                if (summary) {
                    String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                    Files.writeString(outDir.resolve(base + ".json"), x.extraction().summaryJson(), StandardCharsets.UTF_8);
                }
                counts[0]++;
            }
        });
        return new Result(counts[0], counts[1]);
    }

    /** Sorted TriG: two runs over the same files differ only in the extraction time. */
    private static void write(Outcome.Extracted x, Path file) throws Exception {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            SortedTriG.write(x.quads(), Prefixes.prefixMap(), w);
        }
    }
}
