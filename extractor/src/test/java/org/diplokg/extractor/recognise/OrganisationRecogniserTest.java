package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexicon-driven organisation rules (ontology/lexicon/org-*.txt) on sentences written for the test. */
class OrganisationRecogniserTest {

    private static List<String> organisations(String text) {
        return Recognise.keys(new OrganisationRecogniser(), text);
    }

    @Test
    void aStateOrganAfterAnEconomy() {
        assertTrue(organisations("智利外交部发表声明，欢迎双方完成谈判。").contains("智利外交部"));
        assertTrue(organisations("新西兰外交与贸易部官员介绍了谈判进展。").contains("新西兰外交与贸易部"));
    }

    @Test
    void theLongestStateOrganWins() {
        List<String> o = organisations("中国国务院新闻办公室举行发布会。");
        assertTrue(o.contains("中国国务院新闻办公室"), o.toString());
        assertFalse(o.contains("中国国务院新闻办"), o.toString());
    }

    @Test
    void aUnitedNationsBodyToItsEnding() {
        assertTrue(organisations("联合国开发计划署驻华代表出席活动。").contains("联合国开发计划署"));
    }

    @Test
    void localOrgansWithTheirLevelAndPlace() {
        assertTrue(organisations("江苏省委统战部负责人出席活动。").contains("江苏省委统战部"));
        List<String> o = organisations("会议由连云港市委主办，市人大常委会和省政协派员参加。");
        assertTrue(o.containsAll(List.of("连云港市委", "市人大常委会", "省政协")), o.toString());
    }

    @Test
    void committeeIsNotTheShortFormInsideALongerWord() {
        assertTrue(organisations("他当选为中央委员。").stream().noneMatch(k -> k.contains("中央委")));
    }

    @Test
    void aKnownPlaceContinuedToAnOrganisationEnding() {
        assertTrue(organisations("北京日报报道了这一消息。").contains("北京日报"));
    }

    @Test
    void genericPhrasesAreNotOrganisations() {
        List<String> o = organisations("有关部门将加强协调，地方政府也将配合。");
        assertFalse(o.contains("有关部门"), o.toString());
        assertFalse(o.contains("地方政府"), o.toString());
    }

    @Test
    void creditsForATextOrAPhoto() {
        assertTrue(OrganisationRecogniser.isCredit("新华社记者张三摄", 3));
        assertTrue(OrganisationRecogniser.isCredit("新华社供图", 3));
        assertTrue(OrganisationRecogniser.isCredit("新华社摄", 3));
        assertFalse(OrganisationRecogniser.isCredit("新华社报道，双方签署协定。", 3));
    }
}
