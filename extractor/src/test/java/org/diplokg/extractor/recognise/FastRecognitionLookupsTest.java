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

/** The date rules' candidate scan finds what {@code find()} finds; the leading class is read only from its simple form. */
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
}
