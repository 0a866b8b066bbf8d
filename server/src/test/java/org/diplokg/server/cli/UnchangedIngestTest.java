package org.diplokg.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.server.store.FileStamps;
import org.diplokg.server.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-ingest through the command line with file stamps: an unchanged file costs a stat, a file touched with the
 * same bytes stays unchanged, a file with other bytes under the same size and mtime is read again (its ctime
 * changed), {@code --force} re-extracts, and a store written by someone else is checked, not trusted.
 */
class UnchangedIngestTest {

    @TempDir Path dir;
    private Path docs;
    private Path db;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private static final String A = "新华社北京11月12日电 国家主席习近平12日在北京出席亚太经合组织第二十二次领导人非正式会议。\n";
    private static final String B = "新华社北京11月13日电 国务院总理李强13日在北京会见新西兰总理。双方表示将推进区域全面经济伙伴关系协定。\n";

    @BeforeEach
    void writeDocuments() throws Exception {
        docs = Files.createDirectories(dir.resolve("docs"));
        db = dir.resolve("db");
        Files.writeString(docs.resolve("a.txt"), A, StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("b.txt"), B, StandardCharsets.UTF_8);
        settle();
    }

    /** Files younger than the stamp's safety margin are hashed every time; wait until these are older. */
    private static void settle() throws InterruptedException {
        Thread.sleep(TimeUnit.SECONDS.toMillis(2) + 200);
    }

    private String ingest(String... extra) {
        out.reset();
        String[] args = new String[3 + extra.length + 1];
        args[0] = "ingest";
        args[1] = docs.toString();
        args[2] = "--db";
        args[3] = db.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        Context ctx = new Context(new Home(dir.resolve("home")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        assertEquals(0, Main.run(args, ctx), out.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFileTouchedWithTheSameBytesIsStillUnchanged() throws Exception {
        assertTrue(ingest().contains("2 new"));
        assertEquals(3, Files.readAllLines(db.resolve(FileStamps.FILE)).size(), "a header and one stamp per file");
        String again = ingest();
        assertTrue(again.contains("2 unchanged") && again.contains("(nothing changed)"), again);

        Files.setLastModifiedTime(docs.resolve("a.txt"), FileTime.fromMillis(System.currentTimeMillis()));
        String touched = ingest();
        assertTrue(touched.contains("0 new, 0 changed, 2 unchanged") && touched.contains("(nothing changed)"), touched);
    }

    @Test
    void otherBytesWithTheSameSizeAndMtimeAreReadAgain() throws Exception {
        assertTrue(ingest().contains("2 new"));
        Path a = docs.resolve("a.txt");
        FileTime mtime = Files.getLastModifiedTime(a);
        String changed = A.replace("12日在北京", "13日在北京");
        assertEquals(A.getBytes(StandardCharsets.UTF_8).length, changed.getBytes(StandardCharsets.UTF_8).length);
        Files.writeString(a, changed, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(a, mtime); // same size, same mtime; the ctime moved on
        String again = ingest();
        assertTrue(again.contains("0 new, 1 changed, 1 unchanged"), again);
        assertStored(changed);
    }

    @Test
    void forceReExtractsUnchangedFiles() {
        assertTrue(ingest().contains("2 new"));
        String forced = ingest("--force");
        assertTrue(forced.contains("2 changed, 0 unchanged"), forced);
    }

    @Test
    void aStoreWrittenBySomeoneElseIsCheckedNotTrusted() throws Exception {
        assertTrue(ingest().contains("2 new"));
        Node g = NodeFactory.createURI(Vocab.documentIriFor(DocumentReader.sha256(A.getBytes(StandardCharsets.UTF_8))));
        try (Store store = Store.open(db)) {
            Txn.executeWrite(store.dataset(), () -> store.dataset().deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
        }
        String again = ingest();
        assertTrue(again.contains("1 new, 0 changed, 1 unchanged"), again);
        assertFalse(again.contains("(nothing changed)"), again);
        assertStored(A);
    }

    private void assertStored(String text) {
        Node g = NodeFactory.createURI(Vocab.documentIriFor(DocumentReader.sha256(text.getBytes(StandardCharsets.UTF_8))));
        try (Store store = Store.open(db)) {
            assertTrue(store.findGraphHash(g.getURI()).isPresent(), "the document of " + text.strip() + " is stored");
        }
    }
}
