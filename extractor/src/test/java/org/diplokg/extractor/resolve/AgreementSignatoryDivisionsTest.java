package org.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.junit.jupiter.api.Test;

/** Signings between sub-national divisions and bureaus the reference does not know: each side is an actor. */
class AgreementSignatoryDivisionsTest {

    private static List<String> actors(String text) {
        return MiniExtractor.extract(text, "2024-06-01").statements().stream()
                .filter(s -> s.action().equals("Signed")).map(AgreementStatement::actorName).toList();
    }

    @Test
    void twoDivisionsSigningAreItsActorsWithoutTheCountryThatLocatesOne() {
        assertEquals(List.of("浙江省", "瓦尔帕莱索大区"),
                actors("浙江省与智利瓦尔帕莱索大区当日在杭州签署《浙江省与瓦尔帕莱索大区深化友好省区关系合作协议》。"));
        assertEquals(List.of("廣東省", "坎特伯雷大區"),
                actors("廣東省與紐西蘭坎特伯雷大區昨日在廣州簽署《廣東省與坎特伯雷大區友好合作諒解備忘錄》。"));
    }

    @Test
    void bureausSigningBeforeTheirWitnessesAreItsActors() {
        assertEquals(List.of("省商务厅", "滋贺县观光交流局"),
                actors("省长某某和知事某某见证了省商务厅与滋贺县观光交流局签订《湖南省与滋贺县经贸合作协议》。"));
    }

    @Test
    void aPlaceOfTheSigningIsNoSide() {
        List<String> a = actors("代表团访问智利，在瓦尔帕莱索大区与瓦尔帕莱索大区旅游局签署《浙江省与瓦尔帕莱索大区旅游合作协议》。");
        assertTrue(a.stream().noneMatch(x -> x != null && x.startsWith("在")), a.toString());
    }

    @Test
    void aPronounOfADivisionIsNoName() {
        List<String> a = actors("我省与智利瓦尔帕莱索大区签署《浙江省与瓦尔帕莱索大区深化友好省区关系合作协议》。");
        assertTrue(a.stream().noneMatch("我省"::equals), a.toString());
        List<String> b = actors("该市与智利瓦尔帕莱索大区签署《浙江省与瓦尔帕莱索大区深化友好省区关系合作协议》。");
        assertTrue(b.stream().noneMatch("该市"::equals), b.toString());
    }
}
