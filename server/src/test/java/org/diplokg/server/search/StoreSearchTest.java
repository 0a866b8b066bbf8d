package org.diplokg.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFParser;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.server.store.IngestListener;
import org.diplokg.server.store.IngestReport;
import org.diplokg.server.store.Ingester;
import org.diplokg.server.store.StaticGraph;
import org.diplokg.server.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text index as ingest keeps it: built by a bulk load, changed by incremental ones, searched through {@link Search}. */
class StoreSearchTest {

    static final String RCEP = Vocab.ID + "agreement/rcep";

    @TempDir Path dir;
    Path docs;
    Store store;

    @BeforeEach
    void setUp() throws Exception {
        docs = Files.createDirectories(dir.resolve("docs"));
        store = Store.open(dir.resolve("db"));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    /** The shipped reference agreements, so the index meets real labels in three scripts and an acronym. */
    static StaticGraph reference() {
        return new StaticGraph(Vocab.REFERENCE_GRAPH, "reference graph",
                out -> RDFParser.source(Path.of("..", "ontology", "reference", "agreements.ttl")).parse(out));
    }

    private IngestReport ingest(boolean prune) throws Exception {
        return new Ingester(store, new NamesProcessor(), List.of(reference()),
                new Ingester.Settings(1, 50, false).withPrune(prune)).ingest(List.of(docs), IngestListener.SILENT);
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(docs.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Optional<Search.EntityHit> find(String text, String iri) {
        return Search.entities(store.dataset(), text).stream().filter(h -> h.iri().equals(iri)).findFirst();
    }

    @Test
    void simplifiedTraditionalEnglishAndAcronymFindTheSameReferenceEntity() throws Exception {
        write("a.txt", "区域协定生效\nagreement/rcep=《区域全面经济伙伴关系协定》\n");
        write("b.txt", "RCEP 与东盟\nagreement/rcep=RCEP\n");
        assertTrue(ingest(false).bulk(), "the first ingest into an empty store is a bulk load");
        for (String q : List.of("区域全面经济伙伴关系协定", "區域全面經濟夥伴關係協定", "全面经济", "經濟夥伴", "RCEP", "rcep", "ＲＣＥＰ",
                "Regional Comprehensive Economic Partnership", "regional comprehensive")) {
            Search.EntityHit hit = find(q, RCEP).orElseThrow(() -> new AssertionError(q + " does not find RCEP"));
            assertEquals(2, hit.documents(), q);
            assertEquals("区域全面经济伙伴关系协定", hit.name(), "the simplified preferred label is shown");
            assertEquals(Vocab.DKG + "Agreement", hit.type());
        }
        assertTrue(find("伙伴关系协定书", RCEP).isEmpty(), "more characters than the name has find nothing");
        assertTrue(Search.entities(store.dataset(), "\"\\").isEmpty(), "query syntax in the text is not a query");
    }

    @Test
    void documentsAreFoundByTheirTextWithTheWordsAround() throws Exception {
        write("a.txt", "开头\n" + "很长的一段话。".repeat(10) + "中方宣布正式申请加入《数字经济伙伴关系协定》。" + "后来的话。".repeat(10));
        write("b.txt", "别的事情\nx=别的");
        ingest(false);
        List<Search.DocumentHit> hits = Search.documents(store.dataset(), "申請加入", 10);
        assertEquals(1, hits.size(), hits.toString());
        assertEquals("开头", hits.get(0).title());
        assertTrue(hits.get(0).snippet().contains("中方宣布正式申请加入《数字经济伙伴关系协定》"), hits.get(0).snippet());
        assertTrue(hits.get(0).snippet().startsWith("…") && hits.get(0).snippet().endsWith("…"), hits.get(0).snippet());
    }

    @Test
    void changedAndRemovedDocumentsLeaveTheIndex() throws Exception {
        write("a.txt", "甲\nalpha=阿尔法共和国\n");
        write("b.txt", "乙\nbeta=贝塔联邦\nalpha=阿尔法共和国\n");
        ingest(false); // bulk
        String alpha = Vocab.ID + "test/alpha", beta = Vocab.ID + "test/beta";
        assertEquals(2, find("阿尔法", alpha).orElseThrow().documents());

        write("c.txt", "丙\ngamma=伽马王国\n");
        assertFalse(ingest(false).bulk());
        assertTrue(find("伽马", Vocab.ID + "test/gamma").isPresent(), "an incremental ingest is indexed");

        write("b.txt", "乙\nbeta=新贝塔联邦\n"); // changed: alpha is still named by a.txt, beta has a new name
        ingest(false);
        assertEquals(1, find("阿尔法", alpha).orElseThrow().documents(), "alpha's other document still names it");
        assertTrue(find("新贝塔", beta).isPresent());
        Files.delete(docs.resolve("a.txt"));
        ingest(true);
        assertTrue(find("阿尔法", alpha).isEmpty(), "no document names alpha any more");
        assertTrue(Search.documents(store.dataset(), "阿尔法", 10).isEmpty(), "the removed document's text is gone");
        assertEquals(1, Search.documents(store.dataset(), "新贝塔", 10).size());
    }

    @Test
    void aDatabaseWithoutItsIndexGetsOneWhenOpened() throws Exception {
        write("a.txt", "甲\nalpha=阿尔法共和国\n");
        ingest(false);
        store.close();
        org.apache.commons.io.FileUtils.deleteDirectory(TextIndexes.folder(dir.resolve("db")).toFile());
        store = Store.open(dir.resolve("db"));
        assertTrue(find("阿尔法", Vocab.ID + "test/alpha").isPresent());
        assertTrue(find("全面经济", RCEP).isPresent());
    }
}
