package org.diplokg.extractor.resolve;

import static org.diplokg.extractor.resolve.MeetingPassages.extract;
import static org.diplokg.extractor.resolve.MeetingPassages.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplokg.extractor.DocumentKnowledge;
import org.junit.jupiter.api.Test;

/** Participants carried from the sides of a named call or talk, from a list of guests after the meeting, and from 偕同. */
class MeetingSidesAndGuestsTest {

    @Test
    void bothSidesOfWithTakePartInANamedCall() {
        DocumentKnowledge k = extract("test/sides1.txt", "欧洲理事会主席科斯塔12日与国家主席习近平进行首次视频通话。", "2025-03-14");
        assertEquals(2, named(k, "通话").participants().size(), named(k, "通话").participants().toString());
        DocumentKnowledge t = extract("test/sides2.txt",
                "總統賴清德13日與來訪的美國國務卿布林肯舉行雙邊會晤，雙方就區域安全交換意見。", "2024-05-14");
        assertEquals(2, named(t, "會晤").participants().size(), named(t, "會晤").participants().toString());
    }

    @Test
    void guestsListedAfterTheOpeningTakePartInIt() {
        DocumentKnowledge k = extract("test/guests1.txt",
                "第五届中国—南亚博览会13日在昆明开幕。随后，国务委员王小洪、斯里兰卡总理阿马拉苏里亚、尼泊尔总理奥利等嘉宾走上剪彩台。",
                "2025-03-14");
        assertEquals(3, named(k, "博览会").participants().size(), named(k, "博览会").participants().toString());
        DocumentKnowledge t = extract("test/guests2.txt",
                "第三屆中國—中東歐博覽會12日在寧波開幕。李強、維克托·歐爾班、亞歷山大·武契奇等領導人共同為展會剪彩。",
                "2024-05-13");
        assertEquals(3, named(t, "博覽會").participants().size(), named(t, "博覽會").participants().toString());
    }

    @Test
    void whoeverComesAlongWithTheHostTakesPart() {
        DocumentKnowledge k = extract("test/along1.txt",
                "總統賴清德13日偕同外交部長林佳龍、國安會秘書長吳釗燮與美國國務卿布林肯會晤。", "2024-05-14");
        ResolvedMeeting m = named(k, "會晤");
        assertEquals(4, m.participants().size(), m.participants().toString());
        assertTrue(m.participants().stream().anyMatch(p -> p.contains("lin-chia-lung")), m.participants().toString());
    }
}
