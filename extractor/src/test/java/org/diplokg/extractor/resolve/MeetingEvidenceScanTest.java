package org.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.diplokg.extractor.text.MatchStarts;
import org.junit.jupiter.api.Test;

/** {@link MeetingStatus#shownHeld}'s evidence scan, tried only where a match can start, agrees with find(). */
class MeetingEvidenceScanTest {

    @Test
    void prefilteredScanAgreesWithFind() {
        Pattern p = MeetingStatus.EVIDENCE;
        MatchStarts starts = MatchStarts.of(p);
        assertFalse(starts.any());
        String alphabet = p.pattern().replaceAll("[\\\\()\\[\\]{}?*+|^:.,QE0-9-]", "") + "中国和东盟的，。年月";
        Random random = new Random(20261207);
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = b.toString();
            assertEquals(p.matcher(s).find(), starts.find(p.matcher(s), s, 0), s);
        }
        assertTrue(MeetingStatus.shownHeld("习近平在峰会上发表讲话", null));
        assertFalse(MeetingStatus.shownHeld("双方同意加强合作", null));
    }
}
