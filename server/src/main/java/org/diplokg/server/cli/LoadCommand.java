package org.diplokg.server.cli;

import java.nio.file.Path;
import java.util.List;
import org.diplokg.server.store.ShardLoader;
import org.diplokg.server.store.Store;

/** {@code load DIR…}: N-Quads shards (the Spark job's output) into the database, with the reference and ontology graphs. */
final class LoadCommand implements Command {

    @Override public String name() { return "load"; }

    @Override public String synopsis() { return "load DIR|FILE… [--db DIR] [--reference DIR]"; }

    @Override public String summary() { return "Load N-Quads shards written by the spark command into the database."; }

    @Override
    public String details() {
        return """
                Reads every part-*.nq and part-*.nq.gz in the folders given (or the files given), in name
                order. Each document graph replaces the stored graph of the same name; the reference and
                ontology graphs are loaded as ingest loads them. The result answers the named queries as
                an ingest of the same files does. Into an empty database the bulk loader is used.""";
    }

    @Override
    public Options options() {
        return new Options().value("db", "DIR", "database folder (default: data/tdb2)")
                .repeatable("reference", "DIR", "extra folder of reference Turtle files (ontology/user is always read)");
    }

    @Override
    public int run(Options.ParsedArgs args, Context ctx) throws Exception {
        if (args.positionals().isEmpty()) throw new UsageException("give at least one folder of shards to load");
        List<Path> shards = ShardLoader.shards(args.positionals().stream().map(Path::of).toList());
        if (shards.isEmpty()) throw new UsageException("no *.nq or *.nq.gz shards in " + args.positionals());
        Path db = args.find("db").map(Path::of).orElse(ctx.home().defaultDb());
        ExtractorSetup setup = ExtractorSetup.load(ctx.home(), args.all("reference"));
        try (Store store = Store.open(db)) {
            ShardLoader.Report report = new ShardLoader(store, setup.staticGraphs()).load(shards, new ProgressBar(ctx.err(), ctx.terminal()));
            ctx.out().println(report.summaryLine());
        }
        return 0;
    }
}
