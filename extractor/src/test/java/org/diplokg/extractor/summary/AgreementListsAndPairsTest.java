package org.diplokg.extractor.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agreement actions of two classes seen on sets D and E: one verb before a list of named instruments acts on each
 * of them, and a pair written as two one-character abbreviations (中欧, 沪港) with a word for its two sides acts as
 * the two economies or places the document names. Each entry is read as "agreement action actor".
 */
class AgreementListsAndPairsTest {

    private static List<String> actions(String body) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : Passages.summary(body, "2024-05-20").get("agreement_actions")) {
            JsonNode actor = a.get("actor");
            out.add(a.get("agreement").asText() + " " + a.get("action").asText() + " " + (actor == null || actor.isNull() ? "-" : actor.asText()));
        }
        return out;
    }

    private static long count(List<String> acts, String suffix) {
        return acts.stream().filter(a -> a.endsWith(suffix)).count();
    }

    @Test
    void oneVerbSignsEveryInstrumentOfTheListAfterIt() {
        List<String> a = actions("中国与新西兰签署了《关于加强农业合作的谅解备忘录》《关于深化海关合作的协议》和《电子商务合作备忘录》。");
        assertEquals(3, count(a, "signed 中国"), a.toString());
        assertEquals(3, count(a, "signed 新西兰"), a.toString());

        List<String> t = actions("中國與紐西蘭簽署了《關於加強農業合作的諒解備忘錄》及《電子商務合作備忘錄》。");
        assertEquals(2, count(t, "signed 中國"), t.toString());
    }

    @Test
    void aListGoesOnPastATitleThatIsNoAgreement() {
        List<String> a = actions("中国与新西兰签署了《关于加强农业合作的谅解备忘录》、《两国青年交流计划》和《电子商务合作备忘录》。");
        assertEquals(2, count(a, "signed 新西兰"), a.toString());
    }

    @Test
    void aNameAfterTheClauseOfTheVerbIsNotItsObject() {
        List<String> a = actions("中国与新西兰签署了《关于加强农业合作的谅解备忘录》，《电子商务合作备忘录》仍在商谈。");
        assertEquals(1, count(a, "signed 中国"), a.toString());
    }

    @Test
    void anAbbreviatedPairOfLeadersActsAsItsTwoEconomies() {
        List<String> a = actions("中国与欧盟领导人举行视频会晤。中欧领导人共同宣布完成中欧投资协定谈判。");
        assertTrue(a.contains("CAI concluded 中国") && a.contains("CAI concluded 欧盟"), a.toString());
    }

    @Test
    void bothSidesAfterAMeetingOfAnAbbreviatedPairAreThatPair() {
        List<String> a = actions("中国同欧盟关系稳定。2013年11月，第十六次中欧领导人会晤在北京举行，双方宣布启动中欧投资协定谈判。");
        assertTrue(a.contains("CAI launched 中国") && a.contains("CAI launched 欧盟"), a.toString());
    }

    @Test
    void provincialAbbreviationsNameThePlacesTheDocumentNames() {
        List<String> a = actions("香港代表团访问上海。沪港双方签署了《沪港科技创新合作备忘录》。");
        assertEquals(1, count(a, "signed 上海"), a.toString());
        assertEquals(1, count(a, "signed 香港"), a.toString());

        List<String> t = actions("香港代表團訪問上海。滬港雙方簽署了《滬港科技創新合作備忘錄》。");
        assertEquals(1, count(t, "signed 上海"), t.toString());
    }

    @Test
    void anUndatedActTakesTheDayTheStoryToldBeforeIt() {
        List<String> a = new ArrayList<>();
        for (JsonNode x : Passages.summary("新西兰总理15日在奥克兰会见到访的中国国务院总理。会谈后，中国与新西兰签署了《电子商务合作备忘录》。",
                "2024-05-20").get("agreement_actions")) a.add(x.get("actor").asText() + " " + x.get("date").asText());
        assertTrue(a.contains("新西兰 2024-05-15"), a.toString());
        // a year told since opens another time: no day is lent
        a.clear();
        for (JsonNode x : Passages.summary("新西兰总理15日会见中国国务院总理。两国于2008年建立伙伴关系。中国与新西兰签署了《电子商务合作备忘录》。",
                "2024-05-20").get("agreement_actions")) a.add(x.get("actor").asText() + " " + x.get("date").asText());
        assertTrue(a.contains("新西兰 null"), a.toString());
        // an act told as earlier than the news takes none either
        a.clear();
        for (JsonNode x : Passages.summary("新西兰总理15日会见中国国务院总理。此前，中国与新西兰已签署了《电子商务合作备忘录》。",
                "2024-05-20").get("agreement_actions")) a.add(x.get("actor").asText() + " " + x.get("date").asText());
        assertTrue(a.contains("新西兰 null"), a.toString());
    }

    @Test
    void aGenericNameSignedByPartiesNoneCanNameHasNoActionWithoutActor() {
        JsonNode k = Passages.summary("浙江省与葡萄牙波尔图市当天在杭州签署深化友好城市关系备忘录。", "2024-05-20");
        List<String> keys = new ArrayList<>();
        for (JsonNode a : k.get("agreements")) keys.add(a.get("key").asText());
        assertTrue(keys.contains("深化友好城市关系备忘录"), keys.toString());
        List<String> a = actions("浙江省与葡萄牙波尔图市当天在杭州签署深化友好城市关系备忘录。");
        assertTrue(a.stream().noneMatch(x -> x.endsWith(" -")), a.toString());
    }

    @Test
    void anEconomyGlossedInBracketsInsideABodysNameIsNoActor() {
        List<String> a = actions("亚洲发展论坛(新加坡)秘书处与浙江省商务厅签署了《关于加强经贸合作的谅解备忘录》。");
        assertTrue(a.stream().noneMatch(x -> x.endsWith("signed 新加坡")), a.toString());
    }

    @Test
    void theSameDayIsTheDayTheStoryToldLastHoweverFarBack() {
        List<String> a = new ArrayList<>();
        for (JsonNode x : Passages.summary("3月2日，新西兰代表团访问北京。\n代表团参观了多家企业。\n双方回顾了合作成果。\n同日下午，中国与新西兰签署了《电子商务合作备忘录》。",
                "2024-05-20").get("agreement_actions")) a.add(x.get("actor").asText() + " " + x.get("date").asText());
        assertTrue(a.contains("新西兰 2024-03-02"), a.toString());
    }
}
