package org.diplokg.extractor.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every shipped lexicon file: headers, one well-shaped entry a line, no duplicates, loadable from the jar. */
class LexiconFilesTest {

    static final Path FOLDER = Path.of("..", "ontology", "lexicon");

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(FOLDER)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void thereAreLexiconFiles() throws IOException {
        assertFalse(files().isEmpty(), "no lexicon files in " + FOLDER.toAbsolutePath());
    }

    @Test
    void everyFileIsWellFormed() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files()) {
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            if (!name.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) problems.add(file + ": file name is not lower-case-with-dashes");
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Lexicon lexicon;
            try {
                lexicon = Lexicons.parse(name, lines);
            } catch (IllegalArgumentException e) {
                problems.add(file + ": " + e.getMessage());
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isEmpty()) problems.add(file + ":" + (i + 1) + ": empty line");
            }
            if (lexicon.entries().isEmpty()) problems.add(file + ": no entries");
            Set<String> seen = new HashSet<>();
            for (String e : lexicon.entries()) {
                String why = lexicon.shape().check(e);
                if (why != null) problems.add(file + ": " + why + ": '" + e + "'");
                if (!seen.add(e)) problems.add(file + ": duplicate entry '" + e + "'");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyFileLoadsFromTheClasspath() throws IOException {
        Lexicons none = Lexicons.withOverlay(Path.of("no-such-overlay-folder"));
        for (Path file : files()) {
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            Lexicon l = none.expect(name);
            assertEquals(Lexicons.parse(name, Files.readAllLines(file, StandardCharsets.UTF_8)).entries(), l.entries(), name);
        }
    }
}
