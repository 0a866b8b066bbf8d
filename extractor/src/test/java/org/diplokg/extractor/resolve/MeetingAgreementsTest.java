package org.diplokg.extractor.resolve;

import static org.diplokg.extractor.resolve.MeetingPassages.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.DocumentKnowledge;
import org.junit.jupiter.api.Test;

/** Agreements per meeting: which paragraphs are about the meeting the document reports. */
class MeetingAgreementsTest {

    private static final String RCEP = "https://w3id.org/diplokg/id/agreement/rcep";
    private static final String CPTPP = "https://w3id.org/diplokg/id/agreement/cptpp";

    private static DocumentKnowledge extract(String key, String body) {
        return MeetingPassages.extract(key, body, "2024-05-20");
    }

    @Test
    void theLeadIsTheFirstParagraphThatIsASentenceNotAHeadlineOrARule() {
        DocumentKnowledge k = extract("test/lead.txt", "跳至主要内容\n部长出席经贸部长会议并推动区域合作（附图）\n"
                + "**********************************\n"
                + "商务部部长王文涛今日在北京出席第五届中国－东盟经贸部长会议。\n"
                + "与会部长检视了《区域全面经济伙伴关系协定》的落实情况，并就下一步合作交换意见，气氛友好。\n");
        assertEquals(List.of(RCEP), named(k, "经贸部长会议").agreements());
    }

    @Test
    void aMeetingTheLeadDoesNotNameIsNotWhatTheWholeDocumentIsAbout() {
        DocumentKnowledge k = extract("test/background.txt", "区域全面经济伙伴关系协定正式生效：亚太区域经济的机会与挑战\n"
                + "评论关注，中国能否借此增加经贸实力，与《全面与进步跨太平洋伙伴关系协定》的成员展开竞争，各方看法不一。\n"
                + "第三次区域全面经济伙伴关系协定领导人会议2019年11月在泰国曼谷举行并发表联合声明（资料照片）。\n"
                + "2013年起草，历经多轮谈判，协定在2022年元旦正式生效。\n"
                + "学者认为，《全面与进步跨太平洋伙伴关系协定》的门槛更高，申请加入并非易事，需要时间。\n");
        ResolvedMeeting m = named(k, "领导人会议");
        assertTrue(!m.agreements().contains(CPTPP), m.agreements().toString());
    }

    @Test
    void anAgreementNamedAsAnothersPredecessorIsNotTheMeetings() {
        String tpp = "https://w3id.org/diplokg/id/agreement/tpp";
        DocumentKnowledge k = extract("test/lineage.txt",
                "第六届全面与进步跨太平洋伙伴关系协定委员会会议3日在新加坡举行，各成员国部长出席。"
                + "该协定由美国退出后的《跨太平洋伙伴关系协定》演变而来，会议讨论了《全面与进步跨太平洋伙伴关系协定》的扩员。\n");
        ResolvedMeeting m = named(k, "委员会会议");
        assertTrue(m.agreements().contains(CPTPP) && !m.agreements().contains(tpp), m.agreements().toString());
        DocumentKnowledge t = extract("test/lineage-hant.txt",
                "第六屆全面與進步跨太平洋夥伴關係協定委員會會議3日在新加坡舉行，各成員國部長出席。"
                + "該協定的前身是《跨太平洋夥伴關係協定》，會議討論了《全面與進步跨太平洋夥伴關係協定》的擴員。\n");
        ResolvedMeeting n = named(t, "委員會會議");
        assertTrue(n.agreements().contains(CPTPP) && !n.agreements().contains(tpp), n.agreements().toString());
    }
}
