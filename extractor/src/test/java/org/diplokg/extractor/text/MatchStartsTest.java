package org.diplokg.extractor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

class MatchStartsTest {

    /** The agreement-action verb patterns, which AgreementStatementFinder runs over every clause. */
    private static final List<String> STATUS_LEXICONS = List.of("agreement-status-applied-to-join",
            "agreement-status-acceded", "agreement-status-launched-negotiations",
            "agreement-status-concluded-negotiations", "agreement-status-signed", "agreement-status-ratified",
            "agreement-status-entered-into-force", "agreement-status-upgraded", "agreement-status-withdrew");

    @Test
    void startCharactersOfSimpleForms() {
        MatchStarts s = MatchStarts.of(Pattern.compile("(?:正式)?(?:批准|核准)了?"));
        assertFalse(s.any());
        assertEquals(-1, s.next("他们签署了协定", 0));
        assertEquals(2, s.next("该国正式批准", 0));
        assertEquals(4, s.next("该国正式批准", 3));
        assertEquals(0, MatchStarts.of(Pattern.compile("[2-9２-９](?:[.][0-9])?版")).next("３版", 0));
        assertEquals(1, MatchStarts.of(Pattern.compile("\\Q签署\\E|退出")).next("已退出", 0));
        assertEquals(2, MatchStarts.of(Pattern.compile("a*b+")).next("xxb", 0));
    }

    @Test
    void runsOfALeadingPlusAreTriedOnce() {
        // every match inside the run ＠＠＠ has one at the run's start; a pattern with another way to start at ＠ has not
        for (String re : List.of("＠+[^，]{0,4}发起", "＠+起草|签署", "(?:＠)+发起|＠发起", "＠发起|＠+起草", "＠+x|＠*y", "(?:x|＠+)发起")) {
            Pattern p = Pattern.compile(re);
            for (String text : List.of("＠＠＠发起", "＠＠＠＠＠＠＠起草，签署", "a＠＠发起＠＠起草", "＠＠x＠y", "＠＠＠＠＠＠＠＠＠＠发起")) {
                assertEquals(everyMatch(p, text), prefiltered(p, MatchStarts.of(p), text), re + " on " + text);
            }
        }
    }

    @Test
    void whatItDoesNotReadStartsAnywhere() {
        for (String re : List.of(".协定", "[^，]协定", "\\d+年", "(?=签)签署", "\\b签署", "(?i)abc", "\\p{IsHan}协定", "(a)\\1")) {
            assertTrue(MatchStarts.of(Pattern.compile(re)).any(), re);
            assertEquals(3, MatchStarts.of(Pattern.compile(re)).next("abcdef", 3), re);
        }
    }

    @Test
    void theStatusPatternsAreReadAndFindWhatFindFinds() {
        Random random = new Random(20261207);
        for (String lexicon : STATUS_LEXICONS) {
            Pattern p = Pattern.compile(Lexicons.of(lexicon).alternation());
            MatchStarts starts = MatchStarts.of(p);
            assertFalse(starts.any(), lexicon);
            // random clauses over the pattern's own characters, the agreement mark and a few others
            String alphabet = p.pattern().replaceAll("[\\\\()\\[\\]{}?*+|^:.,0-9-]", "") + "＠＠＠中国和东盟的，年月";
            for (int n = 0; n < 3000; n++) {
                StringBuilder b = new StringBuilder();
                int length = random.nextInt(30);
                for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                String text = b.toString();
                assertEquals(everyMatch(p, text), prefiltered(p, starts, text), lexicon + ": " + text);
            }
        }
    }

    @Test
    void aClassEscapeInsideBracketsStartsAnywhereOnlyWhereItCanStart() {
        // AgreementRecogniser's 签署…[\\p{IsHan}]{1,4}的… pattern: read, and only tried at 签
        Pattern signed = Pattern.compile("签署(?:[\\p{IsHan}]{1,4}的)?(合作协议)(?![\\p{IsHan}A-Za-z0-9])");
        MatchStarts s = MatchStarts.of(signed);
        assertFalse(s.any());
        assertEquals(3, s.next("双方将签署合作协议。", 0));
        for (String text : List.of("双方签署合作协议。", "签署重要的合作协议，签署合作协议书", "签签署了的合作协议")) {
            assertEquals(everyMatch(signed, text), prefiltered(signed, s, text), text);
        }
        for (String re : List.of("[\\p{IsHan}]协定", "[a\\d]年", "[^a]x")) assertTrue(MatchStarts.of(Pattern.compile(re)).any(), re);
    }

    /** The non-empty matches find() gives, one after another. */
    private static List<String> everyMatch(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) if (m.end() > m.start()) out.add(m.start() + ":" + m.group());
        return out;
    }

    /** The same, trying only where a match can start (as AgreementStatementFinder does). */
    private static List<String> prefiltered(Pattern p, MatchStarts starts, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        for (boolean found = starts.find(m, text, 0); found; found = starts.find(m, text, m.end())) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }
}
