package org.diplokg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.apache.spark.api.java.JavaSparkContext;
import org.diplokg.server.cli.ExtractorSetup;
import org.diplokg.server.cli.Home;
import org.diplokg.server.store.IngestListener;
import org.diplokg.server.store.Ingester;
import org.diplokg.server.store.ShardLoader;
import org.diplokg.server.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job with a local[2] master on the seeds and a few dozen generated documents, its shards loaded with
 * {@link ShardLoader}, compared with {@code ingest} of the same files: the same documents, the same
 * agreements-per-meeting rows, the same entities. One job run for all checks: Spark's start-up is slow.
 */
class SparkJobTest {

    @TempDir
    static Path dir;
    static Path corpus, shards, fromSpark, fromIngest;
    static ExtractionJob.Report report;

    /** Generated documents: header text and Markdown front matter, some broken on purpose. */
    static void generate(Path folder) throws Exception {
        String[] meetings = {"亚太经合组织第二十八次领导人非正式会议", "第三届“一带一路”国际合作高峰论坛", "二十国集团领导人第十七次峰会"};
        String[] agreements = {"区域全面经济伙伴关系协定（RCEP）", "《数字经济伙伴关系协定》（DEPA）", "全面与进步跨太平洋伙伴关系协定（CPTPP）"};
        for (int i = 0; i < 30; i++) {
            String meeting = meetings[i % meetings.length], agreement = agreements[(i / 3) % agreements.length];
            String body = "国家主席习近平" + (i % 28 + 1) + "日出席" + meeting + "并发表讲话，表示中方愿推动" + agreement + "高质量实施。\n"
                    + "外交部长王毅陪同出席。第" + i + "篇。";
            String text = i % 2 == 0
                    ? "title: 测试文档" + i + "\ndate: 2023-11-" + String.format("%02d", i % 28 + 1) + "\n\n" + body + "\n"
                    : "---\ntitle: 测试文档" + i + "\ndate: 2023-10-" + String.format("%02d", i % 28 + 1) + "\n---\n\n" + body + "\n";
            Files.writeString(folder.resolve("doc-" + i + (i % 2 == 0 ? ".txt" : ".md")), text, StandardCharsets.UTF_8);
        }
        Files.write(folder.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 5});
    }

    @BeforeAll
    static void runBoth() throws Exception {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Path seeds = Files.createDirectories(corpus.resolve("seeds"));
        try (Stream<Path> s = Files.list(Path.of("..", "seeds"))) {
            for (Path f : s.toList()) Files.copy(f, seeds.resolve(f.getFileName()));
        }
        generate(Files.createDirectories(corpus.resolve("generated")));
        shards = dir.resolve("shards");
        Home home = new Home(Path.of("..").toAbsolutePath().normalize());
        ExtractorSetup setup = ExtractorSetup.load(home, List.of());
        try (JavaSparkContext sc = new JavaSparkContext(SparkCommand.localConf("local[2]"))) {
            report = ExtractionJob.run(sc, ExtractionJob.Settings.of(List.of(SparkCommand.asUri(corpus.toString())),
                    SparkCommand.asUri(shards.toString()), 3, true, List.of(home.userReference().toString())));
        }
        fromSpark = dir.resolve("db-spark");
        try (Store store = Store.open(fromSpark)) {
            new ShardLoader(store, setup.staticGraphs()).load(ShardLoader.shards(List.of(shards)), new IngestListener() {});
        }
        fromIngest = dir.resolve("db-ingest");
        try (Store store = Store.open(fromIngest)) {
            new Ingester(store, setup.processor(), setup.staticGraphs(), new Ingester.Settings(2, 100_000, false))
                    .ingest(List.of(corpus), new IngestListener() {});
        }
    }

    @Test
    void everyGoodFileBecameADocumentAndTheBadOneIsReported() throws Exception {
        assertEquals(35, report.documents());
        assertEquals(1, report.failed());
        assertTrue(report.failures().get(0).contains("broken.txt"), report.failures().toString());
        String failures = Files.readString(shards.resolve("failures.tsv"));
        assertTrue(failures.contains("broken.txt\t"), failures);
        try (Stream<Path> s = Files.list(shards)) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().matches("part-\\d{5}\\.nq\\.gz")));
        }
    }

    @Test
    void sparkAndIngestStoreTheSameDocuments() {
        assertEquals(rows(fromIngest, "SELECT ?g WHERE { GRAPH ?g { } }"), rows(fromSpark, "SELECT ?g WHERE { GRAPH ?g { } }"));
        String files = "SELECT ?g ?file WHERE { GRAPH ?g { ?g <https://w3id.org/diplokg/ns#sourceFile> ?file } }";
        assertEquals(35, rows(fromSpark, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g <https://w3id.org/diplokg/ns#sourceFile> ?f } }").size());
        assertEquals(rows(fromIngest, files), rows(fromSpark, files), "the same file paths, relative to the folder given");
    }

    @Test
    void sparkAndIngestGiveTheSameAgreementsPerMeeting() throws Exception {
        String query = Files.readString(Path.of("..", "queries", "agreements-per-meeting.rq"));
        // names and dates are SAMPLEs over the documents, which may pick another document's spelling in another store
        List<String> ingest = rows(fromIngest, query, "meeting", "agreement", "documents");
        assertFalse(ingest.isEmpty());
        assertEquals(ingest, rows(fromSpark, query, "meeting", "agreement", "documents"));
    }

    @Test
    void sparkAndIngestGiveTheSameEntities() {
        String q = "PREFIX schema: <https://schema.org/> SELECT DISTINCT ?e ?label WHERE { GRAPH ?g { ?d schema:mentions ?e . "
                + "OPTIONAL { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label } } }";
        assertEquals(rows(fromIngest, q), rows(fromSpark, q));
    }

    @Test
    void aReplicaLoadedFromTheSameShardsHoldsTheSameQuads() throws Exception {
        Path replica = dir.resolve("db-replica");
        Home home = new Home(Path.of("..").toAbsolutePath().normalize());
        try (Store store = Store.open(replica)) {
            new ShardLoader(store, ExtractorSetup.load(home, List.of()).staticGraphs())
                    .load(ShardLoader.shards(List.of(shards)), new IngestListener() {});
        }
        // graph by graph, up to blank-node labels (the ontology graph has blank nodes; each load labels them anew)
        DatasetGraph a = Store.attach(fromSpark).dataset(), b = Store.attach(replica).dataset();
        Txn.executeRead(a, () -> Txn.executeRead(b, () -> {
            List<org.apache.jena.graph.Node> names = new ArrayList<>();
            a.listGraphNodes().forEachRemaining(names::add);
            List<org.apache.jena.graph.Node> replicaNames = new ArrayList<>();
            b.listGraphNodes().forEachRemaining(replicaNames::add);
            assertEquals(new TreeSet<>(names.stream().map(Object::toString).toList()),
                    new TreeSet<>(replicaNames.stream().map(Object::toString).toList()));
            for (org.apache.jena.graph.Node g : names) {
                assertTrue(a.getGraph(g).isIsomorphicWith(b.getGraph(g)), "graph " + g);
            }
        }));
    }

    /** Every row of a query as text, sorted, so the comparison does not depend on the order rows come in. */
    static List<String> rows(Path db, String query, String... vars) {
        Store store = Store.attach(db);
        DatasetGraph dsg = store.dataset();
        TreeSet<String> out = new TreeSet<>();
        Txn.executeRead(dsg, () -> {
            try (var qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(dsg))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    List<String> cells = new ArrayList<>();
                    (vars.length == 0 ? rs.getResultVars() : List.of(vars)).forEach(v -> cells.add(v + "=" + s.get(v)));
                    out.add(String.join(" ", cells));
                }
            }
        });
        return new ArrayList<>(out);
    }
}
