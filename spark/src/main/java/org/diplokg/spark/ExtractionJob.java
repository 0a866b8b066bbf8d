package org.diplokg.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.diplokg.extractor.emit.MentionDetail;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.server.store.Outcome;
import scala.Tuple2;

/**
 * The extractor as a Spark job: reads files ({@code binaryFiles}, so any Hadoop-compatible path), runs the same
 * extraction chain as {@code ingest} in every executor ({@link ExecutorExtraction}, built once per JVM), and writes
 * one N-Quads shard per partition ({@code part-NNNNN.nq}, or {@code .nq.gz}) with each document's graph written
 * whole, plus {@code failures.tsv} (file, problem) for the files that could not be used. {@code diplokg load}
 * bulk-loads the shards.
 */
public final class ExtractionJob {

    /** How to run the job. */
    public record Settings(List<String> inputs, String out, int partitions, boolean gzip,
                           ExecutorExtraction.Settings extraction) implements Serializable {
        public Settings {
            inputs = List.copyOf(inputs);
        }

        public static Settings of(List<String> inputs, String out, int partitions, boolean gzip, List<String> referenceFolders) {
            return new Settings(inputs, out, partitions, gzip, new ExecutorExtraction.Settings(referenceFolders, MentionDetail.FIRST));
        }
    }

    /** What the job did. */
    public record Report(int documents, int failed, int shards, List<String> failures) implements Serializable {}

    /** One partition's result, sent back to the driver. */
    private record PartitionResult(int documents, List<String> failures) implements Serializable {}

    private ExtractionJob() {}

    /** Runs the job on {@code sc}; the output folder must not exist yet. */
    public static Report run(JavaSparkContext sc, Settings settings) throws IOException {
        FileSystem fs = FileSystem.get(URI.create(settings.out()), sc.hadoopConfiguration());
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(settings.out());
        if (fs.exists(out)) throw new IOException(settings.out() + ": the output folder exists already; give a new one");
        fs.mkdirs(out);
        String inputs = String.join(",", settings.inputs());
        JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(inputs);
        // binaryFiles packs small files into few splits (1,032 files of 9 MB were one partition): --partitions
        // spreads them. On 2 cores one partition was faster (33 s against 40 s for 4), so it is not the default.
        if (settings.partitions() > 0 && files.getNumPartitions() < settings.partitions()) {
            files = files.repartition(settings.partitions());
        }
        List<PartitionResult> results = files
                .mapPartitionsWithIndex((index, it) -> List.of(extractPartition(index, it, settings)).iterator(), false)
                .collect();
        int documents = 0;
        List<String> failures = new ArrayList<>();
        for (PartitionResult r : results) {
            documents += r.documents();
            failures.addAll(r.failures());
        }
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(fs.create(new org.apache.hadoop.fs.Path(out, "failures.tsv")),
                StandardCharsets.UTF_8))) {
            for (String f : failures) w.write(f + "\n");
        }
        return new Report(documents, failures.size(), results.size(), failures);
    }

    /** One partition: every file through the extraction chain, its quads into this partition's shard. */
    private static PartitionResult extractPartition(int index, Iterator<Tuple2<String, PortableDataStream>> files,
                                                    Settings settings) throws IOException {
        var pipeline = ExecutorExtraction.pipeline(settings.extraction());
        String name = String.format("part-%05d.nq%s", index, settings.gzip() ? ".gz" : "");
        org.apache.hadoop.fs.Path shard = new org.apache.hadoop.fs.Path(settings.out(), name);
        FileSystem fs = FileSystem.get(URI.create(settings.out()), new Configuration());
        int documents = 0;
        List<String> failures = new ArrayList<>();
        OutputStream raw = fs.create(shard, true);
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(settings.gzip() ? new GZIPOutputStream(raw) : raw,
                StandardCharsets.UTF_8))) {
            while (files.hasNext()) {
                Tuple2<String, PortableDataStream> f = files.next();
                Path file = localPath(f._1());
                byte[] bytes;
                try {
                    bytes = f._2().toArray();
                } catch (RuntimeException e) {
                    failures.add(f._1() + "\tcannot read file: " + e.getMessage());
                    continue;
                }
                Outcome outcome = pipeline.extract(bytes, file, keyOf(f._1(), settings.inputs()));
                if (outcome instanceof Outcome.Extracted x) {
                    for (Quad q : x.storedQuads()) w.write(nquad(q));
                    documents++;
                } else if (outcome instanceof Outcome.Failed failed) {
                    failures.add(f._1() + "\t" + failed.message());
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new PartitionResult(documents, failures);
    }

    private static String nquad(Quad q) {
        return NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph()) + " .\n";
    }

    /**
     * The key {@code ingest} gives a file: the name of the folder given and the path below it ({@code seeds/a.html}),
     * or for a file given on its own its folder's name and its own.
     */
    static String keyOf(String fileUri, List<String> inputs) {
        String file = URI.create(fileUri).getPath();
        for (String input : inputs) {
            String root = URI.create(input).getPath().replaceAll("/+$", "");
            if (file.startsWith(root + "/")) {
                String name = root.substring(root.lastIndexOf('/') + 1);
                return (name.isEmpty() ? "" : name + "/") + file.substring(root.length() + 1);
            }
        }
        return DocumentReader.keyFor(Path.of(file));
    }

    /**
     * The file as {@code ingest} names it: a local file by its path (so a document's key, and so its IRI, is the
     * same whichever command read it); a file on another file system by its path within it.
     */
    static Path localPath(String uri) {
        URI u = URI.create(uri);
        return "file".equals(u.getScheme()) ? Path.of(u) : Path.of(u.getPath());
    }

    /** For spark-submit: {@code ExtractionJob OUT INPUT… [--partitions N] [--gzip] [--reference DIR]…}. */
    public static void main(String[] args) throws IOException {
        List<String> inputs = new ArrayList<>(), reference = new ArrayList<>();
        String out = null;
        int partitions = 0;
        boolean gzip = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                case "--gzip" -> gzip = true;
                case "--reference" -> reference.add(args[++i]);
                default -> {
                    if (out == null) out = args[i];
                    else inputs.add(args[i]);
                }
            }
        }
        if (out == null || inputs.isEmpty()) {
            System.err.println("usage: ExtractionJob OUT INPUT… [--partitions N] [--gzip] [--reference DIR]");
            System.exit(2);
        }
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("diplokg extraction"))) {
            Report r = run(sc, Settings.of(inputs, out, partitions, gzip, reference));
            System.out.println("extracted " + r.documents() + " documents into " + r.shards() + " shards, " + r.failed() + " failed");
        }
    }
}
