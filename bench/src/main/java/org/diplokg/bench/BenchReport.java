package org.diplokg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.diplokg.bench.Figures.Database;
import org.diplokg.bench.Figures.Heap;
import org.diplokg.bench.Figures.HeapCheck;
import org.diplokg.bench.Figures.Ingest;
import org.diplokg.bench.Figures.QueryLatency;
import org.diplokg.bench.Figures.Serve;
import org.diplokg.bench.Figures.Target;
import org.diplokg.bench.Figures.Throughput;

/**
 * Everything one benchmark run measured, and the targets of issue 5 checked against it.
 *
 * @param setupSeconds loading the reference data and building the extractor (HanLP dictionaries, gazetteer), once
 * @param read         reading alone (decode, sniff, strip chrome) on the sample
 * @param extraction   extraction from the decoded document (recognise, link, assemble) and its quads, on the
 *                     sample: the work plain HanLP is compared with; reading is timed separately as {@code read}
 * @param hanlp        plain HanLP segmentation with all name recognisers, on the same texts and threads
 * @param reingest     the unchanged corpus ingested again into the same database
 * @param incremental  a tenth as many new documents ingested into the full database (batched transactions);
 *                     measured last, after the queries and serve start-up
 * @param heap         heap during the ingest and re-ingest runs, in this JVM
 * @param heapCheck    the separate small-heap ingest, or null when not asked for
 * @param cold         {@code ./diplokg ingest} and re-ingest in fresh JVMs, or null when not asked for ({@code --cold})
 */
public record BenchReport(MachineFacts machine, BenchSettings settings, SyntheticCorpus.Summary corpus,
                          double generateSeconds, double setupSeconds, Throughput read, Throughput extraction,
                          Throughput hanlp, Ingest ingest, Throughput reingest, Throughput incremental, Heap heap, Database database,
                          List<QueryLatency> queries, Serve serve, HeapCheck heapCheck, ColdIngest.Figures cold) {

    public BenchReport {
        queries = List.copyOf(queries);
    }

    /** Extraction throughput ÷ plain HanLP throughput (same texts, same threads). */
    public double extractionToHanlp() {
        return extraction.docsPerSecond() / hanlp.docsPerSecond();
    }

    public Optional<QueryLatency> findQuery(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    public Optional<HeapCheck> findHeapCheck() { return Optional.ofNullable(heapCheck); }

    /** The corpus size the scale targets are stated for. */
    public static final int TARGET_SCALE = 100_000;
    /** A heap limit of 1 GiB, as the JVM reports it (a little under what -Xmx1g asks for, at most). */
    static final long SMALL_HEAP = 1L << 30;

    public List<Target> targets() {
        List<Target> t = new ArrayList<>();
        double ratio = extractionToHanlp();
        t.add(new Target("extraction ÷ plain HanLP (same texts, same threads)", "≥ 0.7", f("%.2f", ratio), ratio >= 0.7));
        boolean newsSized = corpus.medianChars() >= 2000 && corpus.medianChars() <= 3000;
        t.add(new Target("ingest, files → queryable TDB2 (median " + corpus.medianChars() + " chars/doc)", "≥ 200 docs/s",
                f("%.1f docs/s", ingest.docsPerSecond()), newsSized ? ingest.docsPerSecond() >= 200 : null));
        if (cold != null) {
            t.add(new Target("cold ./diplokg ingest into a new database (JVM start included)", "≥ 200 files/s",
                    f("%.1f files/s", cold.ingest().docsPerSecond()), cold.ingest().docsPerSecond() >= 200));
            t.add(new Target("cold ./diplokg ingest of the unchanged corpus", "≥ 2,000 files/s",
                    f("%.0f files/s", cold.reingest().docsPerSecond()), cold.reingest().docsPerSecond() >= 2000));
        }
        t.add(new Target("re-ingest of the unchanged corpus", "≥ 2,000 docs/s", f("%.0f docs/s", reingest.docsPerSecond()),
                reingest.docsPerSecond() >= 2000));
        if (heapCheck == null && machine.maxHeapBytes() <= SMALL_HEAP) {
            // this JVM itself runs with a small heap: its own ingest is the check
            t.add(new Target(f("%,d-document ingest with -Xmx1g", TARGET_SCALE), "completes",
                    f("this run: %,d docs with max heap %s (GC %.0f s, heap after GC ≤ %s)", ingest.documents(),
                            mib(machine.maxHeapBytes()), heap.gcSeconds(), mib(heap.peakAfterGcBytes())),
                    settings.docs() >= TARGET_SCALE ? ingest.failed() == 0 : null));
        } else if (heapCheck == null) {
            t.add(new Target(f("%,d-document ingest with -Xmx1g", TARGET_SCALE), "completes", "not run (--heap-check)", null));
        } else {
            boolean atScale = heapCheck.documents() >= TARGET_SCALE || (!heapCheck.completed() && settings.docs() >= TARGET_SCALE);
            String what = heapCheck.completed()
                    ? f("completed %,d docs with -Xmx%s in %.0f s (GC %.0f s), heap after GC ≤ %s", heapCheck.documents(),
                        heapCheck.maxHeap(), heapCheck.seconds(), heapCheck.gcSeconds(), mib(heapCheck.peakAfterGcBytes()))
                    : "failed with -Xmx" + heapCheck.maxHeap() + ": " + heapCheck.problem();
            t.add(new Target(f("%,d-document ingest with -Xmx1g", TARGET_SCALE), "completes", what,
                    atScale && heapCheck.maxHeap().equalsIgnoreCase("1g") ? heapCheck.completed() : null));
        }
        findQuery("agreements-per-meeting").ifPresent(q -> t.add(new Target(
                "agreements-per-meeting at " + f("%,d", settings.docs()) + " docs (target at " + f("%,d", TARGET_SCALE) + ")",
                "≤ 300 ms median", f("%.0f ms", q.medianMillis()),
                settings.docs() >= TARGET_SCALE ? q.medianMillis() <= 300 : null)));
        t.add(new Target("serve start → first answered query (" + serve.mode() + ")", "≤ 5 s",
                f("%.2f s", serve.medianMillis() / 1000), serve.medianMillis() <= 5000));
        return t;
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String mib(long bytes) {
        return f("%.0f MiB", bytes / 1048576.0);
    }
}
