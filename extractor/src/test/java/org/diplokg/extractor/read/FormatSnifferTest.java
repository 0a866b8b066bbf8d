package org.diplokg.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Formats come from content alone. */
class FormatSnifferTest {

    @Test
    void sniffsRssDumpFromEpochCommentAndLinkLine() {
        assertEquals(DocumentFormat.RSS_DUMP, FormatSniffer.sniff("<!--1605891392000-->\n[标题](http://a.b/c)\n------\n\n<p>x</p>"));
    }

    @Test
    void sniffsFrontMatterAfterBlankLines() {
        assertEquals(DocumentFormat.MARKDOWN_FRONT_MATTER, FormatSniffer.sniff("\n\n---\ntitle: x\n---\n\n正文"));
    }

    @Test
    void doesNotTakeAThematicBreakForFrontMatter() {
        assertEquals(DocumentFormat.MARKDOWN, FormatSniffer.sniff("---\n\n# 标题\n\n正文\n\n---\n"));
    }

    @Test
    void sniffsHeaderLinesWithScraperKeys() {
        assertEquals(DocumentFormat.HEADER_TEXT, FormatSniffer.sniff("seed_url: https://a.b/c\ntitle: 标题\n\n正文"));
    }

    @Test
    void doesNotTakeChineseKeyValueLinesForHeader() {
        assertEquals(DocumentFormat.TEXT, FormatSniffer.sniff("字数: 1638\n时长: 6 分钟\n\n正文。"));
    }

    @Test
    void sniffsHtmlBehindTemplateDirectives() {
        assertEquals(DocumentFormat.HTML, FormatSniffer.sniff("<?php require 'a.php'; ?>\n<!DOCTYPE html><html><body><p>x</p></body></html>"));
        assertEquals(DocumentFormat.HTML, FormatSniffer.sniff("<%@ page language=\"java\" %>\n<html><body><p>x</p></body></html>"));
        assertEquals(DocumentFormat.HTML, FormatSniffer.sniff("<%@ Page Title=\"\" %>\n<asp:Content runat=\"server\">\n<div><p>正文</p></div>\n</asp:Content>"));
    }

    @Test
    void sniffsTagSoupWithoutHtmlElementAsHtml() {
        assertEquals(DocumentFormat.HTML, FormatSniffer.sniff("<div class=\"a\"><p>第一段。</p><p>第二段。</p></div>"));
    }

    @Test
    void sniffsMarkdownFromHeadingsOrLinks() {
        assertEquals(DocumentFormat.MARKDOWN, FormatSniffer.sniff("# 标题\n\n正文"));
        assertEquals(DocumentFormat.MARKDOWN, FormatSniffer.sniff("正文见[此处](https://a.b)。"));
        assertEquals(DocumentFormat.MARKDOWN, FormatSniffer.sniff("> 引文\n\n1. 第一\n2. 第二"));
    }

    @Test
    void fallsBackToText() {
        assertEquals(DocumentFormat.TEXT, FormatSniffer.sniff("EN\nhttps://www.gov.cn/\n\n标题\n正文第一段。"));
        assertEquals(DocumentFormat.TEXT, FormatSniffer.sniff("#话题 没有空格的井号不是标题。"));
    }
}
