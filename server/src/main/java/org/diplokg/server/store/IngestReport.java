package org.diplokg.server.store;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest did.
 *
 * @param failures        "path: problem" per failed file, in the order they happened
 * @param refreshedGraphs labels of the reference/ontology graphs that were (re)written
 * @param bulk            whether the empty-store bulk loader was used
 * @param copies          files whose bytes another path already holds (one document, one more dkg:sourceFile)
 * @param pruned          documents removed by {@code --prune} because their files are gone
 * @param removed         documents removed in all (pruned, or replaced when their only file changed)
 * @param skipped         folder entries left out (special files, loops, broken links)
 * @param pruning         whether {@code --prune} was asked for
 */
public record IngestReport(int added, int changed, int unchanged, int failed, long quadsInStore,
                           List<String> failures, List<String> refreshedGraphs, boolean bulk, Duration elapsed,
                           int copies, int pruned, int removed, int skipped, boolean pruning) {

    public IngestReport {
        failures = List.copyOf(failures);
        refreshedGraphs = List.copyOf(refreshedGraphs);
    }

    public IngestReport(int added, int changed, int unchanged, int failed, long quadsInStore,
                        List<String> failures, List<String> refreshedGraphs, boolean bulk, Duration elapsed) {
        this(added, changed, unchanged, failed, quadsInStore, failures, refreshedGraphs, bulk, elapsed, 0, 0, 0, 0, false);
    }

    /** Files seen: each is new, changed, unchanged, a copy of another file's bytes, or failed. */
    public int documents() { return added + changed + unchanged + copies + failed; }

    /** Whether anything in the store was written. */
    public boolean storeChanged() { return added + changed + copies + removed > 0 || !refreshedGraphs.isEmpty(); }

    public String summaryLine() {
        return String.format("ingested %d document%s: %d new, %d changed, %d unchanged, %d failed%s%s%s; %d quads in store%s",
                documents(), documents() == 1 ? "" : "s", added, changed, unchanged, failed,
                copies > 0 ? ", " + copies + " with the same bytes as another file (one document, one more path)" : "",
                skipped > 0 ? ", " + skipped + " skipped" : "",
                pruning ? "; pruned " + pruned + " document" + (pruned == 1 ? "" : "s") + " whose files are gone" : "",
                quadsInStore, storeChanged() ? "" : " (nothing changed)");
    }
}
