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

    /** Receives outcomes, one at a time, on the thread that called {@link #run}. */
    @FunctionalInterface
    public interface Consumer {
        void accept(Outcome outcome) throws Exception;
    }

    private static final Object DONE = new Object();

    private final DocumentProcessor processor;
    private final int threads;
    private final int queueCapacity;

    public ExtractionPipeline(DocumentProcessor processor, int threads, int queueCapacity) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.processor = processor;
        this.threads = threads;
        this.queueCapacity = Math.max(1, queueCapacity);
    }

    public ExtractionPipeline(DocumentProcessor processor, int threads) {
        this(processor, threads, 4 * threads + 8);
    }

    /**
     * Runs every file through the workers and the consumer. Returns when all are consumed; if the
     * consumer throws, the workers are stopped and the exception is rethrown.
     */
    public void run(List<Path> files, UnchangedCheck check, Consumer consumer) throws Exception {
        if (files.isEmpty()) return;
        int workers = Math.min(threads, files.size());
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(queueCapacity);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        List<Thread> pool = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> work(files, next, check, queue, fatal), "diplokg-extract-" + w);
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

    private void work(List<Path> files, AtomicInteger next, UnchangedCheck check,
                      BlockingQueue<Object> queue, AtomicReference<Throwable> fatal) {
        try {
            int i;
            while ((i = next.getAndIncrement()) < files.size() && fatal.get() == null) {
                queue.put(process(files.get(i), check));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // the consumer gave up; nobody waits for DONE
        } catch (Throwable t) {
            fatal.compareAndSet(null, t);
        }
        try {
            queue.put(DONE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One file; every problem that belongs to the file becomes a {@link Outcome.Failed}. */
    Outcome process(Path file, UnchangedCheck check) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Outcome.Failed(file, file + ": cannot read file: " + e.getMessage());
        }
        String key = DocumentReader.keyFor(file);
        String sha = DocumentReader.sha256(bytes);
        if (check.isUnchanged(key, sha)) return new Outcome.Unchanged(file, key);
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
            return new Outcome.Failed(file, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome.Failed(file, file + ": extraction failed: " + e);
        }
    }
}
