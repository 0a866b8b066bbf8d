package org.diplokg.bench;

import java.util.List;

/** The benchmark's measured values, one record per kind of measurement. */
public final class Figures {
    private Figures() {}

    /** Work done on {@code documents} documents of {@code chars} characters, timed once per run. */
    public record Throughput(int documents, long chars, List<Double> runSeconds) {
        public Throughput {
            runSeconds = List.copyOf(runSeconds);
        }

        public double medianSeconds() { return Stats.median(runSeconds); }

        public double docsPerSecond() { return documents / medianSeconds(); }

        public double charsPerSecond() { return chars / medianSeconds(); }
    }

    /** An ingest of the whole corpus, timed once per run. */
    public record Ingest(int documents, long quads, int failed, boolean bulk, List<Double> runSeconds) {
        public Ingest {
            runSeconds = List.copyOf(runSeconds);
        }

        public double medianSeconds() { return Stats.median(runSeconds); }

        public double docsPerSecond() { return documents / medianSeconds(); }

        public double quadsPerSecond() { return quads / medianSeconds(); }
    }

    /**
     * Heap while ingesting: the most ever in use (garbage included, so it follows the collector's pace
     * more than the program's needs), the most still in use after a collection (an upper bound of the
     * live set: young collections leave old garbage in place), and the time spent collecting.
     */
    public record Heap(long peakUsedBytes, long peakAfterGcBytes, long maxBytes, double gcSeconds) {}

    /**
     * One named query's latency in milliseconds over its timed runs.
     *
     * @param timedOut whether a run hit the time limit (then {@code millis} holds that run only, and
     *                 {@code rows} is -1)
     */
    public record QueryLatency(String name, long rows, List<Double> millis, boolean timedOut) {
        public QueryLatency {
            millis = List.copyOf(millis);
        }

        public double medianMillis() { return Stats.median(millis); }

        public double p95Millis() { return Stats.percentile(millis, 95); }
    }

    /** Time from starting {@code serve} to the first answered query, per run. */
    public record Serve(String mode, String query, List<Double> millis) {
        public Serve {
            millis = List.copyOf(millis);
        }

        public double medianMillis() { return Stats.median(millis); }
    }

    /** The database after the runs. */
    public record Database(long bytes, long quads, long graphs) {}

    /**
     * A whole-corpus ingest in a separate JVM with a small heap limit.
     *
     * @param problem why it did not complete, or null
     */
    public record HeapCheck(String maxHeap, boolean completed, int exitCode, double seconds, long documents,
                            long quads, long peakUsedBytes, long peakAfterGcBytes, double gcSeconds, String problem) {}

    /**
     * One target of issue 5 and whether it holds.
     *
     * @param holds null when this run did not measure it (too few documents, or not asked for)
     */
    public record Target(String measure, String target, String measured, Boolean holds) {}
}
