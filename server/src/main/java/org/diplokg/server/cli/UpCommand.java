package org.diplokg.server.cli;

import java.nio.file.Path;
import java.util.List;
import org.diplokg.server.store.IngestReport;
import org.diplokg.server.store.Store;

/** {@code up}: the quick start, ingest the seeds and serve. */
final class UpCommand implements Command {

    @Override public String name() { return "up"; }

    @Override public String synopsis() { return "up [--db DIR] [--port N] [--host H] [--config FILE] [--passwd FILE] [--threads N]"; }

    @Override public String summary() { return "Ingest seeds/ into the database (data/tdb2), then serve it on http://127.0.0.1:3030/."; }

    @Override
    public String details() {
        return "The same as `ingest seeds` followed by `serve`; unchanged seeds are not read again.";
    }

    @Override
    public Options options() {
        Options o = new Options()
                .value("db", "DIR", "database folder (default: data/tdb2)")
                .value("port", "N", "port (default: 3030; 0 picks a free one)")
                .value("host", "H", "interface to bind (default: 127.0.0.1)")
                .value("config", "FILE", "Fuseki configuration (default: fuseki-config/config.ttl)")
                .value("passwd", "FILE", "password file (default: data/passwd, made when missing)")
                .value("threads", "N", "extraction threads (default: all cores)");
        return o;
    }

    @Override
    public int run(Options.ParsedArgs args, Context ctx) throws Exception {
        if (!args.positionals().isEmpty()) throw new UsageException("up takes no arguments: " + args.positionals().get(0));
        Path db = args.find("db").map(Path::of).orElse(ctx.home().defaultDb()).toAbsolutePath().normalize();
        var settings = IngestCommand.settings(args);
        var serverSettings = ServeCommand.settings(args, ctx, db);
        try (Store store = Store.open(db)) {
            IngestReport report = IngestCommand.ingest(store, List.of(ctx.home().seeds()), settings, List.of(),
                    org.diplokg.extractor.emit.MentionDetail.FIRST, ctx);
            if (report.failed() > 0) ctx.err().println("some seeds failed (see above); serving what was loaded");
        }
        ServeCommand.serve(serverSettings, ctx);
        return 0;
    }
}
