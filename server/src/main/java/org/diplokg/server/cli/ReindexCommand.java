package org.diplokg.server.cli;

import java.nio.file.Path;
import org.apache.jena.system.Txn;
import org.diplokg.server.search.IndexDocuments;
import org.diplokg.server.search.TextIndexes;
import org.diplokg.server.store.Store;

/**
 * {@code reindex}: builds the full-text index again from what the database holds. Found by {@link java.util.ServiceLoader}
 * (listed in {@code META-INF/services/org.diplokg.server.cli.Command}), as commands of other modules are.
 */
public final class ReindexCommand implements Command {

    @Override public String name() { return "reindex"; }

    @Override public String synopsis() { return "reindex [--db DIR]"; }

    @Override public String summary() { return "Rebuild the full-text index (names and document text) from the database."; }

    @Override
    public String details() {
        return "The index (DIR/" + TextIndexes.FOLDER + ") is kept current by every ingest, load and update, and built"
                + " when a database without one is opened; this rebuilds it whole, e.g. after restoring the database"
                + " from a copy without its index. Stop a server that holds the database first.";
    }

    @Override
    public Options options() {
        return new Options().value("db", "DIR", "database folder (default: data/tdb2)");
    }

    @Override
    public int run(Options.ParsedArgs args, Context ctx) throws Exception {
        if (!args.positionals().isEmpty()) throw new UsageException("reindex takes no arguments: " + args.positionals().get(0));
        Path db = args.find("db").map(Path::of).orElse(ctx.home().defaultDb());
        if (!Store.isDatabase(db)) {
            ctx.err().println(db + ": no database here; load one with  ./diplokg ingest PATH…");
            return 1;
        }
        long t0 = System.nanoTime();
        try (Store store = Store.open(db)) {
            IndexDocuments documents = TextIndexes.documents(store.dataset()).orElseThrow();
            int entries = Txn.calculateRead(store.dataset(), () -> documents.rebuild(TextIndexes.base(store.dataset())));
            ctx.out().printf("reindexed %s: %d entries (entities and document texts) in %.1f s%n",
                    Home.show(db), entries, (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }
}
