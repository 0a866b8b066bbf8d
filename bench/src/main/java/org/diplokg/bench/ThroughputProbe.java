package org.diplokg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.NodeFactory;
import org.diplokg.bench.Figures.Throughput;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.emit.DocumentEmitter;
import org.diplokg.extractor.emit.MentionDetail;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.extractor.text.HanLp;
import org.diplokg.server.rdf.QuadCollector;

/**
 * Reading, extraction and plain HanLP on the first documents of the corpus, in a JVM of their own: an ingest's
 * JVM does nothing but read, extract and load, while the benchmark's has just generated the corpus and compiled
 * its code. Like the heap check and the serve probe, this runs in a child. {@link #main} is the child;
 * {@link #run} starts it and reads the one JSON line it prints.
 */
public final class ThroughputProbe {
    private ThroughputProbe() {}

    static final String[] KINDS = {"read", "extraction", "hanlp"};
    private static final String[] LABELS = {"read", "extraction", "plain HanLP"};

    /** Untimed passes of each kind of work before the timed runs: at least this many, and for the warm-up time. */
    static final int WARM_UP_PASSES = 3;

    /**
     * Child: {@code ThroughputProbe CORPUS SAMPLE THREADS RUNS WARM_UP_SECONDS [path]}; progress on stderr, JSON last
     * on stdout. With {@code path} each turn's documents go in path order (the method before 2026-12-07), else
     * longest first.
     */
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int sampleSize = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        int warmUpSeconds = Integer.parseInt(args[4]);
        Extractor extractor = Extractor.builder().reference(ReferenceData.load()).build();
        Sample sample = Sample.load(corpus, sampleSize);
        List<Work> works = List.of(sample::read, i -> sample.extract(extractor, i), sample::segment);
        boolean pathOrder = args.length > 5 && args[5].equals("path");
        int[] order = pathOrder ? IntStream.range(0, sample.size()).toArray() : sample.longestFirstInTurns(CHUNK);
        List<List<Double>> cpu = new ArrayList<>();
        List<List<Double>> seconds = measure(sample.size(), order, works, threads, runs, warmUpSeconds, cpu);
        JsonObject o = new JsonObject();
        o.put("documents", sample.size());
        o.put("chars", sample.chars());
        o.put("order", pathOrder ? "path" : "longest-first");
        for (int k = 0; k < KINDS.length; k++) {
            JsonArray a = new JsonArray();
            for (double s : seconds.get(k)) a.add(JsonNumber.value(s));
            o.put(KINDS[k], a);
            JsonArray c = new JsonArray();
            for (double s : cpu.get(k)) c.add(JsonNumber.value(s));
            o.put(KINDS[k] + "_cpu", c);
        }
        System.err.printf(java.util.Locale.ROOT, "bench: extraction ÷ plain HanLP (%s order), median of %d runs: wall %.3f, thread CPU %.3f%n",
                pathOrder ? "path" : "longest-first in each turn", runs,
                median(ratios(seconds.get(2), seconds.get(1))), median(ratios(cpu.get(2), cpu.get(1))));
        System.out.println();
        System.out.println(JSON.toStringFlat(o));
        System.exit(0);
    }

    /**
     * Parent: runs the child with this JVM's class path, its output going to {@code log}; its progress lines are
     * repeated on {@code progress} when it ends.
     */
    static List<Throughput> run(Path corpus, BenchSettings settings, Path log, PrintStream progress) throws IOException, InterruptedException {
        List<String> cmd = JavaProcess.command(List.of(), ThroughputProbe.class, List.of(corpus.toString(),
                Integer.toString(settings.sampleSize()), Integer.toString(settings.threads()), Integer.toString(settings.runs()),
                Integer.toString(settings.warmUpSeconds())));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = child.waitFor();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        lines.stream().filter(l -> l.startsWith("bench: ")).forEach(progress::println);
        String last = lines.stream().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse(null);
        if (exit != 0 || last == null) {
            throw new IOException("the throughput measurement failed (exit code " + exit + "); see " + log);
        }
        JsonObject o = JSON.parse(last);
        int documents = o.get("documents").getAsNumber().value().intValue();
        long chars = o.get("chars").getAsNumber().value().longValue();
        List<Throughput> out = new ArrayList<>();
        for (String kind : KINDS) {
            List<Double> seconds = new ArrayList<>();
            for (JsonValue v : o.get(kind).getAsArray()) seconds.add(v.getAsNumber().value().doubleValue());
            out.add(new Throughput(documents, chars, seconds));
        }
        return out;
    }

    /**
     * Warm-up passes of each kind of work over the sample (at least {@value #WARM_UP_PASSES}, and for
     * {@code warmUpSeconds}), then {@code runs} timed passes on {@code threads} threads. Within a pass the kinds
     * take turns every {@value #CHUNK} documents, so that they run under the same background load: on a shared
     * machine the load changes within a second, and HanLP alone took 0.33 s or 0.53 s for the same documents in
     * consecutive whole passes.
     */
    private static List<List<Double>> measure(int n, int[] order, List<Work> works, int threads, int runs, int warmUpSeconds,
                                              List<List<Double>> cpu) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // the extractor is a lot of code for the JIT: with one pass, or three, the timed runs were still getting
            // faster run after run; the figure wanted is the steady state of a long ingest
            long warmUpStart = System.nanoTime();
            for (int w = 0; w < WARM_UP_PASSES || seconds(warmUpStart) < warmUpSeconds; w++) {
                for (Work work : works) pass(pool, threads, order, 0, n, work, new PassTimes());
            }
            List<List<Double>> out = new ArrayList<>();
            works.forEach(w -> out.add(new ArrayList<>()));
            works.forEach(w -> cpu.add(new ArrayList<>()));
            for (int r = 0; r < runs; r++) {
                long[] nanos = new long[works.size()];
                PassTimes[] times = new PassTimes[works.size()];
                for (int k = 0; k < works.size(); k++) times[k] = new PassTimes();
                for (int from = 0; from < n; from += CHUNK) {
                    int to = Math.min(n, from + CHUNK);
                    for (int k = 0; k < works.size(); k++) {
                        long t0 = System.nanoTime();
                        pass(pool, threads, order, from, to, works.get(k), times[k]);
                        nanos[k] += System.nanoTime() - t0;
                    }
                }
                for (int k = 0; k < works.size(); k++) {
                    double s = nanos[k] / 1e9;
                    out.get(k).add(s);
                    cpu.get(k).add(times[k].cpu.sum() / 1e9);
                    // idle: the turn's wall time on every thread minus the time the threads spent in documents (the
                    // wait for the turn's last document, and handing out the work)
                    double idle = 1 - times[k].busy.sum() / (double) (nanos[k] * threads);
                    System.err.printf(java.util.Locale.ROOT, "bench: %s run %d/%d: %.2f s, %.1f docs/s; thread CPU %.2f s; idle at turn ends %.1f %%%n",
                            LABELS[k], r + 1, runs, s, n / s, times[k].cpu.sum() / 1e9, 100 * idle);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Documents per turn when the kinds of work alternate within a timed pass. */
    static final int CHUNK = 25;

    @FunctionalInterface
    interface Work {
        void run(int index) throws Exception;
    }

    /** Thread CPU time and time spent in documents, summed over the threads of a kind's turns in one timed pass. */
    private static final class PassTimes {
        final LongAdder cpu = new LongAdder();
        final LongAdder busy = new LongAdder();
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Documents {@code order[from]} to {@code order[to - 1]}, shared out to {@code threads} workers, each taking the
     * next document when it is free.
     */
    private static void pass(ExecutorService pool, int threads, int[] order, int from, int to, Work work, PassTimes times) throws Exception {
        AtomicInteger next = new AtomicInteger(from);
        List<Future<?>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            tasks.add(pool.submit(() -> {
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long busy = 0;
                for (int i; (i = next.getAndIncrement()) < to; ) {
                    long t0 = System.nanoTime();
                    work.run(order[i]);
                    busy += System.nanoTime() - t0;
                }
                times.cpu.add(THREADS.getCurrentThreadCpuTime() - cpu0);
                times.busy.add(busy);
                return null;
            }));
        }
        for (Future<?> f : tasks) f.get();
    }

    private static List<Double> ratios(List<Double> hanlp, List<Double> extraction) {
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < hanlp.size(); i++) r.add(hanlp.get(i) / extraction.get(i));
        return r;
    }

    private static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Where measured work leaves a trace, so the JIT cannot drop it. */
    private static final LongAdder SINK = new LongAdder();

    /** The first documents of the corpus in memory, read once, with the text the extractor analyses. */
    private record Sample(Path[] files, String[] keys, byte[][] bytes, SourceDocument[] documents, String[] texts, long chars) {

        static Sample load(Path corpusDir, int n) throws Exception {
            DocumentReader reader = DocumentReader.create();
            Path[] files = RealCorpus.files(corpusDir, n).toArray(Path[]::new);
            n = files.length;
            String[] keys = new String[n];
            byte[][] bytes = new byte[n][];
            String[] texts = new String[n];
            SourceDocument[] documents = new SourceDocument[n];
            long chars = 0;
            for (int i = 0; i < n; i++) {
                keys[i] = DocumentReader.keyFor(files[i]);
                bytes[i] = Files.readAllBytes(files[i]);
                SourceDocument d = reader.read(bytes[i], files[i], keys[i]);
                documents[i] = d;
                texts[i] = analysedText(d);
                chars += texts[i].length();
            }
            return new Sample(files, keys, bytes, documents, texts, chars);
        }

        /** Title and body as {@code Extractor} puts them together before analysing. */
        private static String analysedText(SourceDocument d) {
            String title = d.title() == null ? "" : d.title().strip();
            return title.isEmpty() || d.body().startsWith(title) ? d.body() : title + "\n" + d.body();
        }

        int size() { return files.length; }

        /**
         * The documents of each turn of {@code turn} documents (in path order, as before) longest text first, the
         * same order for every kind of work: a turn ends when its last document does, and a 41 KB transcript
         * started last among 1–4 KB pages left the other thread idle while it ran.
         */
        int[] longestFirstInTurns(int turn) {
            Integer[] order = IntStream.range(0, size()).boxed().toArray(Integer[]::new);
            for (int from = 0; from < order.length; from += turn) {
                Arrays.sort(order, from, Math.min(order.length, from + turn),
                        Comparator.comparingInt((Integer i) -> texts[i].length()).reversed().thenComparingInt(i -> i));
            }
            return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        }

        private static final DocumentReader READER = DocumentReader.create();

        void read(int i) throws Exception {
            SINK.add(READER.read(bytes[i], files[i], keys[i]).body().length());
        }

        /** From the decoded document, as plain HanLP starts from its text: extraction, then the quads. */
        void extract(Extractor extractor, int i) {
            DocumentKnowledge x = extractor.extract(documents[i]);
            QuadCollector quads = new QuadCollector(NodeFactory.createURI(DocumentEmitter.graphIri(x)));
            DocumentEmitter.emit(x, MentionDetail.FIRST, quads);
            SINK.add(quads.quads().size());
        }

        private static final HanLp PLAIN = HanLp.baseline();

        /** Plain HanLP on the text the extractor analyses, with every name recogniser on. */
        void segment(int i) {
            SINK.add(PLAIN.countWords(texts[i]));
        }
    }
}
