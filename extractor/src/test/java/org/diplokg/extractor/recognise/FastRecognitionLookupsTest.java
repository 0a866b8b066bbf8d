package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The date rules' candidate scan finds what {@code find()} finds; the leading class is read only from its simple form;
 * the media-list scan over runs with 、 finds what a {@code find()} over the whole text finds.
 */
class FastRecognitionLookupsTest {

    /** Characters dates are written with, and some that are not. */
    private static final String ALPHABET = "0123456789一二三四五六七八九十〇零年月日号至-/. 今明昨去前周星期上下本天晚早民国的在和janmrchpilyusoctbv";

    @Test
    void dateRuleMatchesAreFindsMatches() {
        Random r = new Random(3);
        int compared = 0;
        for (DateRule rule : DateRule.TABLE) {
            assertNotNull(LeadingClass.of(rule.pattern()), rule.name() + " starts with a look-ahead class");
            for (int round = 0; round < 400; round++) {
                StringBuilder b = new StringBuilder();
                int n = r.nextInt(40);
                for (int i = 0; i < n; i++) b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                String t = b.toString();
                int w0 = t.isEmpty() ? 0 : r.nextInt(t.length()), w1 = w0 + r.nextInt(t.length() - w0 + 1);
                List<int[]> windows = List.of(new int[] {0, Math.min(w0, t.length())}, new int[] {w0, w1});
                List<String> expected = new ArrayList<>();
                Matcher m = rule.pattern().matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
                for (int[] w : windows) {
                    m.region(w[0], w[1]);
                    while (m.find()) expected.add(describe(m));
                }
                List<String> actual = DateRecogniser.matches(rule, t, windows).stream().map(FastRecognitionLookupsTest::describe).toList();
                assertEquals(expected, actual, rule.name() + " on " + t);
                compared += expected.size();
            }
        }
        assertEquals(true, compared > 100, "the random texts hold dates: " + compared);
    }

    private static String describe(MatchResult m) {
        StringBuilder b = new StringBuilder(m.start() + "-" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) b.append('|').append(m.group(g));
        return b.toString();
    }

    @Test
    void leadingClassOnlyOfTheSimpleForm() {
        assertEquals("[0-9一]", LeadingClass.leadingClass("(?=[0-9一])(?<![0-9])[0-9]+年"));
        assertNull(LeadingClass.leadingClass("(?=[0-9])a|b"), "a top-level alternative escapes the look-ahead");
        assertNotNull(LeadingClass.leadingClass("(?=[0-9])(?:\\Qa|b\\E)"), "a quoted bar is a literal");
        assertNull(LeadingClass.leadingClass("(?=[^0-9])a"));
        assertNull(LeadingClass.leadingClass("(?=[\\d])a"));
        assertNull(LeadingClass.leadingClass("[0-9]年"));
        assertNull(LeadingClass.of(Pattern.compile("年")));
    }
    /** Han characters, the words of a media list, 、 and what breaks a run (Latin, punctuation, a Han character outside the BMP). */
    private static final String[] LIST_PIECES = {"新华社", "人民日报", "报", "等", "媒体", "多家", "新闻", "单位", "、", "、", "，", "。", "a", " ", "\uD840\uDC00", "中"};

    @Test
    void mediaListScanFindsWhatAWholeTextFindFinds() {
        Random r = new Random(5);
        int compared = 0;
        for (int round = 0; round < 40000; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(30);
            for (int i = 0; i < n; i++) b.append(LIST_PIECES[r.nextInt(LIST_PIECES.length)]);
            String t = b.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = OrganisationRecogniser.MEDIA_LIST.matcher(t);
            while (m.find()) expected.add(m.start(1) + ":" + m.group(1));
            List<String> actual = OrganisationRecogniser.mediaLists(t).stream().map(l -> l.begin() + ":" + l.items()).toList();
            assertEquals(expected, actual, t);
            compared += expected.size();
        }
        assertEquals(true, compared > 100, "the random texts hold media lists: " + compared);
    }
}
