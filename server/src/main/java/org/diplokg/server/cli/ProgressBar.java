package org.diplokg.server.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.diplokg.server.store.IngestListener;
import org.diplokg.server.store.IngestReport;

/**
 * Ingest progress on stderr. On a terminal: one redrawn line (done/total, docs/s, a bar), failures
 * printed above it. Elsewhere: only the failures, so logs stay clean.
 */
final class ProgressBar implements IngestListener {
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private long start;
    private long lastDraw;
    private int done;
    private int total;
    private boolean drawn;

    ProgressBar(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void started(int totalFiles) {
        total = totalFiles;
        start = System.nanoTime();
    }

    @Override
    public void progress(int d, int t) {
        done = d;
        total = t;
        long now = System.nanoTime();
        if (terminal && (now - lastDraw >= REDRAW_NANOS || d == t)) {
            lastDraw = now;
            draw("");
        }
    }

    @Override
    public void failed(String message) {
        clear();
        err.println(message);
        if (terminal && total > 0) draw("");
    }

    @Override
    public void warned(String message) {
        failed(message);
    }

    @Override
    public void skipped(String message) {
        failed(message);
    }

    @Override
    public void staticGraphLoaded(String label, int quads) {
        clear();
        err.println("loaded the " + label + " (" + quads + " quads)");
    }

    @Override
    public void committing() {
        if (terminal && total > 0) draw(" committing…");
    }

    @Override
    public void finished(IngestReport report) {
        clear();
    }

    private void draw(String suffix) {
        double secs = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        String line = String.format(Locale.ROOT, "\r[%s%s] %d/%d docs  %.1f docs/s%s",
                "=".repeat(filled), " ".repeat(width - filled), done, total, done / secs, suffix);
        err.print(line + "\u001b[K");
        err.flush();
        drawn = true;
    }

    private void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }
}
