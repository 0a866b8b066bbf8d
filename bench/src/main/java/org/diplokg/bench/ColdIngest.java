package org.diplokg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplokg.bench.Figures.Throughput;

/**
 * What a user waits for: {@code ./diplokg ingest CORPUS --db NEW} as a whole command (a fresh JVM, class loading,
 * dictionaries, JIT, the store), then the same command again on the unchanged corpus. Each run's wall time from
 * starting the launcher to its exit.
 */
final class ColdIngest {
    private ColdIngest() {}

    /** Wall times of the cold ingests into an empty database and of the cold re-ingests of the unchanged corpus. */
    record Figures(Throughput ingest, Throughput reingest) {}

    static Figures measure(Path home, Path corpus, Path db, int runs, int documents, Path log, PrintStream progress)
            throws IOException, InterruptedException {
        Path launcher = home.resolve("diplokg");
        if (!Files.isExecutable(launcher)) throw new IOException(launcher + ": no launcher to time (--cold needs the project folder)");
        List<Double> ingest = new ArrayList<>();
        List<Double> reingest = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            Benchmark.delete(db);
            ingest.add(time(List.of(launcher.toString(), "ingest", corpus.toString(), "--db", db.toString()), log));
            progress.printf(java.util.Locale.ROOT, "bench: cold ingest run %d/%d: %.1f s, %.1f files/s%n", r + 1, runs,
                    ingest.get(r), documents / ingest.get(r));
        }
        for (int r = 0; r < runs; r++) {
            reingest.add(time(List.of(launcher.toString(), "ingest", corpus.toString(), "--db", db.toString()), log));
            progress.printf(java.util.Locale.ROOT, "bench: cold re-ingest run %d/%d: %.2f s, %.0f files/s%n", r + 1, runs,
                    reingest.get(r), documents / reingest.get(r));
        }
        Benchmark.delete(db);
        return new Figures(new Throughput(documents, 0, ingest), new Throughput(documents, 0, reingest));
    }

    private static double time(List<String> command, Path log) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (exit != 0) throw new IOException(String.join(" ", command) + " failed (exit code " + exit + "); see " + log);
        return seconds;
    }
}
