package org.diplokg.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void drawsDoneTotalAndRateOnATerminal() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(err, true, StandardCharsets.UTF_8), true);
        bar.started(4);
        bar.progress(4, 4);
        String s = err.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\r[") && s.contains("4/4 docs") && s.contains("docs/s"), s);
    }

    @Test
    void printsOnlyFailuresElsewhere() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(err, true, StandardCharsets.UTF_8), false);
        bar.started(2);
        bar.progress(1, 2);
        bar.failed("a.txt: empty file");
        bar.progress(2, 2);
        assertEquals("a.txt: empty file\n", err.toString(StandardCharsets.UTF_8));
    }
}
