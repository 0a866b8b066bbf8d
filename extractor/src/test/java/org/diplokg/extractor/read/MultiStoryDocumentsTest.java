package org.diplokg.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** RSS files, JSON feeds and dated page headers, on documents written for the test. */
class MultiStoryDocumentsTest {

    private final DocumentReader reader = DocumentReader.create();

    private SourceDocument read(String content, String name) throws Exception {
        return reader.read(content.getBytes(StandardCharsets.UTF_8), Path.of(name), name);
    }

    private static final String TWO_ITEMS = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel>
              <title>示例频道</title>
              <pubDate>Sat, 02 Mar 2024 08:00:00 +0800</pubDate>
              <item><title>甲市召开会议</title><link>https://example.org/a</link>
                <pubDate>Fri, 01 Mar 2024 19:00:00 +0800</pubDate>
                <description><![CDATA[<p>甲市今天召开工作会议。</p>]]></description></item>
              <item><title>乙省发布报告</title><link>https://example.org/b</link>
                <pubDate>Thu, 29 Feb 2024 19:00:00 +0800</pubDate>
                <description>&lt;p&gt;乙省发布年度报告。&lt;/p&gt;</description></item>
            </channel></rss>
            """;

    @Test
    void readsEachRssItemAsAStoryWithItsOwnTitleAndDate() throws Exception {
        SourceDocument d = read(TWO_ITEMS, "feed.xml");
        assertEquals(DocumentFormat.RSS_XML, d.format());
        assertEquals("2024-03-02", d.published().iso(), "several items: the channel's date");
        assertEquals(2, d.stories().size());
        assertEquals("甲市召开会议", d.stories().get(0).title());
        assertEquals("2024-03-01", d.stories().get(0).date().iso());
        assertEquals("2024-02-29", d.stories().get(1).date().iso());
        assertTrue(d.body().substring(d.stories().get(1).begin()).startsWith("乙省发布报告\n乙省发布年度报告。"), d.body());
    }

    @Test
    void takesTheDateOfTheOneItemOverTheChannelsAndSplitsItsReportsAtRules() throws Exception {
        String oneItem = """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>晚间新闻 20240301</title>
                  <pubDate>Sat, 02 Mar 2024 06:00:00 +0800</pubDate>
                  <item><title>晚间新闻 20240301</title><pubDate>Fri, 01 Mar 2024 19:00:00 +0800</pubDate>
                    <description><![CDATA[<strong>第一条</strong><p>甲市召开会议。</p><hr><strong>第二条</strong><p>乙省发布报告。</p>]]></description>
                  </item></channel></rss>
                """;
        SourceDocument d = read(oneItem, "day.xml");
        assertEquals("2024-03-01", d.published().iso());
        assertEquals("rss item date", d.publishedFrom());
        assertEquals(2, d.stories().size());
        assertEquals("第二条", d.stories().get(1).title());
        assertEquals("2024-03-01", d.stories().get(1).date().iso());
    }

    @Test
    void readsAJsonListOfSummariesAsStoriesDatedByTheirLinks() throws Exception {
        String feed = """
                [
                  {"title": "甲市召开会议", "link": "/news/story20230330-1001", "summary": "甲市星期四（3月30日）召开会议。"},
                  {"title": "乙省发布报告", "link": "/news/2023/03/29/1002.html", "summary": "乙省3月29日发布报告。"}
                ]
                """;
        SourceDocument d = read(feed, "feed.json");
        assertEquals(DocumentFormat.JSON_FEED, d.format());
        assertNull(d.published(), "a date in a link dates the story, not the document");
        assertEquals(2, d.stories().size());
        assertEquals("2023-03-30", d.stories().get(0).date().iso());
        assertEquals("2023-03-29", d.stories().get(1).date().iso());
        assertTrue(d.body().startsWith("甲市召开会议\n甲市星期四（3月30日）召开会议。\n乙省发布报告"), d.body());
    }

    @Test
    void readsAJsonFeedObjectWithItemDates() throws Exception {
        String feed = """
                {"version": "https://jsonfeed.org/version/1.1", "title": "示例",
                 "items": [{"id": "1", "title": "甲市召开会议", "date_published": "2024-03-01T19:00:00+08:00",
                            "content_text": "甲市召开会议。"}]}
                """;
        SourceDocument d = read(feed, "feed.json");
        assertEquals(DocumentFormat.JSON_FEED, d.format());
        assertEquals("2024-03-01", d.published().iso());
        assertTrue(d.stories().isEmpty(), "one item is one story");
    }

    @Test
    void splitsADayTranscriptAtItsHeadingsButNotAnArticleAtItsSections() throws Exception {
        StringBuilder day = new StringBuilder("---\ntitle: 晚间新闻\ndate: 2026-06-23\n---\n\n");
        for (int i = 1; i <= 5; i++) day.append("### 第").append(i).append("条新闻\n\n甲市今天召开第").append(i).append("次会议。\n\n");
        SourceDocument d = read(day.toString(), "day.md");
        assertEquals(5, d.stories().size());
        assertEquals("第3条新闻", d.stories().get(2).title());
        assertTrue(d.body().substring(d.stories().get(2).begin()).startsWith("第3条新闻\n甲市今天召开第3次会议。"), d.body());
        SourceDocument article = read("# 标题\n\n## 一\n\n正文一。\n\n## 二\n\n正文二。\n", "article.md");
        assertTrue(article.stories().isEmpty());
    }

    @Test
    void readsAnAmericanBylineMonthFirst() throws Exception {
        assertEquals("2024-04-02", read("Title\n4/2/2024 PM\n\n甲市今天召开工作会议，讨论明年的计划。\n", "us.txt").published().iso());
        assertEquals("2024-02-04", read("Title\n4/2/2024 - 15:20\n\n甲市今天召开工作会议，讨论明年的计划。\n", "eu.txt").published().iso());
    }

    @Test
    void datesAPageFromALineThatIsOnlyADateOrFromADatedHeading() throws Exception {
        SourceDocument line = read("甲市召开会议\n2024年11月17日 星期日\n\n甲市今天召开工作会议，讨论明年的计划。\n", "a.txt");
        assertEquals("2024-11-17", line.published().iso());
        assertEquals("page date line", line.publishedFrom());
        SourceDocument heading = read("晚间新闻 文字版（20221118）\n\n甲市今天召开工作会议，讨论明年的计划。\n", "b.txt");
        assertEquals("2022-11-18", heading.published().iso());
        SourceDocument none = read("甲市召开会议\n\n甲市在2024年11月17日召开工作会议。\n", "c.txt");
        assertNull(none.published(), "a date inside a sentence dates no page");
    }
}
