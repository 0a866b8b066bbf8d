package org.diplokg.extractor.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference entities come in one order on every JVM: where several fit (a series' editions, a label two bodies
 * share) the recognisers take the first, so an order that changed from run to run changed what a document links to.
 */
class ReferenceDataOrderTest {

    @Test
    void entitiesComeInIriOrder() {
        List<String> iris = ReferenceData.load().entities().stream().map(ReferenceEntity::iri).toList();
        assertEquals(iris.stream().sorted().toList(), iris);
    }
}
