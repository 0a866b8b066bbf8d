package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/** 一行 after a titled name (HanLP's Japanese-name word takes it in: 铃木直道一行/nrj) is the delegation, not the name. */
class PersonDelegationAfterANameTest {

    @Test
    void aDelegationAfterTheNameIsNoPartOfIt() {
        List<String> p = MiniExtractor.names(MiniExtractor.extract("辽宁省省长会见了日本经产大臣铃木直道一行。", "2023-05-10"), EntityType.PERSON);
        assertEquals(List.of("铃木直道"), p);
    }
}
