package org.diplokg.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five seed documents: each a different format behind the same .txt extension. */
class SeedDocumentsTest {

    private static Path seeds;
    private final DocumentReader reader = DocumentReader.create();

    @BeforeAll
    static void findSeeds() {
        // The seeds live at the repository root; tests run in the module directory.
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("seeds/000_4e2cc9597a6d0456.txt"))) {
                seeds = dir.resolve("seeds");
                return;
            }
        }
        throw new IllegalStateException("seeds/ not found above " + Path.of("").toAbsolutePath());
    }

    private SourceDocument seed(String prefix) throws IOException, DocumentException {
        try (Stream<Path> files = Files.list(seeds)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return reader.read(file);
        }
    }

    @Test
    void readsRssDumpWithEpochCommentAndMarkdownLinkTitle() throws Exception {
        SourceDocument d = seed("000_");
        assertEquals(DocumentFormat.RSS_DUMP, d.format());
        assertEquals("习近平力求扩大国际朋友圈", d.title());
        assertEquals("2020-11-20", d.published().iso());
        assertEquals("epoch comment", d.publishedFrom());
        assertTrue(d.url().startsWith("http://www.rfi.fr/"));
        assertTrue(d.body().contains("国家主席习近平近日也在多个国际场合"));
        assertTrue(d.body().contains("据路透社，APEC现有21个成员"), "last article paragraph kept");
        assertFalse(d.body().contains("feedx"), "RSS footer dropped");
        assertFalse(d.body().contains("获取更多RSS"));
        assertFalse(d.body().contains("<"), "no markup left");
    }

    @Test
    void readsFrontMatterWithRfc822DateAndHtmlBody() throws Exception {
        SourceDocument d = seed("001_");
        assertEquals(DocumentFormat.MARKDOWN_FRONT_MATTER, d.format());
        assertEquals("习近平出席亚太经合组织第二十八次领导人非正式会议并发表重要讲话", d.title());
        assertEquals("2021-11-13", d.published().iso());
        assertEquals("ZAKER", d.author());
        assertFalse(d.body().contains("headimg"));
        assertFalse(d.body().contains("zkres"), "image URLs are not text");
        assertTrue(d.body().startsWith("央视网消息（新闻联播）：11 月 12 日晚，国家主席习近平"));
        assertTrue(d.body().contains("\n第一，推动抗疫合作和经济复苏。"), "text between image boxes is its own paragraph");
        assertTrue(d.body().contains("已申请加入《全面与进步跨太平洋伙伴关系协定》"));
        assertTrue(d.body().endsWith("丁薛祥、杨洁篪、王毅、何立峰等参加会议。"));
        assertTrue(d.metadataText().contains("ZAKER"));
    }

    @Test
    void readsMarkdownNotesPageWithFooterUpdateDate() throws Exception {
        SourceDocument d = seed("002_");
        assertEquals(DocumentFormat.MARKDOWN, d.format());
        assertEquals("亚太经合组织会议", d.title());
        assertEquals("2025-05-22", d.published().iso());
        String body = d.body();
        assertTrue(body.contains("\n亚太经合组织会议 2024 年会议的具体时间为 2024 年 11 月 13 日至 11 月 16 日。\n"), "quote kept as a paragraph");
        assertTrue(body.contains("\n经济全球化是社会生产力发展的客观要求"), "list number removed");
        assertTrue(body.contains("\n二是坚持与时俱进，推动全球经济治理体系改革。要坚持共商共建共享原则"), "emphasis removed, text joined");
        assertFalse(body.contains("**"));
        assertFalse(body.contains("sakib.local"), "anchor link removed");
        assertFalse(body.contains("#"));
        assertTrue(body.contains("\n把握时代大势 共促世界繁荣\n"), "heading text kept");
    }

    @Test
    void readsFrontMatterWithYamlDateAndMarkdownBody() throws Exception {
        SourceDocument d = seed("003_");
        assertEquals(DocumentFormat.MARKDOWN_FRONT_MATTER, d.format());
        assertEquals("做大亚太合作蛋糕，实现共同繁荣", d.title());
        assertEquals("2020-11-20", d.published().iso());
        assertEquals("习近平", d.author());
        assertTrue(d.body().startsWith("做大亚太合作蛋糕，实现共同繁荣\n当前，世界和亚太正在经历深刻变革"), "ideographic indentation trimmed");
        assertFalse(d.body().contains("\u3000"));
        assertFalse(d.body().contains("stamp"), "front matter stays out of the body");
        assertTrue(d.metadataText().contains("人类命运共同体"));
    }

    @Test
    void readsScrapedTextWithHeaderLines() throws Exception {
        SourceDocument d = seed("004_");
        assertEquals(DocumentFormat.HEADER_TEXT, d.format());
        assertEquals("王毅主持“一带一路”亚太区域国际合作高级别视频会议", d.title());
        assertEquals("2021-06-23", d.published().iso());
        assertEquals("header date", d.publishedFrom());
        assertTrue(d.url().startsWith("https://www.fmprc.gov.cn/"));
        assertFalse(d.body().contains("seed_url"));
        assertFalse(d.body().contains("http_status"));
        assertTrue(d.body().contains("国务委员兼外长王毅在北京主持"));
        assertFalse(d.body().endsWith("相关附件"), "trailing chrome dropped");
        assertTrue(d.body().endsWith("绿色发展伙伴关系倡议。"));
    }

    @Test
    void bodiesHaveOneParagraphPerLineAndNoEmptyLines() throws Exception {
        for (String prefix : new String[] {"000_", "001_", "002_", "003_", "004_"}) {
            SourceDocument d = seed(prefix);
            assertNotNull(d.sha256());
            assertEquals(64, d.sha256().length());
            assertFalse(d.body().contains("\n\n"), prefix);
            assertFalse(d.body().contains("\r"), prefix);
            assertTrue(Arrays.stream(d.body().split("\n")).allMatch(p -> p.equals(p.strip()) && !p.isEmpty()), prefix);
        }
    }
}
