package org.diplokg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MentionSnippetTest {

    @Test
    void showsTheWordsAroundAMentionWithinItsParagraph() {
        String text = "标题\n习近平出席亚太经合组织第二十八次领导人非正式会议。\n下一段";
        int begin = text.indexOf("亚太经合组织");
        assertEquals("习近平出席亚太经合组织第二十八次领导人非正式会议。", MentionText.snippet(text, begin, begin + 6));
    }

    @Test
    void marksCutsInLongParagraphs() {
        String text = "甲".repeat(100) + "中国" + "乙".repeat(100);
        String s = MentionText.snippet(text, 100, 102);
        assertEquals("…" + "甲".repeat(40) + "中国" + "乙".repeat(40) + "…", s);
    }

    @Test
    void offsetsOutsideTheTextGiveNothing() {
        assertEquals("", MentionText.snippet("短", 3, 5));
    }
}
