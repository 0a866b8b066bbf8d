package org.diplokg.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.diplokg.server.http.PasswordFile;
import org.diplokg.server.store.RemoteTarget;
import org.diplokg.extractor.emit.MentionDetail;
import org.diplokg.server.store.ExtractionPipeline;
import org.diplokg.server.store.IngestReport;
import org.diplokg.server.store.Ingester;
import org.diplokg.server.store.Store;
import org.diplokg.server.store.UnchangedRun;

/** {@code ingest PATH…}: documents into the TDB2 database, incrementally. */
final class IngestCommand implements Command {

    @Override public String name() { return "ingest"; }

    @Override public String synopsis() { return "ingest PATH… [--db DIR] [--threads N] [--force] [--prune] [--max-file-size MB] [--max-file-seconds S] [--reference DIR] [--mentions first|all]"; }

    @Override public String summary() { return "Read, extract and load documents (files or folders) into the database."; }

    @Override
    public String details() {
        return """
                Folders are read recursively; hidden files are skipped. A file whose bytes are unchanged
                since it was last ingested is skipped before any parsing; a changed file replaces its
                document graph. Failed files are reported as "path: problem" and the rest go on; the
                exit code is 1 when any file failed. The reference and ontology graphs are loaded on
                first use and reloaded when they change.""";
    }

    @Override
    public Options options() {
        return mentionsOption(common(new Options()));
    }

    /** {@code --mentions first|all}, shared with {@code extract}. */
    static Options mentionsOption(Options o) {
        return o.value("mentions", "first|all", "phrases per document: the first occurrence of each surface form of an entity,"
                + " its offsets in its IRI (default), or every occurrence with its offsets, context and sentence stated (full NIF, several times the quads)");
    }

    static MentionDetail mentions(Options.ParsedArgs args) throws UsageException {
        try {
            return args.find("mentions").map(MentionDetail::parse).orElse(MentionDetail.FIRST);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The ingest options, shared with {@code up}. */
    static Options common(Options o) {
        return o.value("db", "DIR", "database folder (default: data/tdb2)")
                .value("threads", "N", "extraction threads (default: all " + Runtime.getRuntime().availableProcessors() + " cores)")
                .flag("force", "re-extract files even when unchanged")
                .flag("prune", "remove documents whose files under the given folders are gone")
                .value("max-file-size", "MB", "refuse files larger than this (default: 20)")
                .value("max-file-seconds", "S", "give up a file that takes longer than this to read and extract (default: 60)")
                .repeatable("reference", "DIR", "extra folder of reference Turtle files (ontology/user is always read)");
    }

    @Override
    public int run(Options.ParsedArgs args, Context ctx) throws Exception {
        if (args.positionals().isEmpty()) throw new UsageException("give at least one file or folder to ingest");
        Path db = args.find("db").map(Path::of).orElse(ctx.home().defaultDb());
        List<Path> paths = args.positionals().stream().map(Path::of).toList();
        Ingester.Settings settings = settings(args);
        MentionDetail mentions = mentions(args);
        Optional<RemoteTarget> server = RemoteTarget.find(db.toAbsolutePath().normalize(), PasswordFile.ADMIN);
        if (server.isPresent()) {
            ctx.err().println("a server holds " + db + ": loading through " + server.get().datasetUrl()
                    + " (queries go on; each document appears when its graph is written)");
            ExtractorSetup setup = ExtractorSetup.load(ctx.home(), args.all("reference"), mentions);
            IngestReport report = new Ingester(server.get(), setup.processor(), setup.staticGraphs(), settings)
                    .ingest(paths, new ProgressBar(ctx.err(), ctx.terminal()));
            ctx.out().println(report.summaryLine());
            return report.failed() > 0 ? 1 : 0;
        }
        String reference = ExtractorSetup.referenceFingerprint(ctx.home(), args.all("reference"));
        Optional<IngestReport> unchanged = UnchangedRun.check(db.toAbsolutePath().normalize(), paths, settings, reference,
                new ProgressBar(ctx.err(), ctx.terminal()));
        if (unchanged.isPresent()) {
            ctx.out().println(unchanged.get().summaryLine());
            return 0;
        }
        Future<ExtractorSetup> setup = ExtractorSetup.loadAhead(ctx.home(), args.all("reference"), mentions, isNewDatabase(db));
        try (Store store = Store.open(db)) {
            IngestReport report = ingest(store, paths, settings, setup(setup), ctx, reference);
            return report.failed() > 0 ? 1 : 0;
        }
    }

    /** No database yet at {@code db}: every file will be extracted, so the extractor is built ahead. */
    private static boolean isNewDatabase(Path db) {
        if (!Files.isDirectory(db)) return true;
        try (java.util.stream.Stream<Path> entries = Files.list(db)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static ExtractorSetup setup(Future<ExtractorSetup> setup) throws Exception {
        try {
            return setup.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause());
        }
    }

    /** Reads the ingest options (before anything is opened, so a bad value changes nothing). */
    static Ingester.Settings settings(Options.ParsedArgs args) throws UsageException {
        int threads = args.intValue("threads", Runtime.getRuntime().availableProcessors(), 1, 1024);
        return Ingester.Settings.defaults().withThreads(threads).withForce(args.flag("force"))
                .withPrune(args.flag("prune")).withLimits(limits(args));
    }

    /** {@code --max-file-size MB} and {@code --max-file-seconds S}, shared with {@code extract}. */
    static ExtractionPipeline.Limits limits(Options.ParsedArgs args) throws UsageException {
        int mb = args.intValue("max-file-size", 20, 1, 1_000_000);
        int seconds = args.intValue("max-file-seconds", 60, 1, 1_000_000);
        return new ExtractionPipeline.Limits(mb * 1024L * 1024L, seconds * 1000L);
    }

    /** Runs an ingest and prints its summary line; shared with {@code up}. */
    static IngestReport ingest(Store store, List<Path> paths, Ingester.Settings settings, List<String> referenceFolders,
                               MentionDetail mentions, Context ctx) throws Exception {
        return ingest(store, paths, settings, referenceFolders, mentions, ctx,
                ExtractorSetup.referenceFingerprint(ctx.home(), referenceFolders));
    }

    private static IngestReport ingest(Store store, List<Path> paths, Ingester.Settings settings, List<String> referenceFolders,
                                       MentionDetail mentions, Context ctx, String referenceFingerprint) throws Exception {
        return ingest(store, paths, settings, ExtractorSetup.load(ctx.home(), referenceFolders, mentions), ctx, referenceFingerprint);
    }

    private static IngestReport ingest(Store store, List<Path> paths, Ingester.Settings settings, ExtractorSetup setup,
                                       Context ctx, String referenceFingerprint) throws Exception {
        Ingester ingester = new Ingester(store, setup.processor(), setup.staticGraphs(), settings)
                .withReferenceFingerprint(referenceFingerprint);
        IngestReport report = ingester.ingest(paths, new ProgressBar(ctx.err(), ctx.terminal()));
        ctx.out().println(report.summaryLine());
        return report;
    }
}
