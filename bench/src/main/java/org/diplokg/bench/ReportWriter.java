package org.diplokg.bench;

import static org.diplokg.bench.BenchReport.f;
import static org.diplokg.bench.BenchReport.mib;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.diplokg.bench.Figures.QueryLatency;
import org.diplokg.bench.Figures.Target;
import org.diplokg.bench.Figures.Throughput;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.server.query.TextTable;

/** A {@link BenchReport} as JSON (every figure, every run) and as a table for people. */
public final class ReportWriter {
    private ReportWriter() {}

    public static JsonObject json(BenchReport r) {
        JsonObject o = new JsonObject();
        MachineFacts m = r.machine();
        JsonObject machine = new JsonObject();
        machine.put("cores", m.cores());
        machine.put("jvm", m.jvm());
        machine.put("os", m.os());
        machine.put("cpu", m.cpu());
        machine.put("maxHeapBytes", m.maxHeapBytes());
        machine.put("memoryBytes", m.memoryBytes());
        machine.put("loadAverageAtStart", num(m.loadAverage()));
        o.put("machine", machine);

        BenchSettings s = r.settings();
        JsonObject settings = new JsonObject();
        settings.put("docs", s.docs());
        settings.put("threads", s.threads());
        settings.put("runs", s.runs());
        settings.put("sample", s.sampleSize());
        settings.put("queryRuns", s.queryRuns());
        settings.put("warmUpSeconds", s.warmUpSeconds());
        settings.put("seed", s.seed());
        settings.put("heapCheck", s.heapCheck());
        JsonArray folders = new JsonArray();
        s.corpusFolders().forEach(f -> folders.add(f.toString()));
        settings.put("corpusFolders", folders);
        settings.put("cold", s.cold());
        o.put("settings", settings);

        SyntheticCorpus.Summary c = r.corpus();
        JsonObject corpus = new JsonObject();
        corpus.put("documents", c.documents());
        corpus.put("bytes", c.bytes());
        corpus.put("chars", c.chars());
        corpus.put("medianBytes", c.medianBytes());
        corpus.put("maxBytes", c.maxBytes());
        corpus.put("medianChars", c.medianChars());
        corpus.put("gb18030", c.gb18030());
        JsonObject formats = new JsonObject();
        for (DocumentFormat f : DocumentFormat.values()) formats.put(f.label(), c.formats().getOrDefault(f, 0));
        corpus.put("formats", formats);
        corpus.put("generateSeconds", num(r.generateSeconds()));
        o.put("corpus", corpus);

        o.put("setupSeconds", num(r.setupSeconds()));
        o.put("read", throughput(r.read()));
        o.put("extraction", throughput(r.extraction()));
        o.put("hanlp", throughput(r.hanlp()));
        o.put("extractionToHanlp", num(r.extractionToHanlp()));

        JsonObject ingest = new JsonObject();
        ingest.put("documents", r.ingest().documents());
        ingest.put("quads", r.ingest().quads());
        ingest.put("failed", r.ingest().failed());
        ingest.put("bulkLoader", r.ingest().bulk());
        ingest.put("runSeconds", numbers(r.ingest().runSeconds()));
        ingest.put("seconds", num(r.ingest().medianSeconds()));
        ingest.put("docsPerSecond", num(r.ingest().docsPerSecond()));
        ingest.put("quadsPerSecond", num(r.ingest().quadsPerSecond()));
        o.put("ingest", ingest);
        o.put("reingest", throughput(r.reingest()));
        o.put("incrementalIngest", throughput(r.incremental()));
        if (r.cold() != null) {
            JsonObject cold = new JsonObject();
            cold.put("ingest", throughput(r.cold().ingest()));
            cold.put("reingest", throughput(r.cold().reingest()));
            o.put("cold", cold);
        }

        JsonObject heap = new JsonObject();
        heap.put("peakUsedBytes", r.heap().peakUsedBytes());
        heap.put("peakAfterGcBytes", r.heap().peakAfterGcBytes());
        heap.put("maxBytes", r.heap().maxBytes());
        heap.put("gcSeconds", num(r.heap().gcSeconds()));
        o.put("heap", heap);

        JsonObject db = new JsonObject();
        db.put("bytes", r.database().bytes());
        db.put("quads", r.database().quads());
        db.put("graphs", r.database().graphs());
        o.put("database", db);

        JsonObject queries = new JsonObject();
        for (QueryLatency q : r.queries()) {
            JsonObject qo = new JsonObject();
            qo.put("rows", q.rows());
            qo.put("timedOut", q.timedOut());
            qo.put("medianMs", num(q.medianMillis()));
            qo.put("p95Ms", num(q.p95Millis()));
            qo.put("runsMs", numbers(q.millis()));
            queries.put(q.name(), qo);
        }
        o.put("queries", queries);

        JsonObject serve = new JsonObject();
        serve.put("mode", r.serve().mode());
        serve.put("query", r.serve().query());
        serve.put("startToFirstAnswerMs", num(r.serve().medianMillis()));
        serve.put("runsMs", numbers(r.serve().millis()));
        o.put("serve", serve);

        if (r.heapCheck() == null) {
            o.put("heapCheck", JsonNull.instance);
        } else {
            var h = r.heapCheck();
            JsonObject ho = new JsonObject();
            ho.put("maxHeap", h.maxHeap());
            ho.put("completed", h.completed());
            ho.put("exitCode", h.exitCode());
            ho.put("seconds", num(h.seconds()));
            ho.put("documents", h.documents());
            ho.put("quads", h.quads());
            ho.put("peakUsedBytes", h.peakUsedBytes());
            ho.put("peakAfterGcBytes", h.peakAfterGcBytes());
            ho.put("gcSeconds", num(h.gcSeconds()));
            ho.put("problem", h.problem() == null ? JsonNull.instance : new org.apache.jena.atlas.json.JsonString(h.problem()));
            o.put("heapCheck", ho);
        }

        JsonArray targets = new JsonArray();
        for (Target t : r.targets()) {
            JsonObject to = new JsonObject();
            to.put("measure", t.measure());
            to.put("target", t.target());
            to.put("measured", t.measured());
            to.put("holds", t.holds() == null ? JsonNull.instance : new org.apache.jena.atlas.json.JsonBoolean(t.holds()));
            targets.add(to);
        }
        o.put("targets", targets);
        return o;
    }

    public static String jsonText(BenchReport r) {
        return JSON.toString(json(r)) + "\n";
    }

    /** The figures people read: the machine, one row per measurement, the targets. */
    public static String table(BenchReport r) {
        MachineFacts m = r.machine();
        StringBuilder sb = new StringBuilder();
        sb.append(f("diplokg bench: %,d documents, %d threads, median of %d runs (throughput on the first %,d documents, after at least %d s of warm-up)%n",
                r.settings().docs(), r.settings().threads(), r.settings().runs(), r.settings().sampleSize(),
                r.settings().warmUpSeconds()));
        sb.append(f("machine: %d cores, %s; %s; max heap %s; load average at start %.2f%n", m.cores(), m.cpu(), m.jvm(),
                mib(m.maxHeapBytes()), m.loadAverage()));
        SyntheticCorpus.Summary c = r.corpus();
        if (r.settings().realCorpus()) sb.append(f("corpus: real files from %s%n", r.settings().corpusFolders()));
        sb.append(f("corpus: %,d files, %s, median %,d bytes / %,d chars, largest %,d bytes, %d GB18030; formats %s%n%n",
                c.documents(), mib(c.bytes()), c.medianBytes(), c.medianChars(), c.maxBytes(), c.gb18030(), formats(c.formats())));

        TextTable t = new TextTable(List.of("measure", "value", "detail"));
        t.add(List.of("setup (reference data, HanLP, gazetteer)", f("%.2f s", r.setupSeconds()), "once per process"));
        t.add(row("read (decode, sniff, strip chrome)", r.read()));
        t.add(row("extraction (extract + emit quads)", r.extraction()));
        t.add(row("plain HanLP, all name recognisers", r.hanlp()));
        t.add(List.of("extraction ÷ plain HanLP", f("%.2f", r.extractionToHanlp()), "same texts, same threads"));
        t.add(List.of("ingest into an empty TDB2", f("%.1f docs/s", r.ingest().docsPerSecond()),
                f("%,.0f quads/s; %,d quads; %.1f s; %s", r.ingest().quadsPerSecond(), r.ingest().quads(), r.ingest().medianSeconds(),
                        r.ingest().bulk() ? "bulk loader" : "transactions")));
        t.add(List.of("re-ingest, unchanged corpus", f("%.0f docs/s", r.reingest().docsPerSecond()), f("%.2f s", r.reingest().medianSeconds())));
        if (r.cold() != null) {
            t.add(List.of("cold ./diplokg ingest, new database", f("%.1f files/s", r.cold().ingest().docsPerSecond()),
                    f("wall time, JVM start included; runs %s s", seconds(r.cold().ingest().runSeconds()))));
            t.add(List.of("cold ./diplokg ingest, unchanged", f("%.0f files/s", r.cold().reingest().docsPerSecond()),
                    f("wall time, JVM start included; runs %s s", seconds(r.cold().reingest().runSeconds()))));
        }
        t.add(List.of(f("ingest %,d new docs into the full store", r.incremental().documents()), f("%.1f docs/s", r.incremental().docsPerSecond()),
                f("%.1f s; batched transactions; measured last", r.incremental().medianSeconds())));
        t.add(List.of("peak heap while ingesting", mib(r.heap().peakAfterGcBytes()) + " after GC",
                f("%s used incl. garbage; limit %s; GC %.1f s", mib(r.heap().peakUsedBytes()), mib(r.heap().maxBytes()), r.heap().gcSeconds())));
        t.add(List.of("database on disk", mib(r.database().bytes()), f("%,d quads, %,d graphs", r.database().quads(), r.database().graphs())));
        for (QueryLatency q : r.queries()) {
            t.add(q.timedOut()
                    ? List.of("query " + q.name(), f("> %.0f s", q.medianMillis() / 1000), "stopped at the time limit")
                    : List.of("query " + q.name(), f("%.1f ms", q.medianMillis()), f("p95 %.1f ms; %,d rows; %d runs", q.p95Millis(), q.rows(), q.millis().size())));
        }
        t.add(List.of("serve start → first answer", f("%.2f s", r.serve().medianMillis() / 1000), r.serve().mode() + ", port 0"));
        r.findHeapCheck().ifPresent(h -> t.add(List.of("ingest with -Xmx" + h.maxHeap(), h.completed() ? "completed" : "FAILED",
                h.completed() ? f("%,d docs in %.1f s; heap after GC ≤ %s; GC %.1f s", h.documents(), h.seconds(),
                        mib(h.peakAfterGcBytes()), h.gcSeconds()) : h.problem())));
        sb.append(t.render()).append('\n');

        TextTable targets = new TextTable(List.of("target", "wanted", "measured", "holds"));
        for (Target tg : r.targets()) {
            targets.add(List.of(tg.measure(), tg.target(), tg.measured(), tg.holds() == null ? "not measured" : tg.holds() ? "yes" : "NO"));
        }
        sb.append(targets.render());
        return sb.toString();
    }

    private static List<String> row(String name, Throughput t) {
        return List.of(name, f("%.1f docs/s", t.docsPerSecond()),
                f("%,.0f chars/s; %,d docs; runs %s s", t.charsPerSecond(), t.documents(), seconds(t.runSeconds())));
    }

    private static String seconds(List<Double> values) {
        return String.join(" ", values.stream().map(v -> f("%.2f", v)).toList());
    }

    private static String formats(Map<DocumentFormat, Integer> formats) {
        StringBuilder sb = new StringBuilder();
        for (DocumentFormat f : DocumentFormat.values()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(f.label()).append(' ').append(formats.getOrDefault(f, 0));
        }
        return sb.toString();
    }

    private static JsonObject throughput(Throughput t) {
        JsonObject o = new JsonObject();
        o.put("documents", t.documents());
        o.put("chars", t.chars());
        o.put("runSeconds", numbers(t.runSeconds()));
        o.put("seconds", num(t.medianSeconds()));
        o.put("docsPerSecond", num(t.docsPerSecond()));
        o.put("charsPerSecond", num(t.charsPerSecond()));
        return o;
    }

    private static JsonArray numbers(List<Double> values) {
        JsonArray a = new JsonArray();
        values.forEach(v -> a.add(num(v)));
        return a;
    }

    /** Three decimals are more than any of these measurements can tell. */
    private static JsonValue num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return JsonNull.instance;
        return JsonNumber.value(BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP));
    }
}
