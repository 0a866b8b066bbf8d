package org.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.MiniExtractor;
import org.junit.jupiter.api.Test;

class MeetingBuilderTest {

    private static final String REPORT = "11 月 12 日晚，国家主席习近平在北京以视频方式出席亚太经合组织第二十八次领导人非正式会议并发表重要讲话。\n"
            + "习近平指出，中方期待《区域全面经济伙伴关系协定》明年如期生效，已申请加入《全面与进步跨太平洋伙伴关系协定》。\n"
            + "会议由新西兰总理阿德恩主持。\n"
            + "丁薛祥、王毅等参加会议。";

    @Test
    void linksTheMeetingToItsSeriesInstanceDateChairAndAgreements() {
        DocumentKnowledge k = MiniExtractor.extract(REPORT, "2021-11-13");
        assertEquals(1, k.meetings().size(), k.meetings().toString());
        ResolvedMeeting m = k.meetings().get(0);
        assertEquals("https://w3id.org/diplokg/id/meeting/apec-aelm-2021", m.iri());
        assertEquals(28, m.ordinal());
        assertEquals("2021-11-12", m.isoDate());
        assertTrue(m.online());
        String chair = m.findChair().orElseThrow();
        assertTrue(chair.endsWith(org.diplokg.extractor.vocab.Vocab.encode("阿德恩")), chair);
        assertEquals(List.of("https://w3id.org/diplokg/id/agreement/rcep", "https://w3id.org/diplokg/id/agreement/cptpp"), m.agreements());
        assertTrue(m.participants().contains("https://w3id.org/diplokg/id/person/xi-jinping"), m.participants().toString());
        assertTrue(m.participants().contains("https://w3id.org/diplokg/id/person/wang-yi"), m.participants().toString());
    }

    @Test
    void announcedMeetingsAreMarkedPlanned() {
        DocumentKnowledge k = MiniExtractor.extract("第三届“一带一路”国际合作高峰论坛将于明年在北京举行。", "2022-11-13");
        assertEquals(1, k.meetings().size(), k.meetings().toString());
        assertTrue(k.meetings().get(0).planned());
    }
}
