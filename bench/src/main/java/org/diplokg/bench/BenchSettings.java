package org.diplokg.bench;

import java.nio.file.Path;

/**
 * How to run the benchmark.
 *
 * @param docs       documents in the synthetic corpus (the ingest, re-ingest, query and serve figures are at this size)
 * @param threads    extraction threads, for the extraction, HanLP and ingest figures alike
 * @param runs       timed runs of each measurement (after a warm-up); the figure is their median
 * @param sample     documents the extraction and HanLP throughput are measured on (the first of the corpus)
 * @param queryRuns  timed runs of each named query (after one warm-up)
 * @param seed       the corpus seed
 * @param out        folder for the corpus, the database, logs and the report
 * @param heapCheck  also ingest the corpus in a separate JVM limited to {@code heapLimit}
 * @param heapLimit  the {@code -Xmx} value of the heap check, e.g. "1g"
 * @param home       the project folder (named queries, Fuseki configuration for {@code serve})
 * @param warmUpSeconds how long the untimed passes before the throughput runs last at least (three passes at least)
 * @param corpusFolders folders of real files the corpus is copied from ({@link RealCorpus}); empty: the synthetic corpus
 * @param cold       also time {@code ./diplokg ingest} of the corpus into a new database, and again unchanged, each in a
 *                   fresh JVM through the launcher, as a user runs it
 */
public record BenchSettings(int docs, int threads, int runs, int sample, int queryRuns, long seed, Path out,
                            boolean heapCheck, String heapLimit, Path home, int warmUpSeconds,
                            java.util.List<Path> corpusFolders, boolean cold) {

    public BenchSettings(int docs, int threads, int runs, int sample, int queryRuns, long seed, Path out,
                         boolean heapCheck, String heapLimit, Path home, int warmUpSeconds) {
        this(docs, threads, runs, sample, queryRuns, seed, out, heapCheck, heapLimit, home, warmUpSeconds, java.util.List.of(), false);
    }

    public BenchSettings {
        if (docs < 1 || threads < 1 || runs < 1 || sample < 1 || queryRuns < 1 || warmUpSeconds < 0) {
            throw new IllegalArgumentException("docs, threads, runs, sample and query runs must be at least 1");
        }
        corpusFolders = java.util.List.copyOf(corpusFolders);
    }

    /** Documents the throughput figures are measured on: the sample, or the whole corpus when smaller. */
    public int sampleSize() { return Math.min(sample, docs); }

    /** Whether the corpus is made of real files rather than generated. */
    public boolean realCorpus() { return !corpusFolders.isEmpty(); }
}
