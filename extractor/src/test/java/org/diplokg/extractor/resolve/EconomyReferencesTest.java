package org.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

class EconomyReferencesTest {

    @Test
    void sideReferencesNamesAndEnglishResolveToOneEconomy() {
        String body = "中方愿同各方一道推进合作。中国将继续扩大开放。China welcomes investment. 中國歡迎各方。";
        DocumentKnowledge k = Seeds.extractor().extract(new SourceDocument("test/economies.txt", "0".repeat(64),
                DocumentFormat.TEXT, "UTF-8", null, null, null, null, null, body, List.of()));
        List<ResolvedEntity> economies = k.entities().stream().filter(e -> e.type() == EntityType.ECONOMY).toList();
        assertEquals(1, economies.size(), economies.toString());
        assertEquals("https://w3id.org/diplokg/id/economy/cn", economies.get(0).iri());
        assertEquals(4, economies.get(0).mentions().size(), economies.get(0).surfaces().toString());
    }
}
