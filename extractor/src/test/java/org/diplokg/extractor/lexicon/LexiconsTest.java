package org.diplokg.extractor.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconsTest {

    private static final List<String> SMALL = List.of(
            "# purpose: offices written before a name", "# source: test", "# shape: han", "总理", "副总理", "# more", "外长");

    @Test
    void parsesHeadersAndEntriesSkippingComments() {
        Lexicon l = Lexicons.parse("small", SMALL);
        assertEquals("offices written before a name", l.purpose());
        assertEquals(EntryShape.HAN, l.shape());
        assertEquals(List.of("总理", "副总理", "外长"), l.entries());
        assertEquals(List.of("副总理", "总理", "外长"), l.longestFirst());
    }

    @Test
    void alternationIsLongestFirstAndQuoted() {
        Lexicon l = new Lexicon("x", "p", "s", EntryShape.MIXED, List.of("部", "外交部", "a.b"));
        Pattern p = Pattern.compile(l.group());
        assertTrue(p.matcher("外交部").matches());
        assertFalse(p.matcher("axb").matches(), "a literal dot is quoted");
        java.util.regex.Matcher m = p.matcher("外交部长");
        assertTrue(m.lookingAt());
        assertEquals("外交部", m.group(), "longest entry first");
    }

    @Test
    void aMissingHeaderIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lexicons.parse("bad", List.of("# purpose: x", "# shape: han", "总理")));
        assertTrue(e.getMessage().contains("source"), e.getMessage());
    }

    @Test
    void shapesSayWhyAnEntryDoesNotFit() {
        assertNull(EntryShape.HAN.check("国家主席"));
        assertTrue(EntryShape.HAN.check("APEC").contains("Han"));
        assertTrue(EntryShape.CHAR.check("省委") != null);
        assertNull(EntryShape.CHAR.check("省"));
        assertTrue(EntryShape.REGEX.check("(?:a").startsWith("does not compile"));
        assertTrue(EntryShape.HAN.check(" 总理") != null);
    }

    @Test
    void theOverlayAddsAndRemovesEntries(@TempDir Path dir) throws IOException {
        Path shipped = LexiconFilesTest.files().get(0);
        String name = shipped.getFileName().toString().replaceFirst("\\.txt$", "");
        Lexicon base = Lexicons.withOverlay(dir.resolve("none")).expect(name);
        String first = base.entries().get(0);
        String added = base.shape() == EntryShape.LATIN ? "Zzyzx" : base.shape() == EntryShape.CHAR ? "犇" : "犇犇犇";
        Files.write(dir.resolve(name + ".txt"), List.of("# mine", added, "-" + first), StandardCharsets.UTF_8);
        Lexicon merged = Lexicons.withOverlay(dir).expect(name);
        assertTrue(merged.entries().contains(added));
        assertFalse(merged.entries().contains(first));
        assertEquals(base.entries().size(), merged.entries().size());
        assertTrue(merged.source().contains("overlay"));
    }

    @Test
    void aBadOverlayEntryNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path shipped = LexiconFilesTest.files().get(0);
        String name = shipped.getFileName().toString().replaceFirst("\\.txt$", "");
        Files.write(dir.resolve(name + ".txt"), List.of("# mine", "(?:"), StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicons.withOverlay(dir).expect(name));
        assertTrue(e.getMessage().contains(name + ".txt:2"), e.getMessage());
    }

    @Test
    void anUnknownListIsAnError() {
        assertThrows(IllegalStateException.class, () -> Lexicons.withOverlay(Path.of("x")).expect("no-such-list"));
    }
}
