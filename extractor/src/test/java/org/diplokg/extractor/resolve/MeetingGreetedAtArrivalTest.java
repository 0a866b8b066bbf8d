package org.diplokg.extractor.resolve;

import static org.diplokg.extractor.resolve.MeetingPassages.extract;
import static org.diplokg.extractor.resolve.MeetingPassages.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplokg.extractor.DocumentKnowledge;
import org.junit.jupiter.api.Test;

/** The leaders a host greets one by one as they arrive (同A、B、C一一握手, 向A、B问候致意) take part in the meeting reported. */
class MeetingGreetedAtArrivalTest {

    @Test
    void theLeadersGreetedOneByOneTakePartInTheSummit() {
        DocumentKnowledge k = extract("test/greeted-simplified.txt",
                "金砖国家领导人第十五次会晤23日在约翰内斯堡举行。国家主席习近平出席会晤。"
                        + "上午9时许，南非总统拉马福萨在会场外热情迎接，同巴西总统卢拉、印度总理莫迪和习近平一一握手。",
                "2023-08-24");
        ResolvedMeeting m = named(k, "会晤");
        assertEquals(4, m.participants().size(), m.participants().toString());
    }

    @Test
    void theSameInTraditionalScriptWithAGreeting() {
        DocumentKnowledge k = extract("test/greeted-traditional.txt",
                "東盟與中日韓領導人會議10日在萬象舉行，國務院總理李強出席。"
                        + "會前，老撾總理宋賽微笑著向日本首相石破茂、韓國總統尹錫悅和李強問候致意。",
                "2024-10-11");
        ResolvedMeeting m = named(k, "領導人會議");
        assertTrue(m.participants().size() >= 4, m.participants().toString());
    }

    @Test
    void aHandshakeWithOnePersonAddsNoOne() {
        DocumentKnowledge k = extract("test/greeted-one.txt",
                "中国－东盟领导人会议10日在万象举行，国务院总理李强出席。会后，李强同老挝总理宋赛握手。",
                "2024-10-11");
        ResolvedMeeting m = named(k, "领导人会议");
        assertEquals(1, m.participants().size(), m.participants().toString());
    }
}
