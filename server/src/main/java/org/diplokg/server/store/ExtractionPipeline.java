package org.diplokg.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.NodeFactory;
import org.diplokg.extractor.read.DocumentException;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.server.rdf.QuadCollector;

/**
 * Files → outcomes on a pool of worker threads, handed to one consumer through a bounded queue.
 * The queue is the back-pressure: when the consumer (the store writer) is slower than extraction,
 * the workers wait instead of piling finished graphs up in memory. Reading the bytes and hashing
 * them happens on the workers too, before any parsing, so unchanged files cost one read and one hash.
 */
public final class ExtractionPipeline {

    /** Tells whether a file with this key and hash is already in the store as it is. */
    @FunctionalInterface
    public interface UnchangedCheck {
        boolean isUnchanged(String key, String sha256);

        UnchangedCheck NEVER = (key, sha) -> false;
    }

    /** What to do with a file once its bytes are hashed (called from the workers: must be thread-safe). */
    public enum Action {
        /** Read and extract it. */
        EXTRACT,
        /** The store holds this file's document, made from the same bytes, under this path: nothing to do. */
        UNCHANGED,
        /** Another path (stored, or earlier in this run) has the same bytes: one document, one more path. */
        COPY
    }

    @FunctionalInterface
    public interface Triage {
        Action triage(String key, String sha256);
    }

    /** Receives outcomes, one at a time, on the thread that called {@link #run}. */
    @FunctionalInterface
    public interface Consumer {
        void accept(Outcome outcome) throws Exception;
    }

    /**
     * Per-file limits.
     *
     * @param maxFileBytes files larger than this are refused before they are read
     * @param maxFileMillis reading and extracting one file may take this long; then the file is given up
     */
    public record Limits(long maxFileBytes, long maxFileMillis) {
        public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
        public static final long DEFAULT_MAX_FILE_MILLIS = 60_000;

        public static Limits defaults() { return new Limits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FILE_MILLIS); }
    }

    /**
     * Files recorded by an earlier ingest ({@link FileStamps}): a file whose attributes match its stamp, and whose
     * recorded bytes {@code unchanged} says the store holds under its key, is unchanged without being read.
     * Every file this run stats and hashes is recorded in {@code observed} (when settled; see {@link FileStamps}).
     */
    public record Stamps(FileStamps known, UnchangedCheck unchanged, java.util.Map<String, FileStamps.Stamp> observed) {}

    private static final Object DONE = new Object();

    private final DocumentProcessor processor;
    private final int threads;
    private final int queueCapacity;
    private final Limits limits;
    private volatile Stamps stamps;

    /** Uses and records file stamps from now on (see {@link Stamps}). */
    public ExtractionPipeline withStamps(Stamps s) {
        this.stamps = s;
        return this;
    }

    public ExtractionPipeline(DocumentProcessor processor, int threads, int queueCapacity, Limits limits) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.processor = processor;
        this.threads = threads;
        this.queueCapacity = Math.max(1, queueCapacity);
        this.limits = limits;
    }

    public ExtractionPipeline(DocumentProcessor processor, int threads, int queueCapacity) {
        this(processor, threads, queueCapacity, Limits.defaults());
    }

    public ExtractionPipeline(DocumentProcessor processor, int threads, Limits limits) {
        this(processor, threads, 4 * threads + 8, limits);
    }

    public ExtractionPipeline(DocumentProcessor processor, int threads) {
        this(processor, threads, Limits.defaults());
    }

    /** Files keyed with {@link SourceFiles#keyFor}, skipped when {@code check} says they are unchanged. */
    public void run(List<Path> files, UnchangedCheck check, Consumer consumer) throws Exception {
        run(files.stream().map(f -> new SourceFiles.Entry(f, SourceFiles.keyFor(f))).toList(),
                (key, sha) -> check.isUnchanged(key, sha) ? Action.UNCHANGED : Action.EXTRACT, consumer);
    }

    /**
     * Runs every file through the workers and the consumer. Returns when all are consumed; if the
     * consumer throws, the workers are stopped and the exception is rethrown.
     */
    public void run(List<SourceFiles.Entry> files, Triage triage, Consumer consumer) throws Exception {
        if (files.isEmpty()) return;
        int workers = Math.min(threads, files.size());
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(queueCapacity);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        List<Thread> pool = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> work(files, next, triage, queue, fatal), "diplokg-extract-" + w);
            t.setDaemon(true);
            pool.add(t);
            t.start();
        }
        int finished = 0;
        try {
            while (finished < workers) {
                Object item = queue.take();
                if (item == DONE) {
                    finished++;
                } else {
                    consumer.accept((Outcome) item);
                }
            }
        } catch (Exception | Error e) {
            fatal.compareAndSet(null, e); // stops the workers at their next file
            pool.forEach(Thread::interrupt);
            throw e;
        }
        Throwable f = fatal.get();
        if (f instanceof Error err) throw err;
        if (f != null) throw new IllegalStateException("extraction worker failed", f);
    }

    private void work(List<SourceFiles.Entry> files, AtomicInteger next, Triage triage,
                      BlockingQueue<Object> queue, AtomicReference<Throwable> fatal) {
        Runner runner = new Runner();
        try {
            int i;
            while ((i = next.getAndIncrement()) < files.size() && fatal.get() == null) {
                queue.put(runner.process(files.get(i), triage));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runner.close();
            return; // the consumer gave up; nobody waits for DONE
        } catch (Throwable t) {
            fatal.compareAndSet(null, t);
        }
        runner.close();
        try {
            queue.put(DONE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs each file of one worker on a thread of its own, so that a file over the time limit can be given up:
     * the worker reports it and goes on with a fresh thread while the stuck one is stopped.
     */
    private final class Runner {
        private Thread thread;
        private java.util.concurrent.SynchronousQueue<Object[]> tasks;

        Outcome process(SourceFiles.Entry entry, Triage triage) throws InterruptedException {
            if (limits.maxFileMillis() <= 0 || limits.maxFileMillis() == Long.MAX_VALUE) {
                return ExtractionPipeline.this.process(entry, triage);
            }
            java.util.concurrent.CompletableFuture<Outcome> result = new java.util.concurrent.CompletableFuture<>();
            ensureThread();
            tasks.put(new Object[] {entry, triage, result});
            try {
                return result.get(limits.maxFileMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                abandon();
                return new Outcome.Failed(entry.file(), entry.file() + ": gave up after " + seconds(limits.maxFileMillis())
                        + " (the per-file time limit, --max-file-seconds); the rest of the batch goes on");
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof Error err) throw err;
                throw new IllegalStateException(c);
            }
        }

        private void ensureThread() {
            if (thread != null) return;
            java.util.concurrent.SynchronousQueue<Object[]> q = new java.util.concurrent.SynchronousQueue<>();
            Thread t = new Thread(() -> {
                while (true) {
                    Object[] task;
                    try {
                        task = q.take();
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (task.length == 0) return;
                    @SuppressWarnings("unchecked")
                    java.util.concurrent.CompletableFuture<Outcome> r = (java.util.concurrent.CompletableFuture<Outcome>) task[2];
                    try {
                        r.complete(ExtractionPipeline.this.process((SourceFiles.Entry) task[0], (Triage) task[1]));
                    } catch (Throwable th) {
                        r.completeExceptionally(th);
                        if (th instanceof ThreadDeath) return;
                    }
                }
            }, Thread.currentThread().getName() + "-file");
            t.setDaemon(true);
            t.start();
            thread = t;
            tasks = q;
        }

        /** Stops the thread stuck on a file (reading and extraction share no state that a stop could corrupt). */
        @SuppressWarnings({"deprecation", "removal"})
        private void abandon() {
            Thread t = thread;
            thread = null;
            tasks = null;
            t.interrupt();
            try {
                t.stop();
            } catch (UnsupportedOperationException | SecurityException e) {
                // newer JVMs cannot stop a thread: it is a daemon and finishes on its own
            }
        }

        void close() {
            if (thread != null) {
                thread.interrupt();
                thread = null;
            }
        }
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format("%.1f s", millis / 1000.0);
    }

    private static String size(long bytes) {
        if (bytes >= 1024 * 1024) return String.format("%.1f MB", bytes / (1024.0 * 1024));
        if (bytes >= 1024) return String.format("%.1f KB", bytes / 1024.0);
        return bytes + " bytes";
    }

    /** One file; every problem that belongs to the file becomes a {@link Outcome.Failed}. */
    Outcome process(SourceFiles.Entry entry, Triage triage) {
        Path file = entry.file();
        String key = entry.key();
        Stamps st = stamps;
        FileStamps.Attributes attrs = null;
        long seen = System.currentTimeMillis() * 1_000_000L;
        if (st != null) {
            attrs = FileStamps.attributes(file);
            String known = st.known().shaIfUnchanged(key, attrs);
            if (known != null && st.unchanged().isUnchanged(key, known)) {
                st.observed().put(key, new FileStamps.Stamp(attrs, known));
                return new Outcome.Unchanged(file, key);
            }
        }
        byte[] bytes;
        try {
            long length = Files.size(file);
            if (length > limits.maxFileBytes()) {
                return new Outcome.Failed(file, file + ": " + size(length) + " is over the file size limit of "
                        + size(limits.maxFileBytes()) + " (--max-file-size); skipped");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Outcome.Failed(file, file + ": cannot read file: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return new Outcome.Failed(file, file + ": ran out of memory reading the file; skipped");
        }
        String sha = DocumentReader.sha256(bytes);
        if (st != null && attrs != null && attrs.size() == bytes.length && FileStamps.settled(attrs, seen)
                && attrs.equals(FileStamps.attributes(file))) {
            st.observed().put(key, new FileStamps.Stamp(attrs, sha));
        }
        switch (triage.triage(key, sha)) {
            case UNCHANGED: return new Outcome.Unchanged(file, key);
            case COPY: return new Outcome.Copy(file, key, sha);
            default: break;
        }
        return extract(bytes, file, key, sha);
    }

    /**
     * The bytes of one file already read (by this pipeline, or by a Spark executor): its graph, or what went wrong.
     * The same code for {@code ingest} and the Spark job, so both store the same quads.
     */
    public Outcome extract(byte[] bytes, Path file, String key) {
        return extract(bytes, file, key, DocumentReader.sha256(bytes));
    }

    private Outcome extract(byte[] bytes, Path file, String key, String sha) {
        try {
            DocumentGraph extraction = processor.process(bytes, file, key);
            QuadCollector quads = new QuadCollector(NodeFactory.createURI(extraction.graphIri()));
            extraction.emit(quads);
            return new Outcome.Extracted(file, key, sha, extraction, quads.quads());
        } catch (DocumentException e) {
            return new Outcome.Failed(file, e.getMessage(), sha);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome.Failed(file, file + ": extraction failed: " + e, sha);
        } catch (OutOfMemoryError e) {
            return new Outcome.Failed(file, file + ": ran out of memory extracting the file; skipped", sha);
        }
    }
}
