package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** A name before 等 and a count of people (等几名, 等多位) or 等人 heads a list of people: it is a person's. */
class PersonHeadingAListTest {

    private static List<String> persons(String text) {
        return Seeds.extractor().extract(org.diplokg.extractor.MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.PERSON).map(ResolvedEntity::name).toList();
    }

    @Test
    void aNameBeforeACountOfPeople() {
        List<String> p = persons("警方今天拘捕了王建明等几名示威者。");
        assertTrue(p.contains("王建明"), p.toString());
    }

    @Test
    void aNameBeforeDengRenInTraditionalScript() {
        List<String> p = persons("記者了解到，劉德成等人昨天抵達。");
        assertTrue(p.contains("劉德成"), p.toString());
    }
}
