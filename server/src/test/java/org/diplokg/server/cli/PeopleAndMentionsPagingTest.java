package org.diplokg.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.emit.MentionDetail;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.server.store.DocumentProcessor;
import org.diplokg.server.store.IngestListener;
import org.diplokg.server.store.Ingester;
import org.diplokg.server.store.StaticGraph;
import org.diplokg.server.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * people-per-meeting and mentions page through the CLI, and their pages put together are the rows the unpaged
 * queries they replace give on the same store (test resources people-test/*-unpaged.rq).
 */
class PeopleAndMentionsPagingTest {

    @TempDir Path dir;

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Context ctx = new Context(new Home(Path.of("..")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(0, Main.run(args, ctx), err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> rows(String csv) {
        return csv.lines().skip(1).toList();
    }

    /** Pages 1, 2, … of a named query until an empty one, each at most 100 rows. */
    private List<String> allPages(String query, Path db, String... params) {
        List<String> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<String> args = new ArrayList<>(List.of("query", query, "--db", db.toString(), "--format", "csv", "--param", "page=" + page));
            for (String p : params) { args.add("--param"); args.add(p); }
            List<String> rows = rows(run(args.toArray(String[]::new)));
            assertTrue(rows.size() <= 100, query + " page " + page + ": " + rows.size() + " rows");
            if (rows.isEmpty()) return all;
            all.addAll(rows);
        }
    }

    private Path resource(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/people-test/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void pagedPeopleAndMentionsGiveTheRowsOfTheUnpagedQueries() throws Exception {
        // 5 seeds, 25 copies each (a trailing line makes each a document of its own): mentions of one entity
        // in more than one page, people rows stated by many documents
        Path docs = Files.createDirectories(dir.resolve("docs"));
        try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
            for (Path s : seeds.sorted().toList()) {
                String text = Files.readString(s, StandardCharsets.UTF_8);
                for (int i = 0; i < 25; i++) Files.writeString(docs.resolve(i + "-" + s.getFileName()), text + "\n" + " ".repeat(i + 1) + "\n", StandardCharsets.UTF_8);
            }
        }
        ReferenceData reference = ReferenceData.load();
        DocumentProcessor processor = DocumentProcessor.of(DocumentReader.create(),
                Extractor.builder().reference(reference).build(), MentionDetail.FIRST);
        Path db = dir.resolve("db");
        String entity;
        try (Store store = Store.open(db)) {
            new Ingester(store, processor, List.of(new StaticGraph(Vocab.REFERENCE_GRAPH, "reference graph", reference::emit)),
                    new Ingester.Settings(2, 500, false)).ingest(List.of(docs), IngestListener.SILENT);
            entity = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).query("""
                        SELECT ?e (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?p <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?e } }
                        GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1""").build()) {
                    QuerySolution s = qe.execSelect().next();
                    assertTrue(s.getLiteral("n").getLong() > 100, "an entity with more than a page of mentions");
                    return "<" + s.getResource("e").getURI() + ">";
                }
            });
        }

        List<String> people = allPages("people-per-meeting", db);
        assertTrue(people.size() > 10, "people rows: " + people.size());
        assertEquals(rows(run("query", resource("people-per-meeting-unpaged.rq").toString(), "--db", db.toString(), "--format", "csv")),
                people, "people-per-meeting: the same rows in the same order as the unpaged group");

        List<String> mentions = allPages("mentions", db, "entity=" + entity);
        assertTrue(mentions.size() > 100, "more than one page of mentions: " + mentions.size());
        List<String> unpaged = rows(run("query", resource("mentions-unpaged.rq").toString(), "--db", db.toString(), "--format", "csv",
                "--param", "entity=" + entity));
        assertEquals(unpaged.stream().sorted().toList(), mentions.stream().sorted().toList(), "mentions: the same rows, each once");
        assertEquals(mentions, allPages("mentions", db, "entity=" + entity), "the same pages when asked again");
    }
}
