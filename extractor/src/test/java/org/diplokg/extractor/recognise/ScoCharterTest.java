package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** The SCO Charter, a treaty in title marks whose head (宪章) is no kind of agreement, is known by its reference entry. */
class ScoCharterTest {

    private static final String CHARTER = "https://w3id.org/diplokg/id/agreement/sco-charter";

    private static List<String> iris(String text) {
        DocumentKnowledge k = Seeds.extractor().extract(new SourceDocument("test/sco-charter.txt", "0".repeat(64),
                DocumentFormat.TEXT, "UTF-8", null, PartialDate.parseIso("2022-06-15"), "header", null, null, text, List.of()));
        return k.entities().stream().filter(e -> e.type() == EntityType.AGREEMENT).map(ResolvedEntity::iri).toList();
    }

    @Test
    void theCharterInFullAndShortAndInTraditionalScript() {
        assertEquals(List.of(CHARTER), iris("各成员国重申恪守《上海合作组织宪章》的宗旨和原则。"));
        assertEquals(List.of(CHARTER), iris("二十年前，成員國元首簽署了《上合組織憲章》。"));
    }
}
