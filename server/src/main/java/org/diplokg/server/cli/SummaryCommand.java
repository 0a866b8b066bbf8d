package org.diplokg.server.cli;

import java.nio.file.Path;
import org.apache.jena.system.Txn;
import org.diplokg.server.store.Store;
import org.diplokg.server.store.SummaryGraph;

/** {@code summary}: check the summary graph against one made from scratch, or rebuild it. */
final class SummaryCommand implements Command {

    @Override public String name() { return "summary"; }

    @Override public String synopsis() { return "summary [--db DIR] [--rebuild]"; }

    @Override public String summary() { return "Check the summary graph the named queries read, or rebuild it from the document graphs."; }

    @Override
    public String details() {
        return """
                Ingest, load and writes through a running server keep the summary graph
                (https://w3id.org/diplokg/graph/summary) current in the same transaction as the documents.
                Without options this recomputes it in memory and says how many triples differ from the
                stored one (exit code 1 if any). --rebuild replaces it by the recomputed one, e.g. after
                changing document graphs with SPARQL updates of your own.""";
    }

    @Override
    public Options options() {
        return new Options().value("db", "DIR", "database folder (default: data/tdb2)")
                .flag("rebuild", "replace the stored summary graph by one recomputed from the document graphs");
    }

    @Override
    public int run(Options.ParsedArgs args, Context ctx) throws Exception {
        Path db = args.find("db").map(Path::of).orElse(ctx.home().defaultDb());
        if (!Store.isDatabase(db)) {
            ctx.err().println(db + ": no database here");
            return 1;
        }
        try (Store store = Store.open(db)) {
            if (args.flag("rebuild")) {
                long n = Txn.calculateWrite(store.dataset(), () -> SummaryGraph.recompute(store.dataset()));
                ctx.out().println("rebuilt the summary graph: " + n + " triples");
                return 0;
            }
            long diff = Txn.calculateRead(store.dataset(), () -> SummaryGraph.difference(store.dataset()));
            ctx.out().println(diff == 0 ? "the summary graph is current"
                    : diff + " triples of the summary graph differ from a recomputed one; run summary --rebuild");
            return diff == 0 ? 0 : 1;
        }
    }
}
