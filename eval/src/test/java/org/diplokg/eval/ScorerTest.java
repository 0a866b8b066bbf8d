package org.diplokg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void standardScorerMatchesTraditionalPredictionsToSimplifiedGold() throws Exception {
        JsonNode gold = json("{\"doc\": \"x.txt\", \"persons\": [{\"name\": \"习近平\"}], \"organizations\": [\"亚太经合组织\"]}");
        JsonNode pred = json("{\"persons\": [\"習近平\"], \"organizations\": [\"亞太經合組織\"]}");

        Report standard = Scorer.standard().score(Map.of("x.json", gold), Map.of("x.json", pred));
        Report identity = Scorer.withConverter(Function.identity()).score(Map.of("x.json", gold), Map.of("x.json", pred));

        assertEquals(new Prf(1, 0, 0), standard.counts().get("persons"));
        assertEquals(new Prf(1, 0, 0), standard.counts().get("organizations"));
        assertEquals(new Prf(0, 1, 1), identity.counts().get("persons"));
    }

    @Test
    void findsPredictionByDocumentNameAndCountsMissingOnesAsEmpty() throws Exception {
        Map<String, JsonNode> gold = Map.of(
                "a.json", json("{\"doc\": \"a.html\", \"dates\": [\"2021\"]}"),
                "b.json", json("{\"doc\": \"b.html\", \"dates\": [\"2022\"]}"));
        Report r = Scorer.withConverter(Function.identity())
                .score(gold, Map.of("a.html.json", json("{\"dates\": [\"2021\"]}")));

        assertEquals(new Prf(1, 0, 1), r.counts().get("dates"));
        assertEquals(new Prf(0, 0, 1), r.perDocument().get("b.json").get("dates"));
    }

    @Test
    void ordersDocumentsByCodePointLikePythonSorted() throws Exception {
        JsonNode empty = json("{}");
        Report r = Scorer.withConverter(Function.identity())
                .score(Map.of("a😀.json", empty, "aＡ.json", empty, "B.json", empty), Map.of());

        assertEquals(List.of("B.json", "aＡ.json", "a😀.json"), List.copyOf(r.perDocument().keySet()));
    }

    @Test
    void reportsNothingToScoreAsEmptyFigures() throws Exception {
        Report r = Scorer.withConverter(Function.identity()).score(Map.of("x.json", json("{}")), Map.of());

        Prf events = r.counts().get("events");
        assertFalse(events.scored());
        assertTrue(events.f1().isEmpty());
        assertTrue(r.accuracies().get("published").accuracy().isEmpty());
        assertEquals(List.of("persons", "organizations", "agreements", "dates", "events", "event_participants",
                "agreements_per_meeting", "agreement_actions"), List.copyOf(r.counts().keySet()));
        assertTrue(r.toText().startsWith("persons                  n/a (nothing to score)\n"));
    }

    @Test
    void namesTheGoldFileOfAMalformedSummary() throws Exception {
        Map<String, JsonNode> gold = Map.of("bad.json", json("{\"events\": [{\"name\": \"会议\"}]}"));
        Map<String, JsonNode> pred = Map.of("bad.json", json("{\"events\": [\"会议\"]}"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scorer.withConverter(Function.identity()).score(gold, pred));
        assertTrue(e.getMessage().startsWith("bad.json: "), e.getMessage());
    }

    @Test
    void scoresDirectoriesIgnoringFilesThatAreNotJson(@TempDir Path dir) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path pred = Files.createDirectories(dir.resolve("pred"));
        Files.writeString(gold.resolve("d.json"), "{\"doc\": \"d.txt\", \"published\": \"2021-11-13\"}");
        Files.writeString(gold.resolve("notes.txt"), "not json");
        Files.writeString(pred.resolve("d.txt.json"), "{\"published\": \"2021-11-13\"}");

        Report r = Scorer.withConverter(Function.identity()).scoreDirectories(gold, pred);

        assertEquals(new Accuracy(1, 1), r.accuracies().get("published"));
        assertEquals(List.of("d.json"), List.copyOf(r.perDocument().keySet()));
    }
}
