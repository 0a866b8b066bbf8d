package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.text.TextNormaliser;
import org.junit.jupiter.api.Test;

/** Day forms of Taiwan, Hong Kong and Macao reports: 今(18)日 with the day in brackets, 廿九日 with one character for twenty. */
class DateBracketedDayTest {

    private static List<String> explicit(String text, String published) {
        return DateRecogniser.find(TextNormaliser.normalise(text), PartialDate.parseIso(published))
                .stream().filter(DateMention::explicit).map(DateMention::isoSpan).toList();
    }

    @Test
    void theBracketedNumberIsTheDay() {
        // published the next morning: 今(10)日 is the 10th, not the publication day
        assertEquals(List.of("2024-05-10"), explicit("外交部長今(10)日在台北接見訪問團。", "2024-05-11"));
        assertEquals(List.of("2024-05-05"), explicit("總統昨（5）日出席論壇並致詞。", "2024-05-06"));
    }

    @Test
    void aBracketedDayAfterThePublicationDayIsInThePreviousMonth() {
        assertEquals(List.of("2024-04-29"), explicit("部長昨（29）日表示，雙方將加強合作。", "2024-05-01"));
    }

    @Test
    void twentyAndThirtyWrittenAsOneCharacter() {
        assertEquals(List.of("2010-06-29"), explicit("兩會負責人六月廿九日在台北簽署協議。", "2010-06-30"));
        assertEquals(List.of("2024-10-21/2024-10-23"), explicit("論壇於十月廿一日至廿三日舉行。", "2024-11-01"));
        assertEquals(List.of("2024-04-30"), explicit("代表團卅日抵達。", "2024-05-02"));
    }
}
