package org.diplokg.server.cli;

import java.nio.file.Path;
import org.diplokg.server.http.KgServer;
import org.diplokg.server.store.RemoteTarget;
import org.diplokg.server.http.PasswordFile;
import org.diplokg.server.http.ServerSettings;
import org.diplokg.server.store.Store;

/** {@code serve}: the database over HTTP with the Fuseki console. */
final class ServeCommand implements Command {

    @Override public String name() { return "serve"; }

    @Override public String synopsis() { return "serve [--db DIR] [--port N] [--host H] [--config FILE] [--passwd FILE]"; }

    @Override public String summary() { return "Serve the database: SPARQL endpoints and the Fuseki web console."; }

    @Override
    public String details() {
        return """
                Reads fuseki-config/config.ttl (or --config): dataset /kg whose default graph is the union
                of all graphs; /kg/query, /kg/sparql, /kg and /kg/get are open, /kg/update, /kg/data and
                everything under /$/ but /$/ping need the user "admin". SERVICE is refused, SPARQL text over
                1 MB is answered 413, writes must name a graph (the default graph is the union of all graphs).
                --db replaces the database location written in the configuration.
                Without a password file one is made with a random password, readable by you only.
                Binds 127.0.0.1 unless --host says otherwise. Stop it with Ctrl-C.""";
    }

    @Override
    public Options options() {
        return common(new Options());
    }

    static Options common(Options o) {
        return o.value("db", "DIR", "database folder (default: the configuration's, data/tdb2)")
                .value("port", "N", "port (default: 3030; 0 picks a free one)")
                .value("host", "H", "interface to bind (default: 127.0.0.1; 0.0.0.0 for all)")
                .value("config", "FILE", "Fuseki configuration (default: fuseki-config/config.ttl)")
                .value("passwd", "FILE", "password file (default: data/passwd, made when missing)");
    }

    static ServerSettings settings(Options.ParsedArgs args, Context ctx, Path db) throws UsageException {
        int port = args.intValue("port", ServerSettings.DEFAULT_PORT, 0, 65535);
        Path config = args.find("config").map(Path::of).orElse(ctx.home().configFile().orElse(null));
        Path passwd = args.find("passwd").map(Path::of).orElse(null);
        String host = args.find("host").orElse(ServerSettings.DEFAULT_HOST);
        return new ServerSettings(config, db, ctx.home().dir(), host, port, passwd);
    }

    @Override
    public int run(Options.ParsedArgs args, Context ctx) throws Exception {
        if (!args.positionals().isEmpty()) throw new UsageException("serve takes no arguments: " + args.positionals().get(0));
        Path db = args.find("db").map(Path::of).orElse(null);
        serve(settings(args, ctx, db), ctx);
        return 0;
    }

    /** Starts the server, prints where everything is, and blocks until it is stopped. */
    static void serve(ServerSettings settings, Context ctx) throws Exception {
        KgServer server = KgServer.build(settings);
        server.start();
        // ingest --db into this folder finds the server here and loads through it
        RemoteTarget.announce(server.location(), server.datasetUrl(), server.passwordFile());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            RemoteTarget.withdraw(server.location());
            server.close();
        }, "diplokg-stop"));
        printBanner(server, ctx);
        server.join();
    }

    static void printBanner(KgServer server, Context ctx) {
        long quads;
        long graphs;
        try (Store store = Store.attach(server.location())) {
            quads = store.quadCount();
            graphs = store.graphCount();
        }
        String base = server.baseUrl();
        String ds = server.datasetUrl();
        String passwd = Home.show(server.passwordFile());
        var out = ctx.out();
        out.println();
        out.printf("diplokg is serving %s (%d graphs, %d quads)%n", Home.show(server.location()), graphs, quads);
        if (quads == 0) out.println("  the database is empty: load documents with  ./diplokg ingest PATH…");
        out.println();
        out.println("  home page       " + base + "   (search, meetings, agreements, people, documents)");
        out.println("  query page      " + base + "query   (SPARQL with the project's prefixes and the named queries)");
        out.println("  Fuseki console  " + base + "index.html");
        out.println("  SPARQL query    " + ds + "/query   (also " + ds + "/sparql and " + ds + ")");
        out.println("  graph store     " + ds + "/get?default   (read; ?graph=IRI for one graph)");
        out.println("  SPARQL update   " + ds + "/update   (login needed)");
        out.println("  graph store rw  " + ds + "/data   (login needed)");
        out.println();
        out.println("named queries (queries/*.rq):");
        out.println("  ./diplokg query --list");
        out.println("  curl -s " + ds + "/query --data-urlencode query@queries/agreements-per-meeting.rq -H 'Accept: text/csv'");
        out.println("  (while the server runs it holds the database; add  --endpoint " + ds + "/query  to ./diplokg query)");
        out.println();
        out.println("writes need the user \"" + PasswordFile.ADMIN + "\"; the password is in " + passwd
                + (server.passwordFileCreated() ? " (just made; readable by you only)" : "") + ":");
        out.println("  curl -u \"" + PasswordFile.ADMIN + ":$(sed -n 's/^" + PasswordFile.ADMIN + ": *//p' " + passwd + ")\" "
                + ds + "/update --data-urlencode 'update=INSERT DATA { GRAPH <urn:example:notes> { <urn:example:a> <urn:example:b> \"c\" } }'");
        out.println();
        out.println("Ctrl-C stops the server.");
        out.flush();
    }
}
