package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/** 知事, the governor of a Japanese prefecture or a Korean province, is a title before a name like 省长 or 州长. */
class PersonGovernorTitleTest {

    @Test
    void aPrefecturalGovernorIsTitled() {
        var r = MiniExtractor.extract("东京都知事小池百合子当天出席了签约仪式。", "2023-05-10");
        ResolvedEntity governor = r.entities().stream().filter(e -> e.name().equals("小池百合子")).findFirst().orElseThrow();
        assertEquals(List.of("知事"), governor.titles());
    }

    @Test
    void aDelegationAfterTheNameIsNoPartOfIt() {
        List<String> p = MiniExtractor.names(MiniExtractor.extract("辽宁省省长会见了日本北海道知事铃木直道一行。", "2023-05-10"), EntityType.PERSON);
        assertEquals(List.of("铃木直道"), p);
    }

    @Test
    void aDeputyAndAKoreanProvincialGovernorInTraditionalScript() {
        var r = MiniExtractor.extract("京畿道知事金東延與大阪府副知事山口信彥出席了論壇。", "2023-05-10");
        List<String> p = MiniExtractor.names(r, EntityType.PERSON);
        assertEquals(List.of("金東延", "山口信彥"), p.stream().sorted(java.util.Comparator.reverseOrder()).toList());
    }

    @Test
    void notInsideAnotherWord() {
        List<String> p = MiniExtractor.names(MiniExtractor.extract("会议通知事项如下：代表团于明天抵达。", "2023-05-10"), EntityType.PERSON);
        assertFalse(p.stream().anyMatch(n -> n.startsWith("项")), p.toString());
    }
}
