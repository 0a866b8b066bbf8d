package org.diplokg.server.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.diplokg.server.store.ExportFormat;
import org.diplokg.server.store.Exporter;
import org.diplokg.server.store.ServedDataset;
import org.diplokg.server.store.Store;

/** {@code export}: the database as linked data files. */
final class ExportCommand implements Command {

    @Override public String name() { return "export"; }

    @Override public String synopsis() { return "export [--db DIR] --format turtle|trig|nquads|jsonld [--graph IRI] --out FILE"; }

    @Override public String summary() { return "Write the graph out as Turtle, TriG, N-Quads or JSON-LD, with the project's prefixes."; }

    @Override
    public String details() {
        return """
                Turtle gets the union of all graphs (or the one --graph); TriG, N-Quads and JSON-LD keep the
                named graphs. Without --format the format follows the --out extension (.ttl .trig .nq
                .jsonld); without --out the data goes to standard output. While `serve` holds the database,
                export reads it through the server's open Graph Store endpoint (/kg/get): the same output.
                JSON-LD keeps language tags as written (zh-Hans).""";
    }

    @Override
    public Options options() {
        return new Options()
                .value("db", "DIR", "database folder (default: data/tdb2); while a server holds it, read through the server")
                .value("format", "FORMAT", "turtle, trig, nquads or jsonld")
                .value("graph", "IRI", "only this named graph")
                .value("out", "FILE", "output file (default: standard output)");
    }

    @Override
    public int run(Options.ParsedArgs args, Context ctx) throws Exception {
        if (!args.positionals().isEmpty()) throw new UsageException("export takes no arguments: " + args.positionals().get(0));
        Optional<Path> outFile = args.find("out").filter(o -> !o.equals("-")).map(Path::of);
        ExportFormat format = args.find("format").isPresent()
                ? ExportFormat.find(args.find("format").get())
                        .orElseThrow(() -> new UsageException("unknown --format " + args.find("format").get() + " (turtle, trig, nquads, jsonld)"))
                : outFile.flatMap(ExportCommand::fromExtension).orElse(ExportFormat.TURTLE);
        Path db = args.find("db").map(Path::of).orElse(ctx.home().defaultDb());
        String graph = args.find("graph").orElse(null);
        // TDB2 lets one process open a database: while serve holds it, read it through the server
        Optional<ServedDataset> served = ServedDataset.find(db);
        if (served.isPresent()) {
            ctx.err().println("a server holds " + db + "; exporting through " + served.get().datasetUrl() + "/get");
            try {
                return write(outFile, format, ctx, out -> served.get().export(format, graph, out));
            } catch (ServedDataset.NoSuchGraph e) {
                ctx.err().println("no graph " + graph + " at " + served.get().datasetUrl());
                return 1;
            }
        }
        if (!Store.isDatabase(db)) {
            ctx.err().println(db + ": no database here; load one with  ./diplokg ingest PATH…");
            return 1;
        }
        try (Store store = Store.open(db)) {
            if (graph != null && store.findGraphHash(graph).isEmpty() && !graphExists(store, graph)) {
                ctx.err().println("no graph " + graph + " in " + db);
                return 1;
            }
            return write(outFile, format, ctx, out -> new Exporter(store).export(format, graph, out));
        }
    }

    private interface Export {
        long to(OutputStream out) throws Exception;
    }

    private static int write(Optional<Path> outFile, ExportFormat format, Context ctx, Export export) throws Exception {
        if (outFile.isPresent()) {
            Path parent = outFile.get().toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            long n;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(outFile.get()))) {
                n = export.to(out);
            }
            ctx.err().println("wrote " + n + (format.keepsGraphs() ? " quads" : " triples") + " as " + format.label() + " to " + outFile.get());
        } else {
            export.to(ctx.out());
            ctx.out().flush();
        }
        return 0;
    }

    private static boolean graphExists(Store store, String graph) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(),
                () -> store.dataset().containsGraph(org.apache.jena.graph.NodeFactory.createURI(graph)));
    }

    static Optional<ExportFormat> fromExtension(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".ttl")) return Optional.of(ExportFormat.TURTLE);
        if (n.endsWith(".trig")) return Optional.of(ExportFormat.TRIG);
        if (n.endsWith(".nq")) return Optional.of(ExportFormat.NQUADS);
        if (n.endsWith(".jsonld") || n.endsWith(".json")) return Optional.of(ExportFormat.JSONLD);
        return Optional.empty();
    }
}
