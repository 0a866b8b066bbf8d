package org.diplokg.extractor.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import org.junit.jupiter.api.Test;

/** Dates as documents state them about themselves. */
class PublicationDatesTest {

    private static String parse(String s) {
        return PublicationDates.parse(s).map(PartialDate::iso).orElse(null);
    }

    @Test
    void parsesIsoWithAndWithoutTime() {
        assertEquals("2020-11-20", parse("2020-11-20"));
        assertEquals("2021-06-23", parse("2021-06-23 23:12"));
        assertEquals("2023-03-07", parse("2023-03-07T22:30:00+08:00"));
        assertEquals("2021-06", parse("2021-06"));
        assertEquals("2021", parse("2021"));
    }

    @Test
    void parsesSlashAndChineseDates() {
        assertEquals("2025-05-22", parse("2025/5/22 22:05"));
        assertEquals("2017-05-14", parse("2017年05月14日 08:19"));
        assertEquals("2021-06-23", parse("２０２１年６月２３日"));
    }

    @Test
    void readsRfc822DateAsWrittenWithoutZoneShift() {
        assertEquals("2021-11-13", parse("Sat, 13 Nov 2021 06:08:05 GMT"));
        assertEquals("2021-09-04", parse("Sat, 04 Sep 2021 23:42:56 -0700"));
        assertEquals("2019-04-20", parse("April 20, 2019"));
    }

    @Test
    void readsNumericDayFirstUnlessOnlyMonthFirstIsADate() {
        assertEquals("2020-11-20", parse("20/11/2020 - 16:43"));
        assertEquals("2020-06-05", parse("05/06/2020"));
        assertEquals("2020-11-20", parse("11/20/2020"));
    }

    @Test
    void readsEpochNumbersInUtc() {
        assertEquals("2020-11-20", parse("1605891392000"));
        assertEquals("2020-11-20", parse("1605891392"));
        assertEquals("2020-11-20", PublicationDates.fromEpochMillis(1605891392000L).iso());
    }

    @Test
    void readsYamlDateObjectsInUtc() {
        assertEquals("2020-11-20", PublicationDates.fromValue(new Date(1605830400000L)).orElseThrow().iso());
        assertEquals("2020-11-20", PublicationDates.fromValue("2020-11-20").orElseThrow().iso());
    }

    @Test
    void rejectsTextWithoutAFullYear() {
        assertFalse(PublicationDates.parse("10月7日").isPresent());
        assertFalse(PublicationDates.parse("中新网巴厘岛10月7日电").isPresent());
        assertFalse(PublicationDates.parse("第十八次会议").isPresent());
    }

    @Test
    void findsLabelledDatesAndRanksPublicationAboveUpdate() {
        var l = PublicationDates.findLabelled("文章来源： 作者： 发布时间：2021年11月20日 点击数：").orElseThrow();
        assertEquals("2021-11-20", l.found().date().iso());
        assertEquals("发布时间", l.label());
        assertEquals("2017-11-10", PublicationDates.findLabelled("更新時間:2017/11/10 16:00").orElseThrow().found().date().iso());
        assertEquals("2025-05-22", PublicationDates.findLabelled("最近更新时间: 2025/5/22 22:05").orElseThrow().found().date().iso());
        assertEquals("2020-05-01",
                PublicationDates.findLabelled("更新时间：2020-05-02 发布时间：2020-05-01").orElseThrow().found().date().iso());
        assertFalse(PublicationDates.findLabelled("截止日期：2020-05-02").isPresent(), "日期 inside a longer word is no label");
    }

    @Test
    void tellsBylinesByTheClockTime() {
        assertTrue(PublicationDates.findWithTime("2018-11-19 19:26 來源: 外交部網站").isPresent());
        assertEquals("2025-10-29", PublicationDates.findWithTime(" date 2025-10-29 编译 2025-10-29 13:50").orElseThrow().date().iso());
        assertFalse(PublicationDates.findWithTime("2021年11月1日，中方正式提出申请").isPresent());
    }

    @Test
    void labelListsRankPublicationAboveBareDateAboveUpdate() {
        var posted = PublicationDates.findLabelled("Last updated: 2022-01-05 Posted   on 2021-12-30").orElseThrow();
        assertEquals("2021-12-30", posted.found().date().iso());
        assertEquals(2, posted.strength());
        var bare = PublicationDates.findLabelled("更新日期：2022-01-05 Date: 2021-12-30").orElseThrow();
        assertEquals("2021-12-30", bare.found().date().iso());
        assertEquals(1, bare.strength());
        assertEquals(0, PublicationDates.findLabelled("最后更新时间 2022/1/5").orElseThrow().strength());
        assertFalse(PublicationDates.findLabelled("update 2022-01-05").isPresent(), "a bare label inside a word is no label");
    }
}
