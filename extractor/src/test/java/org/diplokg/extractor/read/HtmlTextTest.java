package org.diplokg.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** HTML to paragraphs: blocks break, inline markup joins without spaces, source wrapping vanishes. */
class HtmlTextTest {

    @Test
    void joinsInlineElementsWithoutInsertingSpace() {
        assertEquals(List.of("《区域全面经济伙伴关系协定》生效"),
                HtmlText.fragmentParagraphs("<p>《区域全面经济伙伴关系<a href=\"#\">协定</a>》<strong>生效</strong></p>"));
        assertEquals(List.of("全面与进步跨太平洋伙伴关系协定"),
                HtmlText.fragmentParagraphs("<p>全面与进步跨<span id=\"stock_sh601099\"><a href=\"x\">太平洋</a></span><span id=\"quote_sh601099\"></span>伙伴关系协定</p>"));
    }

    @Test
    void breaksParagraphsAtBlocksAndLineBreaks() {
        assertEquals(List.of("一", "二", "三", "四", "五"),
                HtmlText.fragmentParagraphs("<div>一<p>二</p>三<br>四<ul><li>五</li></ul></div>"));
    }

    @Test
    void dropsSourceLineBreaksBetweenChineseButKeepsSpacesBetweenWords() {
        assertEquals(List.of("广西新闻网北京电 记者 杨秋报道"),
                HtmlText.fragmentParagraphs("<p>&nbsp;&nbsp;\n\t\t广西新闻网北\n   京电 记者 杨秋报道</p>"));
        assertEquals(List.of("APEC leaders met in Lima"), HtmlText.fragmentParagraphs("<p>APEC leaders\n  met in Lima</p>"));
    }

    @Test
    void trimsIdeographicIndentationButKeepsInnerIdeographicSpace() {
        assertEquals(List.of("台灣申請加入CPTPP　大陸：搗亂"), HtmlText.fragmentParagraphs("<p>　　台灣申請加入CPTPP　大陸：搗亂　</p>"));
    }

    @Test
    void removesCommentsScriptsStylesAndChromeBlocks() {
        assertEquals(List.of("正文。"), HtmlText.fragmentParagraphs(
                "<!-- 注释 --><script>var s='脚本';</script><style>.a{}</style><div class=\"share-box\">分享到微信</div>"
                        + "<p>正文。</p><div class=\"o-self-promo\">订阅我们的新闻</div><div class=\"footer\">版权所有</div>"));
    }

    @Test
    void removesLinkListsButNotParagraphsWithLinks() {
        assertEquals(List.of("习近平在会上发表讲话，全文见新华网。"), HtmlText.fragmentParagraphs(
                "<p>习近平在会上发表讲话，全文见<a href=\"x\">新华网</a>。</p>"
                        + "<div><a href=\"1\">第一条相关新闻标题</a><a href=\"2\">第二条相关新闻标题</a></div>"));
    }

    @Test
    void aBoxWithItsOwnCloseControlIsAPopUpNotTheArticle() {
        assertEquals(List.of("部长表示，作为", "保存方的国家已收到申请。"),
                HtmlText.fragmentParagraphs("<div><span>部长表示，作为</span><div class=\"glossary-box\"><p>协定小词典</p>"
                        + "<ul><li>2017年某国宣布退出该协定。</li></ul><div class=\"btn closeBox\">关闭</div></div>"
                        + "<span>保存方的国家已收到申请。</span></div>"));
        assertEquals(List.of("正文第一段。", "关闭"), HtmlText.fragmentParagraphs("<div><p>正文第一段。</p><p>关闭</p></div>"),
                "a paragraph that says 关闭 is text, not a control");
    }
}
