package org.diplokg.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Metadata and body text per format, on hand-made documents. */
class DocumentFormatsTest {

    private final DocumentReader reader = DocumentReader.create();

    private SourceDocument resource(String name) throws Exception {
        return reader.read(DocumentEncodingTest.resource(name), Path.of(name), name);
    }

    private SourceDocument text(String content) throws Exception {
        return reader.read(content.getBytes(StandardCharsets.UTF_8), Path.of("doc.txt"), "doc.txt");
    }

    @Test
    void reportsBrokenFrontMatterWithYamlProblemAndLine() {
        DocumentException e = assertThrows(DocumentException.class, () -> resource("broken-front-matter.md"));
        assertTrue(e.getMessage().startsWith("broken-front-matter.md: front matter is not valid YAML: "), e.getMessage());
        assertTrue(e.getMessage().matches(".*, line [45]$"), e.getMessage());
    }

    @Test
    void reportsUnclosedFrontMatter() {
        DocumentException e = assertThrows(DocumentException.class, () -> text("---\ntitle: 标题\ndate: 2021-01-01\n\n正文。\n"));
        assertTrue(e.getMessage().contains("front matter is not closed"), e.getMessage());
    }

    @Test
    void readsFrontMatterTimestampsAsWrittenNotShiftedToUtc() throws Exception {
        SourceDocument d = text("---\ntitle: 标题\ndate: 2021-06-24T01:00:00+08:00\ntags: [a, b]\n---\n\n正文。\n");
        assertEquals("2021-06-24", d.published().iso());
        assertEquals("front matter date", d.publishedFrom());
    }

    @Test
    void survivesPathologicalInputWithoutStackOverflow() throws Exception {
        String longUrl = "https://example.org/" + "a".repeat(200_000);
        SourceDocument d = text("\n".repeat(100_000) + "# 标题\n\n见[链接](" + longUrl + ")。\n\n" + "-".repeat(50_000) + "\n\n正文。\n");
        assertEquals("标题\n见链接。\n正文。", d.body());
        SourceDocument h = text(" ".repeat(200_000) + "<html><body><p>正文。</p></body></html>");
        assertEquals("正文。", h.body());
    }

    @Test
    void readsPhpWrappedPageKeepingOnlyTheArticle() throws Exception {
        SourceDocument d = resource("php-wrapped.html");
        assertEquals(DocumentFormat.HTML, d.format());
        assertEquals("中国—东盟自由贸易区升级议定书全面生效", d.title(), "the headline, not the template <title>");
        assertEquals("2019-10-22", d.published().iso());
        assertEquals(List.of(
                "中国—东盟自由贸易区升级议定书全面生效",
                "记者从商务部获悉，中国—东盟自由贸易区升级议定书已对所有协定成员全面生效。",
                "商务部有关负责人表示，升级议定书的全面生效，将为双方企业带来更多实惠，进一步提升贸易投资自由化便利化水平。",
                "据统计，今年前三季度双边贸易额同比增长百分之五。"),
                List.of(d.body().split("\n")));
    }

    @Test
    void readsHexoRepostWithRawHtmlBodyAndLinkSplitAgreementNames() throws Exception {
        SourceDocument d = resource("hexo-raw-html.md");
        assertEquals(DocumentFormat.MARKDOWN_FRONT_MATTER, d.format());
        assertEquals("商务部：推动高质量实施RCEP", d.title());
        assertEquals("2022-01-02", d.published().iso());
        assertEquals("front matter date", d.publishedFrom());
        assertEquals("示例财经", d.author());
        assertTrue(d.body().contains("《区域全面经济伙伴关系协定》正式生效"), "stock-quote link joined without space");
        assertTrue(d.body().contains("加入全面与进步跨太平洋伙伴关系协定进程"));
        assertTrue(d.body().contains("示例财经记者 李明 北京报道 1月1日"), "spaces between names kept");
        assertFalse(d.body().contains("尽在示例财经APP"), "QR promo block dropped");
        assertFalse(d.body().contains("appendQr"), "style text dropped");
        assertFalse(d.body().contains("news_keyword"), "HTML comments dropped");
        assertFalse(d.body().contains("img.example.org"));
        assertTrue(d.metadataText().containsAll(List.of("财经", "国内")));
        assertFalse(d.metadataText().stream().anyMatch(s -> s.contains("http")));
    }

    @Test
    void cutsMarkdownSubscriptionFooterAndStripsSyntax() throws Exception {
        SourceDocument d = resource("markdown-subscription-footer.md");
        assertEquals("https://news.example.org/article/123/", d.url());
        assertEquals("2021-01-05", d.published().iso());
        assertEquals(List.of(
                "觀察：全面投資協定的下一步",
                "歐盟與中國在去年底原則上完成了全面投資協定談判，雙方仍需完成法律審核。",
                "協定文本預計於今年內公佈。",
                "第一，市場准入承諾需要逐項落實。",
                "第二，可持續發展章節的執行機制仍有爭議。",
                "歐盟總部大樓外景。示例通訊社",
                "筆者認為，協定能否生效，仍取決於歐洲議會的態度。"),
                List.of(d.body().split("\n")));
    }

    @Test
    void dropsPageTextChromeButKeepsHeadlineAndByline() throws Exception {
        SourceDocument d = resource("page-text-chrome.txt");
        assertEquals(DocumentFormat.TEXT, d.format());
        assertEquals("外交部發言人就亞太經合組織會議答記者問", d.title());
        assertEquals("2018-11-19", d.published().iso());
        assertEquals("page byline", d.publishedFrom());
        assertEquals(List.of(
                "外交部發言人就亞太經合組織會議答記者問",
                "2018-11-19 19:26 來源: 示例網站",
                "問：請介紹本次會議的主要成果。",
                "答：本次會議在東道主的積極安排下取得了積極成果，各方同意繼續推進區域經濟一體化。",
                "會議期間，各方還就數字經濟合作交換了意見。"),
                List.of(d.body().split("\n")));
    }

    @Test
    void takesNoPublicationDateFromDatelineWithoutYear() throws Exception {
        SourceDocument d = text("习近平出席会议\n中新网巴厘岛10月7日电 (记者 张三)国家主席习近平7日出席会议。\n会议讨论了2013年的合作安排。\n");
        assertNull(d.published());
        assertEquals("习近平出席会议", d.title());
    }

    @Test
    void takesNoPublicationDateFromDateInsideSentence() throws Exception {
        SourceDocument d = text("2021年11月1日，中方正式提出加入协定的申请，此后与成员方开展多轮对话。\n双方同意继续磋商。\n");
        assertNull(d.published());
    }

    @Test
    void prefersPublicationLabelOverUpdateLabel() throws Exception {
        SourceDocument d = text("标题\n更新时间：2020-05-02 08:00\n发布时间：2020-05-01 07:00\n正文第一段。\n");
        assertEquals("2020-05-01", d.published().iso());
        assertEquals("page label 发布时间", d.publishedFrom());
    }

    @Test
    void readsRssDumpWithoutMarkupInBodyParagraphs() throws Exception {
        SourceDocument d = text("<!--1636761600000-->\n[标题文字](https://example.org/a)\n------\n\n"
                + "<p>第一段<a href=\"https://example.org/x\">链接</a>文字。</p><p>第二段。</p><br><hr><div>获取更多RSS：<br>"
                + "<a href=\"https://example.net\">https://example.net</a></div>");
        assertEquals(DocumentFormat.RSS_DUMP, d.format());
        assertEquals("2021-11-13", d.published().iso());
        assertEquals("https://example.org/a", d.url());
        assertEquals("第一段链接文字。\n第二段。", d.body());
    }

    @Test
    void readsHtmlMetaPublishedTimeAndOgTitle() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>会谈举行 - 示例网</title>"
                + "<meta property=\"og:title\" content=\"两国外长举行会谈 | 示例网\">"
                + "<meta property=\"og:url\" content=\"https://example.org/n/1\">"
                + "<meta property=\"article:published_time\" content=\"2023-03-07T22:30:00+08:00\">"
                + "</head><body><article><p>两国外长7日举行会谈，就双边关系交换意见。</p><p>双方同意加强合作。</p></article>"
                + "<footer>关于我们</footer></body></html>";
        SourceDocument d = text(html);
        assertEquals(DocumentFormat.HTML, d.format());
        assertEquals("两国外长举行会谈", d.title());
        assertEquals("2023-03-07", d.published().iso());
        assertEquals("https://example.org/n/1", d.url());
        assertEquals("两国外长7日举行会谈，就双边关系交换意见。\n双方同意加强合作。", d.body());
    }

    @Test
    void keepsLeadParagraphOutsideTheArticleContainer() throws Exception {
        String html = "<html><body><div id=\"wrap\"><h1>开放合作的新举措</h1>"
                + "<p>导语：今年以来，各方在推进区域合作方面取得了明显进展，多项协定相继生效实施。</p>"
                + "<div class=\"body\"><p>第一段正文，介绍协定生效后的贸易情况。</p><p>第二段正文，介绍企业的反应和评价。</p>"
                + "<p>第三段正文，介绍下一步的工作安排。</p></div>"
                + "<ul class=\"related\"><li><a href=\"/1\">相关新闻一</a></li><li><a href=\"/2\">相关新闻二</a></li></ul>"
                + "</div></body></html>";
        SourceDocument d = text(html);
        assertEquals(List.of("开放合作的新举措",
                "导语：今年以来，各方在推进区域合作方面取得了明显进展，多项协定相继生效实施。",
                "第一段正文，介绍协定生效后的贸易情况。", "第二段正文，介绍企业的反应和评价。", "第三段正文，介绍下一步的工作安排。"),
                List.of(d.body().split("\n")));
    }

    @Test
    void readsMarkdownWithRawHtmlParagraphs() throws Exception {
        String md = "# 例句\n\n<p><span class=\"zh\">亚太经合组织是重要的区域合作论坛。</span><span class=\"en\">APEC is a forum.</span></p>\n\n"
                + "<p><span class=\"zh\">各成员领导人出席会议。</span></p>\n";
        SourceDocument d = text(md);
        assertEquals(DocumentFormat.MARKDOWN, d.format());
        assertEquals("例句", d.title());
        assertEquals("例句\n亚太经合组织是重要的区域合作论坛。APEC is a forum.\n各成员领导人出席会议。", d.body());
    }
}
