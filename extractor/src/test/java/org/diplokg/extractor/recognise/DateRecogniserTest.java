package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.text.TextNormaliser;
import org.junit.jupiter.api.Test;

class DateRecogniserTest {

    private static List<String> explicit(String text, String published) {
        return DateRecogniser.find(TextNormaliser.normalise(text), published == null ? null : PartialDate.parseIso(published))
                .stream().filter(DateMention::explicit).map(DateMention::isoSpan).toList();
    }

    @Test
    void readsFullDatesWithSpacesAndChineseNumerals() {
        assertEquals(List.of("2021-06-23"), explicit("2021年6月23日，会议举行。", null));
        assertEquals(List.of("2021-11-12"), explicit("2021 年 11 月 12 日晚，会议举行。", null));
        assertEquals(List.of("2021-11-12"), explicit("二〇二一年十一月十二日", null));
        assertEquals(List.of("2021-06-23"), explicit("发布于2021-06-23 23:12", null));
    }

    @Test
    void fillsTheYearOfPartialDatesFromThePublicationDate() {
        assertEquals(List.of("2021-11-12"), explicit("11 月 12 日晚，习近平出席会议。", "2021-11-13"));
        assertEquals(List.of("2021-07"), explicit("今年7月，中共召开全会。", "2021-11-13"));
        assertEquals(List.of("2020-11"), explicit("习近平11月初在上海进博会上称", "2020-11-20"));
    }

    @Test
    void keepsTheYearUnknownWhenNothingGivesIt() {
        assertEquals(List.of("--10-07"), explicit("中新网巴厘岛10月7日电", null));
    }

    @Test
    void readsRangesAsSpans() {
        assertEquals(List.of("2024-11-13/2024-11-16"), explicit("2024 年 11 月 13 日至 11 月 16 日", null));
        assertEquals(List.of("2015-07-15/2015-07-16"), explicit("2015年7月15日至16日", null));
    }

    @Test
    void readsDayFirstNumericDates() {
        assertEquals(List.of("2020-11-20"), explicit("20/11/2020 - 16:43", null));
        assertEquals(List.of("2020-11-20"), explicit("11/20/2020", null));
    }

    @Test
    void anniversariesAndDurationsAreNotDates() {
        assertTrue(explicit("今年是中国加入亚太经合组织 30 周年。8年来成果丰硕，5年内完成300多项改革。", "2021-11-13").isEmpty());
    }

    @Test
    void yearsAloneAreDates() {
        assertEquals(List.of("2040", "2030"), explicit("推进落实 2040 年布特拉加亚愿景和2030年议程", null));
    }

    @Test
    void resolvesWeekdaysToTheMostRecentOneBeforePublication() {
        List<DateMention> found = DateRecogniser.find(TextNormaliser.normalise("习近平周四在对话会上表示"), PartialDate.parseIso("2020-11-20"));
        assertEquals(1, found.size());
        assertEquals("2020-11-19", found.get(0).iso());
        assertTrue(!found.get(0).explicit());
    }

    @Test
    void aBareDayTakesTheParagraphsMonthUnlessThatLandsAfterPublication() {
        assertEquals(List.of("1999-11-20", "1999-11-21"), explicit("1999年11月20日，飞船发射升空，21日成功着陆。", "2021-11-20"));
        assertEquals(List.of("2025-10-30/2025-11-01", "2025-10-24"),
                explicit("习近平将于10月30日至11月1日出访。发言人在24日的例行记者会上介绍。", "2025-10-29"));
    }

    @Test
    void findsRelativeDaysAndWeekdaysAtTheVeryStartOfTheText() {
        List<String> found = DateRecogniser.find(TextNormaliser.normalise("周四，双方会谈。今天发布公报。"), PartialDate.parseIso("2020-11-20"))
                .stream().map(DateMention::iso).toList();
        assertEquals(List.of("2020-11-19", "2020-11-20"), found);
    }

    @Test
    void wordsWithDateCharactersButNoNumberAreNoDates() {
        assertTrue(DateRecogniser.find(TextNormaliser.normalise("青年代表与日本、月球探测项目的负责人号召各方。"),
                PartialDate.parseIso("2020-11-20")).isEmpty());
    }

    @Test
    void aCountOfDaysIsNoDayOfTheMonth() {
        assertTrue(explicit("峰会周三起一连三日在北京举行，为期两日的论坛随后开幕。", "2019-09-06").isEmpty());
        assertEquals(List.of("2019-09-03"), explicit("峰会3日在北京举行。", "2019-09-06"));
    }

    @Test
    void aListOfTwoDaysAfterOneMonthKeepsBothDays() {
        assertEquals(List.of("2021-09-13/2021-09-14"), explicit("外长于9月13、14日访问越南。", "2021-09-20"));
        assertEquals(List.of("2021-09-13/2021-09-14"), explicit("外长于13、14日两天访问越南。", "2021-09-20"));
    }

    @Test
    void aWeekdayGlossedByItsDateIsThatDate() {
        // published a week later: counted from the page the 周三 would be 2019-09-11, but the text says 9月4日
        List<DateMention> found = DateRecogniser.find(TextNormaliser.normalise("主席周三（9月4日）晚设宴欢迎来宾。"),
                PartialDate.parseIso("2019-09-12"));
        assertEquals(List.of("2019-09-04", "2019-09-04"), found.stream().map(DateMention::iso).toList());
        // undated: the weekday still takes the date it glosses, its year unknown
        found = DateRecogniser.find(TextNormaliser.normalise("主席周三(9月4日)晚设宴欢迎来宾。"), null);
        assertEquals(List.of("--09-04", "--09-04"), found.stream().map(DateMention::iso).toList());
    }

    @Test
    void aRangeOfMonthsMayWriteItsMonthMarkOnce() {
        assertEquals(List.of("2019-01/2019-09", "2020-01/2020-06"), explicit("2019年1-9月贸易额增长，2020年1至6月也是如此。", null));
    }
}
