package org.diplokg.server.store;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest did.
 *
 * @param failures        "path: problem" per failed file, in the order they happened
 * @param refreshedGraphs labels of the reference/ontology graphs that were (re)written
 * @param bulk            whether the empty-store bulk loader was used
 */
public record IngestReport(int added, int changed, int unchanged, int failed, long quadsInStore,
                           List<String> failures, List<String> refreshedGraphs, boolean bulk, Duration elapsed) {

    public IngestReport {
        failures = List.copyOf(failures);
        refreshedGraphs = List.copyOf(refreshedGraphs);
    }

    public int documents() { return added + changed + unchanged + failed; }

    /** Whether anything in the store was written. */
    public boolean storeChanged() { return added + changed > 0 || !refreshedGraphs.isEmpty(); }

    public String summaryLine() {
        return String.format("ingested %d document%s: %d new, %d changed, %d unchanged, %d failed; %d quads in store%s",
                documents(), documents() == 1 ? "" : "s", added, changed, unchanged, failed, quadsInStore,
                storeChanged() ? "" : " (nothing changed)");
    }
}
