package org.diplokg.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.diplokg.server.cli.Command;
import org.diplokg.server.cli.Context;
import org.diplokg.server.cli.Options;
import org.diplokg.server.cli.UsageException;

/**
 * {@code spark PATH… --out DIR}: extraction as an Apache Spark job. With a local master (the default) it runs
 * here, in this JVM; with a cluster master it prints the {@code spark-submit} line to run it there.
 */
public final class SparkCommand implements Command {

    @Override public String name() { return "spark"; }

    @Override
    public String synopsis() {
        return "spark PATH… --out DIR [--master local[N]|spark://HOST:PORT|yarn] [--partitions N] [--gzip] [--reference DIR]";
    }

    @Override public String summary() { return "Extract documents with Apache Spark into N-Quads shards (load them with load)."; }

    @Override
    public String details() {
        return """
                Reads the files under PATH (recursively; any Hadoop-compatible path), extracts every document
                with the same chain as ingest, and writes one N-Quads shard per partition into DIR
                (part-NNNNN.nq, or .nq.gz with --gzip) and failures.tsv for the files that could not be used.
                Then: diplokg load DIR --db DB. With a local master (default local[*]) the job runs in this
                JVM; with a cluster master the command prints the spark-submit line instead (the job jar is
                spark/target/diplokg-spark-job.jar).""";
    }

    @Override
    public Options options() {
        return new Options().value("out", "DIR", "the output folder (must not exist)")
                .value("master", "URL", "Spark master (default local[*])")
                .value("partitions", "N", "minimum number of partitions (default: Spark's choice)")
                .flag("gzip", "write .nq.gz shards")
                .repeatable("reference", "DIR", "extra folder of reference Turtle files (ontology/user is always read)");
    }

    @Override
    public int run(Options.ParsedArgs args, Context ctx) throws Exception {
        if (args.positionals().isEmpty()) throw new UsageException("give at least one file or folder to extract");
        String out = args.find("out").orElseThrow(() -> new UsageException("--out DIR is required"));
        String master = args.find("master").orElse("local[*]");
        int partitions = args.intValue("partitions", 0, 0, 1_000_000);
        List<String> inputs = new ArrayList<>();
        for (String p : args.positionals()) inputs.add(asUri(p));
        List<String> reference = new ArrayList<>();
        reference.add(ctx.home().userReference().toAbsolutePath().toString());
        args.all("reference").forEach(r -> reference.add(Path.of(r).toAbsolutePath().toString()));
        String outUri = asUri(out);
        ExtractionJob.Settings settings = ExtractionJob.Settings.of(inputs, outUri, partitions, args.flag("gzip"), reference);
        if (!master.startsWith("local")) {
            ctx.out().println(submitLine(master, settings));
            return 0;
        }
        long t0 = System.nanoTime();
        ExtractionJob.Report r;
        try (JavaSparkContext sc = new JavaSparkContext(localConf(master))) {
            sc.setLogLevel("WARN");
            r = ExtractionJob.run(sc, settings);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        r.failures().forEach(f -> ctx.err().println(f.replace('\t', ' ')));
        ctx.out().printf("extracted %d documents into %d shard%s in %s (%.1f s, %.0f documents/s), %d failed%n",
                r.documents(), r.shards(), r.shards() == 1 ? "" : "s", out, seconds, r.documents() / seconds, r.failed());
        ctx.out().println("load them with: diplokg load " + out + " --db DIR");
        return r.failed() > 0 ? 1 : 0;
    }

    /** A local Spark in this JVM: no web UI, bound to the loopback address, folders read recursively. */
    static SparkConf localConf(String master) {
        return new SparkConf().setMaster(master).setAppName("diplokg extraction")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.hadoop.mapreduce.input.fileinputformat.input.dir.recursive", "true");
    }

    /** A local path as an absolute file: URI; URIs (hdfs://, s3a://, file:) as given. */
    static String asUri(String path) {
        if (path.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.*") || path.startsWith("file:")) return path;
        Path p = Path.of(path).toAbsolutePath().normalize();
        return Files.isDirectory(p) ? p.toUri().toString().replaceAll("/$", "") : p.toUri().toString();
    }

    static String submitLine(String master, ExtractionJob.Settings s) {
        StringBuilder b = new StringBuilder("spark-submit --master ").append(master)
                .append(" --class ").append(ExtractionJob.class.getName())
                .append(" --conf spark.hadoop.mapreduce.input.fileinputformat.input.dir.recursive=true")
                .append(" spark/target/diplokg-spark-job.jar ").append(s.out());
        for (String in : s.inputs()) b.append(' ').append(in);
        if (s.partitions() > 0) b.append(" --partitions ").append(s.partitions());
        if (s.gzip()) b.append(" --gzip");
        return b.toString();
    }
}
