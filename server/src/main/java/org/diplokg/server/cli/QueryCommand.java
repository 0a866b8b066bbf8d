package org.diplokg.server.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.diplokg.server.query.NamedQuery;
import org.diplokg.server.query.OutputFormat;
import org.diplokg.server.query.QueryCatalogue;
import org.diplokg.server.query.QueryRunner;
import org.diplokg.server.store.Store;
import org.diplokg.server.store.StoreException;

/** {@code query}: a named query or a .rq file, on the database or on a running server. */
final class QueryCommand implements Command {

    @Override public String name() { return "query"; }

    @Override
    public String synopsis() {
        return "query NAME|FILE.rq [--db DIR] [--format table|csv|tsv|json] [--param var=value]… [--endpoint URL]\n"
                + "       diplokg query --list";
    }

    @Override public String summary() { return "Run a named query (queries/NAME.rq) or a SPARQL file and print the results."; }

    @Override
    public String details() {
        return """
                The default graph is the union of all graphs, as on the server. --param binds a variable
                before the query runs: an IRI as <…>, prefix:local or https://…, a literal as "…"@zh or a
                number; anything else is a plain string. While a server holds the database, run the
                query through it with --endpoint http://127.0.0.1:3030/kg/query.""";
    }

    @Override
    public Options options() {
        return new Options()
                .flag("list", "list the named queries with their titles")
                .value("db", "DIR", "database folder (default: data/tdb2)")
                .value("format", "FORMAT", "table (default), csv, tsv or json")
                .repeatable("param", "VAR=VALUE", "bind ?VAR to VALUE")
                .value("endpoint", "URL", "send the query to this SPARQL endpoint instead of opening the database");
    }

    @Override
    public int run(Options.ParsedArgs args, Context ctx) throws Exception {
        QueryCatalogue catalogue = QueryCatalogue.load(ctx.home().queriesDir());
        if (args.flag("list")) {
            if (!args.positionals().isEmpty()) throw new UsageException("--list takes no query name");
            int w = catalogue.all().stream().mapToInt(q -> q.name().length()).max().orElse(0);
            for (NamedQuery q : catalogue.all()) {
                String params = q.params().isEmpty() ? "" : "  (--param " + String.join(", ", q.params().keySet().stream().sorted().toList()) + ")";
                ctx.out().println(q.name() + " ".repeat(w - q.name().length() + 2) + q.title() + params);
            }
            return 0;
        }
        if (args.positionals().size() != 1) throw new UsageException("give one query name or .rq file (see query --list)");
        OutputFormat format = OutputFormat.find(args.find("format").orElse("table"))
                .orElseThrow(() -> new UsageException("unknown --format " + args.find("format").orElse("") + " (table, csv, tsv, json)"));
        NamedQuery named = resolve(args.positionals().get(0), catalogue);
        for (var p : named.params().entrySet()) {
            boolean given = args.all("param").stream().anyMatch(v -> v.replaceFirst("^[?$]", "").startsWith(p.getKey() + "="));
            if (!given && p.getValue().contains("(required)")) {
                throw new UsageException(named.name() + " needs --param " + p.getKey() + "=VALUE: " + p.getValue());
            }
        }
        Query query;
        try {
            query = QueryRunner.prepare(named.text(), args.all("param"));
        } catch (QueryParseException e) {
            String m = e.getMessage() == null ? "syntax error" : e.getMessage();
            int cut = m.indexOf("Was expecting");
            ctx.err().println(named.name() + ": " + (cut > 0 ? m.substring(0, cut) : m).strip());
            return 1;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (args.find("endpoint").isPresent()) {
            QueryRunner.remote(args.find("endpoint").get()).run(query, format, ctx.out());
            return 0;
        }
        Path db = args.find("db").map(Path::of).orElse(ctx.home().defaultDb());
        if (!Store.isDatabase(db)) {
            ctx.err().println(db + ": no database here; load one with  ./diplokg ingest PATH…");
            return 1;
        }
        try (Store store = Store.open(db)) {
            QueryRunner.local(store.dataset(), 0).run(query, format, ctx.out());
        } catch (StoreException e) {
            ctx.err().println(e.getMessage() + " (e.g. --endpoint http://127.0.0.1:3030/kg/query)");
            return 1;
        }
        return 0;
    }

    private static NamedQuery resolve(String arg, QueryCatalogue catalogue) throws Exception {
        Path file = Path.of(arg);
        if (arg.endsWith(".rq") && Files.isRegularFile(file)) {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return NamedQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8));
        }
        return catalogue.find(arg).orElseThrow(() -> new UsageException("no query named " + arg + " (see query --list)"));
    }
}
