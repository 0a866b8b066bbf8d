package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.resolve.ResolvedMeeting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five seeds against expected summaries written for them (test/resources/golden): per-type figures may not drop
 * below what the extractor reached when the test was written, and the facts users query most are checked one by one.
 */
class SeedGoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, DocumentKnowledge> extracted = new LinkedHashMap<>();
    private static Report report;

    @BeforeAll
    static void extractSeeds() throws Exception {
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        Map<String, JsonNode> predicted = new LinkedHashMap<>();
        DocumentReader reader = DocumentReader.create();
        try (Stream<Path> files = Files.list(Seeds.folder())) {
            for (Path f : files.sorted().toList()) {
                String base = f.getFileName().toString().replaceFirst("\\.txt$", "");
                DocumentKnowledge k = Seeds.extractor().extract(reader.read(f));
                extracted.put(base, k);
                predicted.put(base + ".json", JSON.readTree(Seeds.summary(k)));
                gold.put(base + ".json", golden(base));
            }
        }
        report = Scorer.standard().score(gold, predicted);
    }

    private static JsonNode golden(String base) throws IOException {
        try (InputStream in = SeedGoldenTest.class.getResourceAsStream("/golden/" + base + ".json")) {
            return JSON.readTree(in);
        }
    }

    /** The figures reached on the seeds when this test was written; a change that lowers one fails. */
    @Test
    void seedFiguresDoNotDrop() {
        Map<String, Double> floor = Map.of("persons", 1.0, "organizations", 1.0, "agreements", 1.0, "dates", 0.94,
                "events", 0.95, "agreements_per_meeting", 1.0, "agreement_actions", 1.0);
        floor.forEach((type, min) -> {
            Prf prf = report.counts().get(type);
            double f1 = prf.f1().orElse(0);
            assertTrue(f1 >= min, type + " F1 " + f1 + " fell below " + min + "\n" + report.toText(true));
        });
        assertEquals(1.0, report.accuracies().get("published").accuracy().orElse(0), report.toText());
        assertEquals(1.0, report.accuracies().get("event_ordinal").accuracy().orElse(0), report.toText());
        assertEquals(1.0, report.accuracies().get("event_chair").accuracy().orElse(0), report.toText());
    }

    @Test
    void theLeadersMeetingOf2021IsTheReferenceInstanceWithItsChairAndAgreements() {
        ResolvedMeeting m = meeting("001_1c07ab0e1a8962a0", "https://w3id.org/diplokg/id/meeting/apec-aelm-2021");
        assertEquals(28, m.ordinal());
        assertEquals("2021-11-12", m.isoDate());
        assertTrue(m.online());
        assertEquals("https://w3id.org/diplokg/id/person/jacinda-ardern", m.chair());
        List<String> keys = m.agreements().stream().map(a -> a.substring(a.lastIndexOf('/') + 1)).toList();
        assertTrue(keys.containsAll(List.of("rcep", "cptpp", "depa")), keys.toString());
        // the declaration it issued is a document it adopted, not an agreement
        assertTrue(m.adopted().stream().anyMatch(d -> java.net.URLDecoder.decode(d, java.nio.charset.StandardCharsets.UTF_8)
                .endsWith("2021年亚太经合组织领导人宣言")), m.adopted().toString());
    }

    @Test
    void relativeWeekdaysDateTheMeetingsOfAnRssItem() {
        DocumentKnowledge k = extracted.get("000_4e2cc9597a6d0456");
        List<String> dated = k.meetings().stream().map(m -> m.name() + "@" + m.isoDate()).toList();
        assertTrue(dated.contains("东亚合作领导人系列会议@2020-11-15"), dated.toString());
        assertTrue(dated.contains("APEC工商领导人对话会@2020-11-19"), dated.toString());
    }

    @Test
    void aVideoConferenceChairedByTheForeignMinisterHasItsParticipants() {
        DocumentKnowledge k = extracted.get("004_ead2641a83217ae8");
        ResolvedMeeting m = k.meetings().stream().filter(x -> x.name().contains("高级别视频会议")).findFirst().orElseThrow();
        assertEquals("https://w3id.org/diplokg/id/person/wang-yi", m.chair());
        assertTrue(m.participants().size() >= 6, m.participants().toString());
        assertTrue(m.online());
    }

    @Test
    void aSpeechThatNamesNoMeetingIsLinkedToItByDateAndOrganiserAsAnInference() {
        DocumentKnowledge k = extracted.get("003_ef831c99aa0146c2");
        assertTrue(k.meetings().stream().allMatch(ResolvedMeeting::planned));
        assertEquals(List.of("https://w3id.org/diplokg/id/meeting/apec-aelm-2020"), k.inferredMeetings());
    }

    @Test
    void applicationsToJoinAreDatedStatementsOfTheEconomy() {
        List<String> s = extracted.get("001_1c07ab0e1a8962a0").statements().stream()
                .map(x -> x.action() + " " + x.agreement().substring(x.agreement().lastIndexOf('/') + 1) + " "
                        + x.actor().substring(x.actor().lastIndexOf('/') + 1)).toList();
        assertEquals(List.of("AppliedToJoin cptpp cn", "AppliedToJoin depa cn"), s);
    }

    private static ResolvedMeeting meeting(String doc, String iri) {
        return extracted.get(doc).meetings().stream().filter(m -> m.iri().equals(iri)).findFirst()
                .orElseThrow(() -> new AssertionError(iri + " not among " + extracted.get(doc).meetings()));
    }
}
