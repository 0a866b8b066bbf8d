package org.diplokg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {

    static ReferencePool pool;

    @BeforeAll
    static void loadReference() {
        pool = ReferencePool.from(ReferenceData.load());
    }

    @Test
    void sameSeedGivesTheSameBytes() throws Exception {
        SyntheticCorpus a = new SyntheticCorpus(pool, 7);
        SyntheticCorpus b = new SyntheticCorpus(ReferencePool.from(ReferenceData.load()), 7);
        for (int i = 0; i < 30; i++) assertArrayEquals(a.document(i).bytes(), b.document(i).bytes(), "document " + i);
    }

    @Test
    void writtenCorpusIsTheSameOnEveryRun(@TempDir Path one, @TempDir Path two) throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(pool, SyntheticCorpus.DEFAULT_SEED);
        corpus.write(one, 20);
        corpus.write(two, 20);
        for (Path f : SyntheticCorpus.files(one, 20)) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(two.resolve(one.relativize(f))), f.toString());
        }
    }

    @Test
    void anotherSeedGivesOtherDocuments() {
        assertFalse(java.util.Arrays.equals(new SyntheticCorpus(pool, 1).document(0).bytes(),
                new SyntheticCorpus(pool, 2).document(0).bytes()));
    }

    @Test
    void everyFormatIsSniffedAsWrittenAndGb18030Decodes() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(pool, SyntheticCorpus.DEFAULT_SEED);
        DocumentReader reader = DocumentReader.create();
        Set<DocumentFormat> seen = EnumSet.noneOf(DocumentFormat.class);
        Set<DocumentFormat> seenGb = EnumSet.noneOf(DocumentFormat.class);
        for (int i = 0; i < 84; i++) {
            SyntheticCorpus.Document d = corpus.document(i);
            SourceDocument read = reader.read(d.bytes(), Path.of(d.name()), d.name());
            assertEquals(d.format(), read.format(), d.name() + " sniffed as " + read.format());
            boolean gb = d.charset().equals(SyntheticCorpus.GB18030);
            assertEquals(gb, read.charset().toUpperCase().startsWith("GB"), d.name() + " decoded as " + read.charset());
            assertTrue(read.title() != null && !read.title().isBlank(), d.name() + " has no title");
            assertTrue(read.published() != null, d.name() + " has no publication date");
            assertTrue(read.body().length() > 300, d.name() + " body too short: " + read.body().length());
            assertFalse(read.body().contains("分享到") || read.body().contains("版权所有"), d.name() + " kept site chrome");
            seen.add(read.format());
            if (gb) seenGb.add(read.format());
        }
        assertEquals(EnumSet.allOf(DocumentFormat.class), seen);
        assertEquals(EnumSet.of(DocumentFormat.HTML, DocumentFormat.HEADER_TEXT, DocumentFormat.TEXT, DocumentFormat.MARKDOWN), seenGb);
    }

    @Test
    void documentsAreSizedLikeNewsArticles(@TempDir Path dir) throws Exception {
        SyntheticCorpus.Summary s = new SyntheticCorpus(pool, SyntheticCorpus.DEFAULT_SEED).write(dir, 200);
        assertEquals(200, s.documents());
        assertTrue(s.medianChars() >= 2000 && s.medianChars() <= 3000, "median chars " + s.medianChars());
        assertTrue(s.maxBytes() <= 12_000, "largest file " + s.maxBytes());
        assertTrue(s.gb18030() > 0);
    }

    @Test
    void namesComeFromTheReferenceData() {
        assertTrue(pool.people().stream().anyMatch(p -> p.name().equals("阿德恩") && p.title().equals("新西兰总理")), pool.people().toString());
        assertTrue(pool.meetings().contains("亚太经合组织第二十八次领导人非正式会议"));
        assertTrue(pool.agreements().stream().anyMatch(a -> "RCEP".equals(a.acronym())));
    }

    @Test
    void writesChineseOrdinals() {
        assertEquals("二十八", ChineseNumber.of(28));
        assertEquals("十一", ChineseNumber.of(11));
        assertEquals("十", ChineseNumber.of(10));
        assertEquals("三", ChineseNumber.of(3));
    }
}
