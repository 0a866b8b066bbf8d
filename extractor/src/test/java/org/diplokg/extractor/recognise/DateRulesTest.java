package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.text.TextNormaliser;
import org.junit.jupiter.api.Test;

/** The rule table and its lexicon-driven rules, on sentences written for these tests. */
class DateRulesTest {

    /** A Saturday. */
    private static final String PUBLISHED = "2021-11-13";

    private static List<String> all(String text, String published) {
        return DateRecogniser.find(TextNormaliser.normalise(text), published == null ? null : PartialDate.parseIso(published))
                .stream().map(DateMention::isoSpan).toList();
    }

    @Test
    void theTableHasUniqueNamesAndAbsoluteRulesFirst() {
        List<DateRule> table = DateRule.TABLE;
        assertEquals(table.size(), new HashSet<>(table.stream().map(DateRule::name).toList()).size());
        int lastAbsolute = -1, firstCompleted = table.size();
        for (int i = 0; i < table.size(); i++) {
            if (table.get(i).resolution() == DateResolution.ABSOLUTE) lastAbsolute = i;
            else firstCompleted = Math.min(firstCompleted, i);
        }
        assertTrue(lastAbsolute < firstCompleted, "a date completed from context needs the absolute dates found first");
    }

    @Test
    void weekShiftsAndWeekWordsComeFromTheLexicons() {
        assertEquals(List.of("2021-11-04"), all("双方上周四通电话。", PUBLISHED));
        assertEquals(List.of("2021-11-15"), all("会议下周一开幕。", PUBLISHED));
        assertEquals(List.of("2021-11-12"), all("本周五，代表团抵达。", PUBLISHED));
        assertEquals(List.of("2021-11-07"), all("星期天举行了招待会。", PUBLISHED));
        assertEquals(List.of("2021-11-10"), all("礼拜三双方签约。", PUBLISHED));
    }

    @Test
    void onAnUndatedPageAWeekdayCountsFromTheDateline() {
        // 2021-11-13 is a Saturday: 周四 is the 11th
        assertEquals(List.of("2021-11-13", "2021-11-11"), all("新华社利马2021年11月13日电 秘鲁与智利周四签署协定。", null));
        assertEquals(List.of("2019-06-05", "2019-06-03"), all("中新網惠靈頓2019年6月5日電 紐西蘭與斐濟週一簽署協定。", null));
        // a date that closes no dateline anchors nothing
        assertEquals(List.of("2021-11-13"), DateRecogniser.find(TextNormaliser.normalise("2021年11月13日，秘鲁与智利周四签署协定。"), null)
                .stream().filter(d -> d.date() != null).map(DateMention::isoSpan).toList());
    }

    @Test
    void relativeDayWordsCountFromThePublicationDay() {
        assertEquals(List.of("2021-11-12", "2021-11-11", "2021-11-15", "2021-11-13"),
                all("昨晚抵达，前天出发，后天返回，当天发表声明。", PUBLISHED));
    }

    @Test
    void anaphoricDayWordsTakeTheDayJustWritten() {
        assertEquals(List.of("2021-11-09", "2021-11-09"), all("9日，代表团抵达日内瓦。当天下午，双方举行会谈。", PUBLISHED));
        assertEquals(List.of("2021-03-02", "2021-03-02"), all("2021年3月2日，部长抵达。据报道，当晚举行了宴会。", PUBLISHED));
        // with no calendar day before it in the paragraph, the day the paragraph before named; else the publication day
        assertEquals(List.of("2021-11-05", "2021-11-05"), all("5日，部长抵达。\n當天發表聲明。", PUBLISHED));
        assertEquals(List.of("2021-11-05", "2021-11-13"), all("5日，部长抵达。\n双方举行会谈。\n当天发表声明。", PUBLISHED));
        // 当日本…: 当 + 日本, no day
        assertTrue(all("当日本代表团抵达时，会谈已经开始。", PUBLISHED).isEmpty());
    }

    @Test
    void aCountOfYearsAgoCountsBackFromThePublicationYear() {
        assertEquals(List.of("2014", "1986", "2011"), all("7年前开始谈判，三十五年前建交，10 年前举行会议。", PUBLISHED));
        // four digits are no count (2000年前), nor is an approximate count (十多年前)
        assertTrue(all("两国交往始于2000年前，十多年前又有新进展。", PUBLISHED).isEmpty());
        assertTrue(DateRecogniser.find(TextNormaliser.normalise("7年前开始谈判。"), PartialDate.parseIso(PUBLISHED))
                .stream().noneMatch(DateMention::explicit), "a relative year is not listed as a date");
    }

    @Test
    void relativeWordsWithoutAPublicationDateHaveNoDate() {
        List<DateMention> found = DateRecogniser.find(TextNormaliser.normalise("昨天双方会谈。"), null);
        assertEquals(1, found.size());
        assertEquals(null, found.get(0).date());
    }

    @Test
    void relativeYearWordsCountFromThePublicationYear() {
        assertEquals(List.of("2020-03", "2019-05-06", "2022-01"), all("去年3月开工，前年5月6日签约，明年1月完工。", PUBLISHED));
    }

    @Test
    void contextYearWordsTakeTheYearJustWritten() {
        assertEquals(List.of("2018", "2018-07"), all("2018年，两国建交。同年7月，双方签署协定。", PUBLISHED));
        assertEquals(List.of("2018", "2018-07-02"), all("2018年两国建交，当年7月2日签署协定。", null));
    }

    @Test
    void rangeWordsJoinTheEndsOfARange() {
        assertEquals(List.of("2021-11-03/2021-11-05"), all("论坛11月3日到5日举行。", PUBLISHED));
        assertEquals(List.of("2019-04-25/2019-04-27"), all("2019年4月25日至27日", null));
    }

    @Test
    void yearDurationWordsMakeNoYear() {
        assertTrue(all("1990年代以来，2020年度报告显示，两国交往已有2000年左右。", PUBLISHED).isEmpty());
    }

    @Test
    void notDayWordsMakeNoDay() {
        assertTrue(all("每份售价500日元。", PUBLISHED).isEmpty());
    }

    @Test
    void valuedListsReadWordAndNumber() {
        Map<String, Integer> days = DateWords.valued(Lexicons.parse("t", List.of(
                "# purpose: p", "# source: s", "# shape: mixed", "今天 0", "昨天 -1")));
        assertEquals(Map.of("今天", 0, "昨天", -1), days);
        assertThrows(IllegalStateException.class, () -> DateWords.valued(Lexicons.parse("t", List.of(
                "# purpose: p", "# source: s", "# shape: mixed", "今天"))));
        assertThrows(IllegalStateException.class, () -> DateWords.valued(Lexicons.parse("t", List.of(
                "# purpose: p", "# source: s", "# shape: mixed", "今天 0", "今天 1"))));
    }
}
