package org.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Objects;
import org.diplokg.extractor.MiniExtractor;
import org.junit.jupiter.api.Test;

/** Who witnesses or attends a signing is not its signatory: the actors are the sides named after the witnessing verb. */
class AgreementWitnessesTest {

    private static List<String> signers(String text) {
        List<AgreementStatement> s = MiniExtractor.extract(text, "2023-05-10").statements();
        assertFalse(s.isEmpty(), text);
        return s.stream().map(AgreementStatement::actorName).filter(Objects::nonNull).sorted().toList();
    }

    @Test
    void twoGovernorsWitnessTwoEconomiesSigning() {
        assertEquals(List.of("新西兰", "智利"), signers("会谈后，兵库县知事齐藤元彦和爱知县知事大村秀章见证了智利与新西兰签署《数字经济伙伴关系协定》。"));
    }

    @Test
    void governorsWitnessTwoBodiesSigning() {
        assertEquals(List.of("兵库县观光局", "爱知县旅游协会"),
                signers("兵库县知事齐藤元彦和爱知县知事大村秀章见证了兵库县观光局与爱知县旅游协会签署《兵库县与爱知县观光合作协议》。"));
    }

    @Test
    void leadersWhoWitnessInTraditionalScriptAreNoSigners() {
        assertEquals(List.of(), signers("會談結束後，新加坡總理黃循財與越南總理范明政共同見證簽署《數字經濟夥伴關係協定》。"));
    }

    @Test
    void inTheWitnessOfLeadersWithoutAComma() {
        assertEquals(List.of("新西兰", "智利"), signers("在法国总统马克龙和巴西总统卢拉的见证下智利与新西兰签署了《数字经济伙伴关系协定》。"));
    }

    @Test
    void leadersWhoAttendTheCeremonyAreNoSigners() {
        assertEquals(List.of("新西兰", "智利"), signers("法国总统马克龙与巴西总统卢拉出席了智利与新西兰签署《数字经济伙伴关系协定》的仪式。"));
    }
}
