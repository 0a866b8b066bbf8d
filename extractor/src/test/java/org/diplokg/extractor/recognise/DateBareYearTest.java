package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.text.TextNormaliser;
import org.junit.jupiter.api.Test;

/** A year written without 年 right before a name (2019中非经贸合作展) is a date; four digits before a unit are not. */
class DateBareYearTest {

    private static List<String> explicit(String text, String published) {
        return DateRecogniser.find(TextNormaliser.normalise(text), published == null ? null : PartialDate.parseIso(published))
                .stream().filter(DateMention::explicit).map(DateMention::isoSpan).toList();
    }

    @Test
    void aYearOpeningANameIsADate() {
        assertEquals(List.of("2019"), explicit("代表团参观了“2019中非经贸合作展”。", null));
        assertEquals(List.of("2017"), explicit("2017東盟青年領袖交流營在吉隆坡開營。", null));
    }

    @Test
    void aBareYearGivesTheYearOfADayWrittenWithoutOne() {
        assertEquals(List.of("2022", "2022-05-18"), explicit("2022沪港合作计划5月18日在上海启动。", null));
    }

    @Test
    void fourDigitsBeforeAUnitOrACountAreNoYear() {
        assertTrue(explicit("全年覆盖超过2000万辆汽车,2019届毕业生共2010人。", null).isEmpty());
        assertTrue(explicit("政府公布2019冠状病毒病的防疫措施。", null).isEmpty());
    }

    @Test
    void aBareYearDoesNotDateTheMeetingsOfItsSentence() {
        DateMention bare = DateRecogniser.find(TextNormaliser.normalise("5月18日在2022沪港合作论坛上"), PartialDate.parseIso("2022-05-19"))
                .stream().filter(d -> d.surface().equals("2022")).findFirst().orElseThrow();
        assertTrue(DateRecogniser.saysNothingOfWhenHeld(bare));
    }
}
