package org.diplokg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.server.cli.Context;
import org.diplokg.server.cli.Home;
import org.diplokg.server.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus made of real files: copies distinct, as many as asked, each read as its original. */
class RealCorpusTest {

    /** Files in every format the reader knows (the synthetic generator writes each within six documents). */
    @TempDir static Path originals;

    static final int ORIGINALS = 12;

    @BeforeAll
    static void writeOriginals() throws Exception {
        new SyntheticCorpus(ReferencePool.from(ReferenceData.load()), 5).write(originals, ORIGINALS);
    }

    @Test
    void everyCopyIsADocumentOfItsOwnThatReadsAsItsOriginal(@TempDir Path out) throws Exception {
        RealCorpus corpus = RealCorpus.of(List.of(originals));
        assertEquals(ORIGINALS, corpus.originals().size());
        RealCorpus.Summary s = corpus.write(out, corpus.documents(3, 0));
        assertEquals(3, s.copies());
        List<Path> files = RealCorpus.files(out, Integer.MAX_VALUE);
        assertEquals(3 * ORIGINALS, files.size());
        assertEquals(3 * ORIGINALS, s.corpus().documents());

        DocumentReader reader = DocumentReader.create();
        Set<String> hashes = new HashSet<>();
        Set<DocumentFormat> formats = EnumSet.noneOf(DocumentFormat.class);
        for (RealCorpus.Original o : corpus.originals()) {
            SourceDocument original = reader.read(o.file());
            formats.add(original.format());
            for (int copy = 1; copy <= 3; copy++) {
                Path file = out.resolve(RealCorpus.name(o, copy));
                byte[] bytes = Files.readAllBytes(file);
                assertTrue(hashes.add(DocumentReader.sha256(bytes)), file + " has the bytes of another file");
                SourceDocument d = reader.read(bytes, file, o.relative());
                assertEquals(original.format(), d.format(), file.toString());
                assertEquals(original.title(), d.title(), file.toString());
                assertEquals(original.body(), d.body(), file.toString());
                assertEquals(original.published(), d.published(), file.toString());
            }
        }
        assertEquals(EnumSet.allOf(DocumentFormat.class), formats, "the originals cover every format");
    }

    @Test
    void docsGivesTheExactTotalCopyingFilesInOrder(@TempDir Path out) throws Exception {
        RealCorpus corpus = RealCorpus.of(List.of(originals));
        RealCorpus.Summary s = corpus.write(out, ORIGINALS + 5);
        assertEquals(2, s.copies());
        List<Path> files = RealCorpus.files(out, Integer.MAX_VALUE);
        assertEquals(ORIGINALS + 5, files.size());
        assertEquals(ORIGINALS, files.stream().filter(f -> out.relativize(f).toString().startsWith("c00001")).count());
        assertEquals(5, files.stream().filter(f -> out.relativize(f).toString().startsWith("c00002")).count());
    }

    @Test
    void theTrailerIsWhitespaceAndDiffersForEveryCopy() {
        Set<String> seen = new HashSet<>();
        for (int c = 1; c <= 5000; c++) {
            String t = new String(RealCorpus.trailer(c), StandardCharsets.US_ASCII);
            assertTrue(t.isBlank(), "copy " + c);
            assertTrue(seen.add(t), "copy " + c);
        }
    }

    @Test
    void ingestStoresEveryCopyAsADocument(@TempDir Path out, @TempDir Path home) throws Exception {
        Path corpusDir = out.resolve("corpus");
        RealCorpus.of(List.of(originals)).write(corpusDir, 2 * ORIGINALS);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        Context ctx = new Context(new Home(home), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        assertEquals(0, Main.run(new String[] {"ingest", corpusDir.toString(), "--db", out.resolve("db").toString()}, ctx));
        String line = stdout.toString(StandardCharsets.UTF_8);
        assertTrue(line.contains("ingested " + 2 * ORIGINALS + " documents: " + 2 * ORIGINALS + " new"), line);
    }

    @Test
    void benchCorpusOnlyWritesTheCopiesAndStops(@TempDir Path home) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        Context ctx = new Context(new Home(home), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        Path out = home.resolve("bench");
        assertEquals(0, Main.run(new String[] {"bench", "--corpus", originals.toString(), "--copies", "2", "--corpus-only",
                "--out", out.toString()}, ctx));
        assertEquals(2 * ORIGINALS, RealCorpus.files(out.resolve("corpus"), Integer.MAX_VALUE).size());
        assertTrue(stdout.toString(StandardCharsets.UTF_8).contains("written: " + 2 * ORIGINALS + " files"));
        assertTrue(Files.notExists(out.resolve("tdb2")), "nothing measured");
    }

    @Test
    void benchWantsCopiesOnlyWithACorpus(@TempDir Path home) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context ctx = new Context(new Home(home), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(2, Main.run(new String[] {"bench", "--copies", "2"}, ctx));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--copies needs --corpus DIR"));
        assertEquals(2, Main.run(new String[] {"bench", "--corpus", home.resolve("missing").toString()}, ctx));
    }
}
