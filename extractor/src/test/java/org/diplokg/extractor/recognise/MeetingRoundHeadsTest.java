package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A numbered round of negotiations or consultations (第三轮…谈判, 第一次…磋商) is a meeting; the process is not. */
class MeetingRoundHeadsTest {

    private static List<String> names(String text) {
        return Recognise.with(new MeetingNameRecogniser(), text).stream().map(Mention::key).toList();
    }

    @Test
    void aNumberedRoundIsAMeeting() {
        assertEquals(List.of("中国与挪威自由贸易协定第三轮谈判"), names("中国与挪威自由贸易协定第三轮谈判在奥斯陆举行。"));
        assertEquals(List.of("第二次预备性磋商"), names("双方今天举行第二次预备性磋商。"));
    }

    @Test
    void aFirstRoundAndAConsultationAreRoundsToo() {
        assertEquals(List.of("首轮磋商"), names("两国外交部昨天在北京举行首轮磋商。"));
        assertEquals(List.of("第三次经贸协商"), names("第三次經貿協商昨日在台北舉行。"));
    }

    @Test
    void theNegotiationsAsAProcessAreNot() {
        assertTrue(names("双方同意加快自由贸易协定谈判，争取早日完成磋商。").isEmpty());
    }
}
