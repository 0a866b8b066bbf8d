package org.diplokg.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplokg.server.cli.Command;
import org.diplokg.server.cli.Context;
import org.diplokg.server.cli.Home;
import org.diplokg.server.cli.Options;
import org.diplokg.server.cli.UsageException;

/** {@code bench}: the performance benchmark on a synthetic corpus (issue 5's figures and targets). */
public final class BenchCommand implements Command {

    @Override public String name() { return "bench"; }

    @Override
    public String synopsis() {
        return "bench [--docs N] [--corpus DIR… [--copies N] [--corpus-only]] [--threads T] [--runs R] [--out DIR] [--heap-check] [--sample N] [--query-runs N] [--seed S] [--warm-up SECONDS] [--cold]";
    }

    @Override public String summary() { return "Measure extraction, ingest, queries and start-up on real files or a synthetic corpus."; }

    @Override
    public String details() {
        return """
                Writes a deterministic synthetic corpus of N news documents in every supported format
                (names from the reference data) to DIR/corpus, then measures, as the median of R runs
                after a warm-up: extraction beside plain HanLP on the same texts and threads, ingest into
                an empty TDB2, re-ingest of the unchanged corpus, heap, database size, every named query
                (median and p95), and serve start-up to the first answered query (a new JVM). Writes
                DIR/bench.json and DIR/bench.txt and prints the table. --heap-check also ingests the corpus
                in a new JVM limited to -Xmx1g. Large corpora take long: 100,000 documents is about an
                hour on two cores.
                With --corpus DIR (repeatable) the corpus is made of the real files under DIR instead: every
                file copied --copies times (default 1), or as often as --docs needs, each copy made a
                document of its own by a trailing line of whitespace that no reader sees. --cold also
                times ./diplokg ingest of the corpus into a new database and again unchanged, each a fresh
                JVM through the launcher, as a user runs it.""";
    }

    @Override
    public Options options() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new Options()
                .repeatable("corpus", "DIR", "make the corpus of the real files under DIR (any format ingest reads)")
                .value("copies", "N", "with --corpus: copies of every file (default 1; --docs instead gives the total)")
                .flag("corpus-only", "write the corpus to DIR/corpus and stop (to time commands on it yourself)")
                .flag("cold", "also time ./diplokg ingest and re-ingest of the corpus, each in a fresh JVM")
                .value("docs", "N", "documents in the corpus (default 2000)")
                .value("threads", "T", "extraction threads (default: all " + cores + " cores)")
                .value("runs", "R", "timed runs per measurement, after a warm-up (default 3)")
                .value("warm-up", "SECONDS", "untimed extraction and HanLP passes before the timed runs, at least (default 20)")
                .value("out", "DIR", "folder for the corpus, database and report (default: data/bench)")
                .flag("heap-check", "also ingest the corpus in a new JVM with -Xmx1g")
                .value("sample", "N", "documents the extraction and HanLP throughput are measured on (default 1000)")
                .value("query-runs", "N", "timed runs per named query (default 10)")
                .value("seed", "S", "corpus seed (default " + SyntheticCorpus.DEFAULT_SEED + ")");
    }

    @Override
    public int run(Options.ParsedArgs args, Context ctx) throws Exception {
        if (!args.positionals().isEmpty()) throw new UsageException("bench takes no arguments: " + args.positionals().get(0));
        long seed;
        try {
            seed = Long.parseLong(args.find("seed").orElse(Long.toString(SyntheticCorpus.DEFAULT_SEED)).strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--seed wants a whole number");
        }
        Path out = args.find("out").map(Path::of).orElse(ctx.home().dir().resolve("data").resolve("bench"));
        List<Path> folders = args.all("corpus").stream().map(Path::of).toList();
        int copies = args.intValue("copies", 1, 1, 10_000_000);
        if (folders.isEmpty() && args.find("copies").isPresent()) throw new UsageException("--copies needs --corpus DIR");
        int docs = args.intValue("docs", 2000, 1, 10_000_000);
        if (!folders.isEmpty()) {
            for (Path f : folders) if (!Files.isDirectory(f)) throw new UsageException("--corpus " + f + ": not a folder");
            if (args.find("docs").isPresent() && args.find("copies").isPresent()) throw new UsageException("give --copies or --docs, not both");
            if (args.find("docs").isEmpty()) docs = RealCorpus.of(folders).documents(copies, 0);
        }
        BenchSettings settings = new BenchSettings(
                docs,
                args.intValue("threads", Runtime.getRuntime().availableProcessors(), 1, 1024),
                args.intValue("runs", 3, 1, 100),
                args.intValue("sample", 1000, 1, 10_000_000),
                args.intValue("query-runs", 10, 1, 10_000),
                seed, out, args.flag("heap-check"), "1g", ctx.home().dir(), args.intValue("warm-up", 20, 0, 3600),
                folders, args.flag("cold"));
        if (args.flag("corpus-only")) {
            SyntheticCorpus.Summary written = Benchmark.writeCorpus(settings, ctx.err());
            ctx.out().printf(java.util.Locale.ROOT, "written: %,d files, %,d bytes, in %s%n", written.documents(), written.bytes(),
                    Home.show(out.resolve("corpus")));
            return 0;
        }
        BenchReport report = new Benchmark(settings, ctx.err()).run();
        String table = ReportWriter.table(report);
        Files.writeString(out.resolve("bench.json"), ReportWriter.jsonText(report), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("bench.txt"), table, StandardCharsets.UTF_8);
        ctx.out().println();
        ctx.out().print(table);
        ctx.out().println();
        ctx.out().println("written: " + Home.show(out.resolve("bench.json")) + ", " + Home.show(out.resolve("bench.txt")));
        return 0;
    }
}
