package org.diplokg.extractor.resolve;

import static org.diplokg.extractor.resolve.MeetingPassages.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.diplokg.extractor.DocumentKnowledge;
import org.junit.jupiter.api.Test;

/** A signing ceremony and the signing act of its day are one event. */
class MeetingSigningCeremonyTest {

    @Test
    void theCeremonyAndTheSigningOfItsDayAreOne() {
        DocumentKnowledge k = extract("test/sign1.txt",
                "中国—新加坡自由贸易协定升级议定书签署仪式13日以视频方式举行。协定由中国商务部部长王文涛与新加坡贸工部长颜金勇通过视频方式正式签署。",
                "2025-03-14");
        assertEquals(1, k.meetings().size(), k.meetings().stream().map(ResolvedMeeting::name).toList().toString());
        DocumentKnowledge t = extract("test/sign2.txt",
                "中國—新加坡自由貿易協定升級議定書簽署儀式13日在北京舉行。中國商務部部長王文濤代表中國政府與新加坡貿工部長顏金勇代表新加坡政府簽署了議定書。",
                "2025-03-14");
        assertEquals(1, t.meetings().size(), t.meetings().stream().map(ResolvedMeeting::name).toList().toString());
    }
}
