package org.diplokg.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.diplokg.server.shacl.GraphValidator;
import org.diplokg.server.store.Store;

/** {@code validate}: SHACL over the database. */
final class ValidateCommand implements Command {

    @Override public String name() { return "validate"; }

    @Override public String synopsis() { return "validate [--db DIR] [--shapes FILE]"; }

    @Override public String summary() { return "Check the database against the SHACL shapes (ontology/shapes.ttl) and print the report."; }

    @Override
    public Options options() {
        return new Options()
                .value("db", "DIR", "database folder (default: data/tdb2)")
                .value("shapes", "FILE", "SHACL shapes (default: ontology/shapes.ttl)");
    }

    @Override
    public int run(Options.ParsedArgs args, Context ctx) throws Exception {
        if (!args.positionals().isEmpty()) throw new UsageException("validate takes no arguments: " + args.positionals().get(0));
        Optional<Path> shapesFile = args.find("shapes").map(Path::of).or(() -> ctx.home().shapesFile());
        Optional<GraphValidator> validator = GraphValidator.load(shapesFile);
        if (validator.isEmpty()) {
            ctx.err().println("validate: no SHACL shapes found (ontology/shapes.ttl)");
            return 1;
        }
        Path db = args.find("db").map(Path::of).orElse(ctx.home().defaultDb());
        if (!Store.isDatabase(db)) {
            ctx.err().println(db + ": no database here; load one with  ./diplokg ingest PATH…");
            return 1;
        }
        try (Store store = Store.open(db)) {
            ValidationReport report = validator.get().validate(store);
            if (report.conforms()) {
                ctx.out().println("conforms: no violations in " + Home.show(db));
                return 0;
            }
            ShLib.printReport(ctx.out(), report);
            ctx.out().println(report.getEntries().size() + " violation(s)");
            return 1;
        }
    }
}
