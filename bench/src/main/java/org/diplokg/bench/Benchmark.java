package org.diplokg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.diplokg.bench.Figures.Database;
import org.diplokg.bench.Figures.Ingest;
import org.diplokg.bench.Figures.QueryLatency;
import org.diplokg.bench.Figures.Serve;
import org.diplokg.bench.Figures.Throughput;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.server.query.NamedQuery;
import org.diplokg.server.query.QueryCatalogue;
import org.diplokg.server.query.QueryRunner;
import org.diplokg.server.store.IngestReport;
import org.diplokg.server.store.Store;

/**
 * The benchmark of issue 5: generates the synthetic corpus, then measures extraction beside plain HanLP,
 * ingest into an empty TDB2, re-ingest of the unchanged corpus, heap, database size, every named query
 * and {@code serve} start-up. Each figure is the median of {@code runs} timed runs after a warm-up.
 * Files under {@code out}: {@code corpus/}, {@code tdb2/} (kept for inspection), logs.
 */
public final class Benchmark {

    /** Values for the named queries' parameters: an agreement the corpus names often, a common word. */
    static final Map<String, String> QUERY_PARAMS = Map.of(
            "entity", "<https://w3id.org/diplokg/id/agreement/rcep>",
            "text", "伙伴关系");

    private final BenchSettings settings;
    private final PrintStream log;

    public Benchmark(BenchSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    public BenchReport run() throws Exception {
        MachineFacts machine = MachineFacts.read();
        Path out = settings.out().toAbsolutePath().normalize();
        claim(out);
        Path corpusDir = out.resolve("corpus");
        Path db = out.resolve("tdb2");

        long t0 = System.nanoTime();
        ReferenceData reference = ReferenceData.load();
        double referenceSeconds = seconds(t0);
        t0 = System.nanoTime();
        SyntheticCorpus.Summary corpus = corpus(settings, reference, corpusDir);
        double generateSeconds = seconds(t0);
        t0 = System.nanoTime();
        IngestRun ingestRun = new IngestRun(reference, settings.threads());
        double setupSeconds = referenceSeconds + seconds(t0);

        say("throughput: reading, extraction and plain HanLP on %,d documents in a new JVM", settings.sampleSize());
        List<Throughput> throughput = ThroughputProbe.run(corpusDir, settings, out.resolve("throughput.log"), log);

        warmUp(reference, ingestRun, out);
        Ingesting ingesting = ingest(ingestRun, corpusDir, db, corpus);

        Database database;
        List<QueryLatency> queries;
        try (Store store = Store.open(db)) {
            database = new Database(folderBytes(db), store.quadCount(), store.graphCount());
            queries = queries(store);
        }

        say("serve: %d cold start(s) in a new JVM", settings.runs());
        List<Double> serveMillis = new ServeProbe(settings.home(), db, out.resolve("passwd"), out.resolve("serve.log"))
                .measure(settings.runs());
        Serve serve = new Serve(ServeProbe.MODE, ServeProbe.QUERY, serveMillis);

        Figures.HeapCheck heapCheck = null;
        if (settings.heapCheck()) {
            say("heap check: the whole corpus in a new JVM with -Xmx%s", settings.heapLimit());
            Path checkDb = out.resolve("tdb2-heapcheck");
            delete(checkDb);
            heapCheck = HeapCheck.run(corpusDir, checkDb, settings.threads(), settings.heapLimit(), out.resolve("heapcheck.log"));
            delete(checkDb);
        }
        Throughput incremental = incremental(reference, ingestRun, out, db);
        ColdIngest.Figures cold = null;
        if (settings.cold()) {
            say("cold: ./diplokg ingest of the corpus into a new database, then again unchanged, %d runs each", settings.runs());
            cold = ColdIngest.measure(settings.home(), corpusDir, out.resolve("tdb2-cold"), settings.runs(), settings.docs(),
                    out.resolve("cold.log"), log);
        }
        return new BenchReport(machine, settings, corpus, generateSeconds, setupSeconds, throughput.get(0), throughput.get(1),
                throughput.get(2), ingesting.ingest(), ingesting.reingest(), incremental, ingesting.heap(), database, queries,
                serve, heapCheck, cold);
    }

    /** {@code bench --corpus-only}: the corpus the benchmark would measure, in {@code out/corpus}, and nothing else. */
    static SyntheticCorpus.Summary writeCorpus(BenchSettings settings, PrintStream log) throws IOException {
        Path out = settings.out().toAbsolutePath().normalize();
        claim(out);
        return new Benchmark(settings, log).corpus(settings, settings.realCorpus() ? null : ReferenceData.load(), out.resolve("corpus"));
    }

    private SyntheticCorpus.Summary corpus(BenchSettings settings, ReferenceData reference, Path corpusDir) throws IOException {
        if (settings.realCorpus()) {
            delete(corpusDir);
            RealCorpus real = RealCorpus.of(settings.corpusFolders());
            say("corpus: %,d documents copied from the %,d real files under %s into %s", settings.docs(), real.originals().size(),
                    settings.corpusFolders(), corpusDir);
            return real.write(corpusDir, settings.docs()).corpus();
        }
        say("corpus: %,d documents (seed %d) into %s", settings.docs(), settings.seed(), corpusDir);
        return generate(reference, settings.seed(), corpusDir, settings.docs());
    }

    private static SyntheticCorpus.Summary generate(ReferenceData reference, long seed, Path dir, int docs) throws IOException {
        delete(dir);
        return new SyntheticCorpus(ReferencePool.from(reference), seed).write(dir, docs);
    }

    /** One ingest of other documents into a scratch database, so the timed runs start with the loader compiled. */
    private void warmUp(ReferenceData reference, IngestRun ingestRun, Path out) throws Exception {
        int n = Math.min(200, settings.docs());
        say("ingest: warm-up on %,d documents", n);
        Path warmDb = out.resolve("tdb2-warmup");
        Path warmCorpus = out.resolve("corpus-warmup");
        delete(warmDb);
        generate(reference, settings.seed() + 1, warmCorpus, n);
        ingestRun.ingest(warmDb, warmCorpus);
        delete(warmDb);
        delete(warmCorpus);
    }

    private record Ingesting(Ingest ingest, Throughput reingest, Figures.Heap heap) {}

    /** {@code runs} ingests into an empty database, then {@code runs} re-ingests of the unchanged corpus. */
    private Ingesting ingest(IngestRun ingestRun, Path corpusDir, Path db, SyntheticCorpus.Summary corpus) throws Exception {
        List<Double> ingestSeconds = new ArrayList<>();
        List<Double> reingestSeconds = new ArrayList<>();
        IngestReport last = null;
        try (HeapWatcher watcher = HeapWatcher.start()) {
            for (int r = 0; r < settings.runs(); r++) {
                delete(db);
                long t0 = System.nanoTime();
                last = ingestRun.ingest(db, corpusDir);
                ingestSeconds.add(seconds(t0));
                say("ingest run %d/%d: %.1f s, %.1f docs/s, %,d quads, %d failed", r + 1, settings.runs(), ingestSeconds.get(r),
                        settings.docs() / ingestSeconds.get(r), last.quadsInStore(), last.failed());
            }
            for (int r = 0; r < settings.runs(); r++) {
                long t0 = System.nanoTime();
                IngestReport again = ingestRun.ingest(db, corpusDir);
                reingestSeconds.add(seconds(t0));
                if (again.unchanged() != settings.docs() - last.failed()) {
                    throw new IllegalStateException("re-ingest changed documents: " + again.summaryLine());
                }
                say("re-ingest run %d/%d: %.2f s, %.0f docs/s", r + 1, settings.runs(), reingestSeconds.get(r),
                        settings.docs() / reingestSeconds.get(r));
            }
            return new Ingesting(new Ingest(settings.docs(), last.quadsInStore(), last.failed(), last.bulk(), ingestSeconds),
                    new Throughput(settings.docs(), corpus.chars(), reingestSeconds), watcher.figures());
        }
    }

    /**
     * A tenth as many new documents (another seed each run) into the full database: the batched
     * transactions of incremental loading. Last, because it grows the database.
     */
    private Throughput incremental(ReferenceData reference, IngestRun ingestRun, Path out, Path db) throws Exception {
        int more = Math.max(1, settings.docs() / 10);
        List<Double> seconds = new ArrayList<>();
        long chars = 0;
        for (int r = 0; r < settings.runs(); r++) {
            Path moreDir = out.resolve("corpus-more-" + (r + 1));
            chars = generate(reference, settings.seed() + 1000 + r, moreDir, more).chars();
            long t0 = System.nanoTime();
            IngestReport added = ingestRun.ingest(db, moreDir);
            seconds.add(seconds(t0));
            if (added.added() != more - added.failed() || added.bulk()) {
                throw new IllegalStateException("the incremental ingest did not add " + more + " documents: " + added.summaryLine());
            }
            say("incremental ingest run %d/%d: %,d new documents into the store, %.1f s, %.1f docs/s", r + 1, settings.runs(), more,
                    seconds.get(r), more / seconds.get(r));
            delete(moreDir);
        }
        return new Throughput(more, chars, seconds);
    }

    /** A query slower than this is stopped and reported as timed out. */
    static final long QUERY_TIMEOUT_MILLIS = 120_000;
    /** A query whose warm-up run took longer than this is timed three times at most. */
    static final double SLOW_QUERY_MILLIS = 5_000;

    private List<QueryLatency> queries(Store store) {
        QueryCatalogue catalogue = QueryCatalogue.load(settings.home() == null ? java.util.Optional.empty()
                : java.util.Optional.of(settings.home().resolve("queries")));
        List<QueryLatency> out = new ArrayList<>();
        for (NamedQuery nq : catalogue.all()) {
            List<String> params = nq.params().keySet().stream()
                    .filter(QUERY_PARAMS::containsKey).map(p -> p + "=" + QUERY_PARAMS.get(p)).toList();
            Query query = QueryRunner.prepare(nq.text(), params);
            QueryLatency q = time(nq.name(), query, store.dataset());
            if (q.timedOut()) say("query %s: stopped after %.0f s", q.name(), QUERY_TIMEOUT_MILLIS / 1000.0);
            else say("query %s: median %.1f ms, p95 %.1f ms, %,d rows", q.name(), q.medianMillis(), q.p95Millis(), q.rows());
            out.add(q);
        }
        return out;
    }

    private QueryLatency time(String name, Query query, DatasetGraph dsg) {
        List<Double> millis = new ArrayList<>();
        long rows = -1;
        try {
            long t0 = System.nanoTime();
            rows = rows(query, dsg); // warm-up
            double warm = (System.nanoTime() - t0) / 1e6;
            int runs = warm > SLOW_QUERY_MILLIS ? Math.min(3, settings.queryRuns()) : settings.queryRuns();
            for (int r = 0; r < runs; r++) {
                t0 = System.nanoTime();
                rows = rows(query, dsg);
                millis.add((System.nanoTime() - t0) / 1e6);
            }
            return new QueryLatency(name, rows, millis, false);
        } catch (QueryCancelledException e) {
            return new QueryLatency(name, -1, List.of((double) QUERY_TIMEOUT_MILLIS), true);
        }
    }

    /**
     * Runs the query as the server does (union default graph, time limit) and reads every row, every
     * value decoded, without formatting or keeping them: the time of answering, not of printing.
     */
    private static long rows(Query query, DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).set(TDB2.symUnionDefaultGraph, true)
                    .timeout(QUERY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).build()) {
                long n = 0;
                if (query.isSelectType()) {
                    RowSet rows = exec.select();
                    while (rows.hasNext()) {
                        Binding b = rows.next();
                        b.vars().forEachRemaining(v -> SINK.add(b.get(v).hashCode()));
                        n++;
                    }
                } else if (query.isAskType()) {
                    n = exec.ask() ? 1 : 0;
                } else {
                    n = (query.isConstructType() ? exec.construct() : exec.describe()).size();
                }
                return n;
            }
        });
    }

    /** Where measured work leaves a trace, so the JIT cannot drop it. */
    private static final LongAdder SINK = new LongAdder();

    private void say(String format, Object... args) {
        log.println("bench: " + String.format(java.util.Locale.ROOT, format, args));
        log.flush();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static final String MARKER = ".diplokg-bench";

    /**
     * Makes {@code out} the benchmark's folder. A folder holding other files is refused, because the
     * benchmark deletes and rewrites what it puts there.
     */
    static void claim(Path out) throws IOException {
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER))) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(out + ": this folder holds other files; give a new or empty folder, or one an earlier bench wrote");
                }
            }
        }
        Files.createDirectories(out);
        if (!Files.exists(out.resolve(MARKER))) Files.writeString(out.resolve(MARKER), "written by diplokg bench\n");
    }

    static long folderBytes(Path dir) throws IOException {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
