package org.diplokg.extractor.summary;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;

/** The JSON summary of a short passage written for a test, and what the general-case tests read from it. */
final class Passages {

    private Passages() {}

    /** The summary the shipped extractor gives a passage published on {@code published} (yyyy-MM-dd). */
    static JsonNode summary(String body, String published) {
        Extractor shipped = Seeds.extractor();
        return JsonSummary.of(shipped.extract(MiniExtractor.document(body, published)), shipped.reference()).json();
    }

    /** The first event whose name holds {@code nameHolds}; fails listing the events when there is none. */
    static JsonNode event(JsonNode summary, String nameHolds) {
        for (JsonNode e : summary.get("events")) if (e.get("name").asText().contains(nameHolds)) return e;
        throw new AssertionError("no event " + nameHolds + " in " + summary.get("events"));
    }

    static boolean hasEvent(JsonNode summary, String nameHolds) {
        for (JsonNode e : summary.get("events")) if (e.get("name").asText().contains(nameHolds)) return true;
        return false;
    }

    /** The organisations of a passage's summary, published 2024-09-06 (names of objects or plain strings). */
    static List<String> organisations(String body) {
        List<String> out = new ArrayList<>();
        summary(body, "2024-09-06").get("organizations").forEach(x -> out.add(x.isTextual() ? x.asText() : x.get("name").asText()));
        return out;
    }

    /** Fails listing what was found unless every one of {@code names} is among {@code found}. */
    static void assertHas(List<String> found, String... names) {
        if (!found.containsAll(List.of(names))) throw new AssertionError("expected " + List.of(names) + " in " + found);
    }

    static List<String> participants(JsonNode event) {
        List<String> out = new ArrayList<>();
        event.get("participants").forEach(p -> out.add(p.asText()));
        return out;
    }
}
