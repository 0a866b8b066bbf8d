package org.diplokg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.server.store.IngestReport;

/**
 * The heap check: one whole-corpus ingest in a separate JVM started with a small {@code -Xmx}, so the
 * limit applies to the ingest alone. {@link #main} is the child; {@link #run} starts it and reads the
 * one JSON line it prints.
 */
public final class HeapCheck {
    private HeapCheck() {}

    /** Child: {@code HeapCheck CORPUS DB THREADS}; prints one JSON object on its last line. */
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path db = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        try (HeapWatcher heap = HeapWatcher.start()) {
            long t0 = System.nanoTime();
            IngestReport r = new IngestRun(ReferenceData.load(), threads).ingest(db, corpus);
            double seconds = (System.nanoTime() - t0) / 1e9;
            JsonObject o = new JsonObject();
            o.put("documents", r.documents());
            o.put("failed", r.failed());
            o.put("quads", r.quadsInStore());
            o.put("seconds", org.apache.jena.atlas.json.JsonNumber.value(seconds));
            o.put("peakUsedBytes", heap.peakUsedBytes());
            o.put("peakAfterGcBytes", heap.peakAfterGcBytes());
            o.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
            o.put("gcSeconds", org.apache.jena.atlas.json.JsonNumber.value(heap.gcSeconds()));
            System.out.println();
            System.out.println(JSON.toStringFlat(o));
        }
        System.exit(0);
    }

    /** Parent: runs the child with {@code -Xmx<maxHeap>}, its output going to {@code log}. */
    static Figures.HeapCheck run(Path corpus, Path db, int threads, String maxHeap, Path log) throws IOException, InterruptedException {
        List<String> cmd = JavaProcess.command(List.of("-Xmx" + maxHeap), HeapCheck.class,
                List.of(corpus.toString(), db.toString(), Integer.toString(threads)));
        long t0 = System.nanoTime();
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = child.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        String last = lines.stream().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse(null);
        if (exit != 0 || last == null) {
            String why = lines.stream().filter(l -> l.contains("OutOfMemoryError")).findFirst()
                    .orElse("exit code " + exit + (lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1)));
            return new Figures.HeapCheck(maxHeap, false, exit, wall, 0, 0, 0, 0, 0, why);
        }
        JsonObject o = JSON.parse(last);
        long failed = o.get("failed").getAsNumber().value().longValue();
        return new Figures.HeapCheck(maxHeap, failed == 0, exit, o.get("seconds").getAsNumber().value().doubleValue(),
                o.get("documents").getAsNumber().value().longValue(), o.get("quads").getAsNumber().value().longValue(),
                o.get("peakUsedBytes").getAsNumber().value().longValue(), o.get("peakAfterGcBytes").getAsNumber().value().longValue(),
                o.get("gcSeconds").getAsNumber().value().doubleValue(), failed == 0 ? null : failed + " documents failed");
    }
}
