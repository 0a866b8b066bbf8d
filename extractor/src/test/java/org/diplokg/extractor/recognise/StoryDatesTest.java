package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.NormalisedText;
import org.diplokg.extractor.text.SentenceSplitter;
import org.diplokg.extractor.text.TextNormaliser;
import org.junit.jupiter.api.Test;

/** Era years, month ranges, glossed relative words and dates completed within their own story. */
class StoryDatesTest {

    private static List<String> explicit(String text, String published) {
        return DateRecogniser.find(TextNormaliser.normalise(text), published == null ? null : PartialDate.parseIso(published))
                .stream().filter(DateMention::explicit).map(DateMention::isoSpan).toList();
    }

    @Test
    void readsRepublicOfChinaYears() {
        assertEquals(List.of("2024-11-17"), explicit("民國113年11月17日，會議舉行。", null));
        assertEquals(List.of("2024"), explicit("中华民国一百一十三年预算", null));
        assertEquals(List.of("2011-10"), explicit("民国100年10月", null));
    }

    @Test
    void readsSlashDatesMonthFirstWhenATwelveHourClockFollows() {
        assertEquals(List.of("2024-04-02"), explicit("Posted 4/2/2024 PM by the desk", null));
        assertEquals(List.of("2024-04-02"), explicit("更新 4/2/2024 3:15 p.m.", null));
        assertEquals(List.of("2024-02-04"), explicit("更新 4/2/2024 15:15", null));
    }

    @Test
    void readsAHolidayOnAFixedDayAfterAYear() {
        assertEquals(List.of("2022-01-01"), explicit("协定于2022年元旦生效。", null));
        assertEquals(List.of("2019-10-01"), explicit("2019年国庆节前夕", null));
    }

    @Test
    void aBareDayAfterThePublicationDayIsInTheMonthBefore() {
        assertEquals(List.of("2025-10-26"), explicit("她在26日的会议上会晤各方。", "2025-11-01"));
        // announced days still to come stay in the publication's month
        assertEquals(List.of("2025-11-23"), explicit("总理23日将出访三国。", "2025-11-13"));
        assertEquals(List.of("2025-11-17/2025-11-23"), explicit("总理17至23日将出访三国。", "2025-11-13"));
        assertEquals(List.of("2025-10-20/2025-10-22"), explicit("总理20-22日出访了三国。", "2025-11-13"));
        assertEquals(List.of("2025-11-21"), explicit("外长将于21日出席论坛。", "2025-11-13"));
        assertEquals(List.of("2025-10-21"), explicit("外长21日出席了论坛。", "2025-11-13"));
        assertEquals(List.of("2025-11-02"), explicit("会议将于2日举行。", "2025-11-01"));
    }

    @Test
    void readsRangesOfMonths() {
        assertEquals(List.of("2024-01/2024-06"), explicit("今年1—6月，出口增长。", "2024-07-15"));
        assertEquals(List.of("2026-11/2026-12"), explicit("预计将于11—12月前后达到峰值。", "2026-08-18"));
    }

    @Test
    void aDateGlossingTodayIsThePublicationDayWhateverYearCameBefore() {
        assertEquals(List.of("2028", "2026-08-18"), explicit("项目计划2028年建成。今天（8月18日），新船交付。", "2026-08-18"));
        assertEquals(List.of("1997", "2023-03-30"), explicit("1997年回归以来，他星期四（3月30日）表示。", "2023-03-30"));
    }

    @Test
    void aMonthWithoutADayLendsItsMonthToADayOnlyInItsSentence() {
        assertEquals(List.of("1986-12", "2026-06-21"), explicit("汇率逼近1986年12月以来低点。工厂21日发生爆炸。", "2026-06-23"));
        assertEquals(List.of("1999-11", "1999-11-21"), explicit("1999年11月，双方于21日签署协定。", "2000-01-05"));
    }

    @Test
    void completesPartialDatesFromTheirOwnStory() {
        String body = "甲项目计划2028年建成，11月启动。乙台风预计11月前后登陆。";
        NormalisedText norm = TextNormaliser.normalise(body);
        AnalysedText one = new AnalysedText(norm, SentenceSplitter.split(norm), List.of());
        AnalysedText two = one.withStories(List.of(0, body.indexOf('乙')), Arrays.asList("甲", "乙"),
                Arrays.asList(null, PartialDate.parseIso("2026-08-18")));
        List<String> alone = DateRecogniser.find(one, null).stream().map(DateMention::isoSpan).toList();
        List<String> split = DateRecogniser.find(two, null).stream().map(DateMention::isoSpan).toList();
        assertEquals(List.of("2028", "2028-11", "2028-11"), alone);
        assertEquals(List.of("2028", "2028-11", "2026-11"), split);
        assertEquals(1, two.storyAt(body.indexOf('乙')));
    }
}
