package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/** 主委 (Taiwan's short form of 主任委员) and 处长 (a division's head) are titles a name follows. */
class PersonCommitteeAndDivisionTitlesTest {

    private static List<String> persons(String text) {
        return MiniExtractor.names(MiniExtractor.extract(text, "2024-04-02"), EntityType.PERSON);
    }

    @Test
    void aCommitteeChairInTaiwanUsage() {
        List<String> p = persons("中央社記者台北2日電 陸委會副主委梁文傑說，兩岸交流應對等。");
        assertTrue(p.contains("梁文傑"), p.toString());
    }

    @Test
    void aDivisionHead() {
        List<String> p = persons("新华社南宁4月2日电 自治区商务厅外贸处处长覃永高度评价双方合作。");
        assertTrue(p.contains("覃永"), p.toString());
    }
}
