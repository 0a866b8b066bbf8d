package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.reference.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Titles of local heads (区长, 县长, 镇长, 郡长) and offices as Taiwan and DPRK reporting write them (次卿, 助卿, 立委,
 * 外务相): a name after one is a person even where HanLP does not know it (sets D and E, open halves: 7 persons).
 */
class PersonLocalAndForeignTitlesTest {

    private static List<String> persons(String text) {
        return MiniExtractor.names(MiniExtractor.extract(text, "2024-04-02"), EntityType.PERSON);
    }

    @Test
    void countyAndTownHeadsNameThePersonAfterThem() {
        List<String> p = persons("新华社北京4月2日电 县长许允璨与镇长范晖瑶陪同考察。");
        assertTrue(p.contains("许允璨"), p.toString());
    }

    @Test
    void aKenyanDeputyCountyGovernorWithADottedName() {
        List<String> p = persons("新华社内罗毕3月5日电 基苏木郡副郡长威廉•康吉与山西省代表团共同签署友好合作备忘录。");
        assertTrue(p.contains("威廉•康吉"), p.toString());
    }

    @Test
    void taiwanForUnderAndAssistantSecretaryAndLegislator() {
        List<String> p = persons("中央社記者台北5日電 美國國務次卿塔爾博特與助卿費爾德曼今天抵台，民進黨立委柯瑩瑩也出席歡迎晚宴。");
        assertTrue(p.containsAll(List.of("塔爾博特", "費爾德曼", "柯瑩瑩")), p.toString());
    }

    @Test
    void theDprkForeignMinister() {
        List<String> p = persons("新华社平壤4月2日电 朝鲜外务相朴义春会见中国代表团。");
        assertTrue(p.contains("朴义春"), p.toString());
    }
}
