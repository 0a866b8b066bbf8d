package org.diplokg.extractor.resolve;

import static org.diplokg.extractor.resolve.MeetingPassages.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.extractor.DocumentKnowledge;
import org.junit.jupiter.api.Test;

/** An opening ceremony named on its own sentences after the numbered meeting it opens is that meeting. */
class MeetingSessionsTest {

    private static List<String> names(DocumentKnowledge k) {
        return k.meetings().stream().map(ResolvedMeeting::name).toList();
    }

    @Test
    void aBareOpeningCeremonyLaterOnIsTheNumberedMeetingItOpens() {
        DocumentKnowledge k = extract("test/s1.txt", "10月12日，第五届中国—中亚合作论坛在乌鲁木齐开幕。\n"
                + "论坛为期两天，各方代表将围绕互联互通展开讨论。\n哈萨克斯坦副总理努尔兰出席开幕式并致辞。", "2025-10-13");
        assertEquals(1, k.meetings().size(), names(k).toString());
        assertEquals(5, k.meetings().get(0).ordinal());
    }

    @Test
    void aBareOpeningCeremonyAfterTheNamedCeremonyIsTheSameMeeting() {
        DocumentKnowledge k = extract("test/s2.txt", "蒙古總統呼日勒蘇赫出席亞洲開發銀行第五十八屆年會開幕式並發表致辭。\n"
                + "當地時間5月4日上午，呼日勒蘇赫在開幕式上表示，各國應加強合作。", "2025-05-05");
        assertEquals(1, k.meetings().size(), names(k).toString());
        assertEquals(58, k.meetings().get(0).ordinal());
    }
}
