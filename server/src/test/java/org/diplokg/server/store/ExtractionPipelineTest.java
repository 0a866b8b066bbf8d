package org.diplokg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionPipelineTest {

    @TempDir Path dir;

    private List<Path> files(int n) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) files.add(Files.writeString(dir.resolve("f" + i + ".txt"), "text " + i));
        return files;
    }

    @Test
    void slowConsumerGetsEveryOutcomeWhileWorkersWaitOnTheBoundedQueue() throws Exception {
        List<Path> files = files(40);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        DocumentProcessor counting = (bytes, file, key) -> {
            maxAhead.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            return new FakeProcessor().process(bytes, file, key);
        };
        List<Outcome> seen = new ArrayList<>();
        new ExtractionPipeline(counting, 3, 2).run(files, ExtractionPipeline.UnchangedCheck.NEVER, o -> {
            Thread.sleep(2);
            inFlight.decrementAndGet();
            seen.add(o);
        });
        assertEquals(40, seen.size());
        assertTrue(seen.stream().allMatch(o -> o instanceof Outcome.Extracted));
        // queue (2) + one finished item per worker waiting to be put (3) + consumer's current (1)
        assertTrue(maxAhead.get() <= 2 + 3 + 1 + 1, "workers ran ahead by " + maxAhead.get());
    }

    @Test
    void unchangedFilesAreNeverHandedToTheProcessor() throws Exception {
        List<Path> files = files(5);
        FakeProcessor p = new FakeProcessor();
        List<Outcome> seen = new ArrayList<>();
        new ExtractionPipeline(p, 2).run(files, (key, sha) -> key.endsWith("f3.txt"), seen::add);
        assertEquals(4, p.calls());
        assertEquals(1, seen.stream().filter(o -> o instanceof Outcome.Unchanged).count());
    }

    @Test
    void bugInExtractionFailsThatFileOnly() throws Exception {
        List<Path> files = files(4);
        DocumentProcessor buggy = (bytes, file, key) -> {
            if (file.endsWith("f2.txt")) throw new IllegalStateException("boom");
            return new FakeProcessor().process(bytes, file, key);
        };
        List<Outcome> seen = new ArrayList<>();
        new ExtractionPipeline(buggy, 2).run(files, ExtractionPipeline.UnchangedCheck.NEVER, seen::add);
        List<Outcome.Failed> failed = seen.stream().filter(o -> o instanceof Outcome.Failed).map(o -> (Outcome.Failed) o).toList();
        assertEquals(1, failed.size());
        assertTrue(failed.get(0).message().contains("f2.txt") && failed.get(0).message().contains("boom"), failed.get(0).message());
        assertEquals(3, seen.size() - failed.size());
    }

    @Test
    void consumerFailureStopsThePipelineAndIsRethrown() throws Exception {
        List<Path> files = files(200);
        FakeProcessor p = new FakeProcessor();
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                new ExtractionPipeline(p, 2, 2).run(files, ExtractionPipeline.UnchangedCheck.NEVER, o -> {
                    throw new IllegalStateException("disk full");
                }));
        assertEquals("disk full", e.getMessage());
        Thread.sleep(100);
        assertTrue(p.calls() < 50, "workers kept going after the consumer failed: " + p.calls());
    }
}
