package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A local office's short name after punctuation (省外事侨务办副主任, 区政府办、财政局): a bare level, nouns and 办. */
class OrganisationLocalOfficeShortNamesTest {

    private static List<String> keys(String text) {
        return Recognise.keys(new OrganisationRecogniser(), text);
    }

    @Test
    void anOfficeBeforeItsDeputyDirector() {
        List<String> k = keys("应对方邀请，省外事侨务办副主任秦杰率代表团出访。");
        assertTrue(k.contains("省外事侨务办"), k.toString());
    }

    @Test
    void anOfficeInAListOfUnits() {
        List<String> k = keys("常务副区长出席，区政府办、财政局等相关单位人员参加。");
        assertTrue(k.contains("区政府办"), k.toString());
    }

    @Test
    void anOfficeBeforeItsPartyGroupSecretary() {
        List<String> k = keys("活动启动，市政府合作交流办党组书记、主任杨某出席。");
        assertTrue(k.contains("市政府合作交流办"), k.toString());
    }

    @Test
    void holdingAnEventIsNoOffice() {
        List<String> k = keys("会议结束，市里还要办，县里举办、市民积极参与举办，");
        assertFalse(k.stream().anyMatch(n -> n.endsWith("办")), k.toString());
    }

    @Test
    void aPlaceBeforeTheLevelIsNotReadHere() {
        List<String> k = keys("目前上海市合作交流办副主任到场。");
        assertFalse(k.contains("市合作交流办"), k.toString());
    }
}
