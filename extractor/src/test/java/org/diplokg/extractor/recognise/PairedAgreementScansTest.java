package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.text.MatchStarts;
import org.junit.jupiter.api.Test;

/** The whole-text scans of {@link PairedAgreements}, tried only where a match can start, find what find() finds. */
class PairedAgreementScansTest {

    @Test
    void prefilteredScansFindWhatFindFinds() {
        Random random = new Random(20261207);
        for (Pattern p : List.of(PairedAgreements.HEAD_ONLY, PairedAgreements.GENERIC_PAIR, PairedAgreements.GENERIC_TITLE)) {
            MatchStarts starts = MatchStarts.of(p);
            assertFalse(starts.any(), p.pattern());
            // random texts over the pattern's own characters and a few others, so that heads, parts of heads and
            // overlapping heads occur
            String alphabet = p.pattern().replaceAll("[\\\\()\\[\\]{}?*+|^:.,QE-]", "") + "《》中国和东盟的，年月";
            for (int n = 0; n < 3000; n++) {
                StringBuilder b = new StringBuilder();
                int length = random.nextInt(40);
                for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                String text = b.toString();
                assertEquals(everyMatch(p, text), prefiltered(p, starts, text), p.pattern() + " on " + text);
            }
        }
    }

    @Test
    void aHeadInAnOrdinarySentenceIsFound() {
        Pattern p = PairedAgreements.HEAD_ONLY;
        String text = "双方签署了中尼自贸协定和投资协定，并就谅解备忘录交换意见";
        assertEquals(List.of("7:自贸协定", "12:投资协定", "19:谅解备忘录"), prefiltered(p, MatchStarts.of(p), text));
    }

    private static List<String> everyMatch(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(m.start() + ":" + m.group());
        return out;
    }

    private static List<String> prefiltered(Pattern p, MatchStarts starts, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        for (int from = 0; starts.find(m, text, from); from = m.end()) out.add(m.start() + ":" + m.group());
        return out;
    }
}
