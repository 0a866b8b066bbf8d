package org.diplokg.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The Java scorer prints byte for byte what score.py printed for hand-made cases (recorded in
 * test resources, see eval/README.md). score.py ran without opencc, hence the identity converter,
 * except for the traditional-script case, recorded with opencc and scored here with HanLP.
 */
class ScorerAgreesWithScorePyTest {

    @ParameterizedTest
    @ValueSource(strings = {"names", "agreements", "events", "rounding", "files", "pyvalues", "actions", "planned"})
    void printsWhatScorePyPrintedWithoutOpencc(String name) throws Exception {
        assertSameOutput(Scorer.withConverter(Function.identity()), caseDir(name));
    }

    @Test
    void standardScorerPrintsWhatScorePyPrintedWithOpencc() throws Exception {
        assertSameOutput(Scorer.standard(), caseDir("traditional"));
    }

    private static void assertSameOutput(Scorer scorer, Path c) throws IOException {
        Report report = scorer.scoreDirectories(c.resolve("gold"), c.resolve("pred"));

        assertEquals(expected(c, "expected.txt"), report.toText(), "text");
        assertEquals(expected(c, "expected-per-doc.txt"), report.toText(true), "text --per-doc");
        assertEquals(expected(c, "expected.json"), report.toJson(), "--json");
        assertEquals(expected(c, "expected-per-doc.json"), report.toJson(true), "--json --per-doc");
    }

    static Path caseDir(String name) throws URISyntaxException {
        URL url = ScorerAgreesWithScorePyTest.class.getResource("/eval/cases/" + name);
        assertNotNull(url, "test case " + name);
        return Path.of(url.toURI());
    }

    private static String expected(Path c, String file) throws IOException {
        return Files.readString(c.resolve(file), StandardCharsets.UTF_8);
    }
}
