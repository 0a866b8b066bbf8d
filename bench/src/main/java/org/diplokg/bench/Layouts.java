package org.diplokg.bench;

import java.nio.charset.Charset;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.diplokg.extractor.read.DocumentFormat;

/**
 * Lays an {@link Article} out the way saved news files look: an HTML page with site chrome, an RSS dump
 * with its epoch comment and Markdown link title, Markdown with YAML front matter (Markdown or HTML body),
 * a Markdown notes page, scraped text with {@code key: value} header lines, and plain text.
 */
final class Layouts {

    private static final DateTimeFormatter ISO_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter RSS_STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy - HH:mm", Locale.ROOT);
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

    private Layouts() {}

    /** The file's text; {@code charset} is what the bytes will be encoded with (an HTML page declares it). */
    static String render(Article a, DocumentFormat format, Charset charset, int variant) {
        return switch (format) {
            case HTML -> html(a, charset);
            case RSS_DUMP -> rssDump(a);
            case RSS_XML -> rssXml(a);
            case JSON_FEED -> jsonFeed(a);
            case MARKDOWN_FRONT_MATTER -> frontMatter(a, variant % 2 == 0);
            case MARKDOWN -> notesPage(a);
            case HEADER_TEXT -> headerText(a);
            case TEXT -> plainText(a);
        };
    }

    private static String html(Article a, Charset charset) {
        String declared = charset.name().startsWith("GB") ? "gb2312" : "utf-8";
        StringBuilder sb = new StringBuilder(a.chars() + 2048);
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"").append(declared).append("\">\n")
          .append("<title>").append(escape(a.title())).append("_").append(a.source()).append("</title>\n")
          .append("<meta name=\"keywords\" content=\"").append(a.section()).append("\">\n")
          .append("<link rel=\"stylesheet\" href=\"/css/article.css\">\n</head>\n<body>\n")
          .append("<div class=\"header\"><ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/world/\">国际</a></li>")
          .append("<li><a href=\"/finance/\">财经</a></li><li><a href=\"/video/\">视频</a></li></ul></div>\n")
          .append("<div class=\"main\">\n<h1>").append(escape(a.title())).append("</h1>\n")
          .append("<div class=\"info\">").append(a.published().format(ISO_MINUTE)).append("　来源：").append(a.source())
          .append("　作者：").append(a.author()).append("</div>\n<div class=\"content\" id=\"content\">\n");
        for (String p : a.paragraphs()) sb.append("<p>").append(escape(p)).append("</p>\n");
        sb.append("</div>\n<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a></div>\n")
          .append("<div class=\"related\"><h3>相关新闻</h3><ul><li><a href=\"/a/1.html\">").append(a.section())
          .append("要闻回顾</a></li><li><a href=\"/a/2.html\">专题：").append(a.section()).append("</a></li></ul></div>\n")
          .append("</div>\n<div class=\"footer\">版权所有 ").append(a.source()).append("　未经授权禁止转载</div>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static String rssDump(Article a) {
        long epochMs = a.published().toInstant(ZoneOffset.ofHours(8)).toEpochMilli();
        StringBuilder sb = new StringBuilder(a.chars() + 512);
        sb.append("<!--").append(epochMs).append("-->\n[").append(a.title()).append("](").append(a.url()).append(")\n------\n\n")
          .append("<div>").append(a.published().format(RSS_STAMP)).append("</div>");
        List<String> ps = a.paragraphs();
        sb.append("<p><strong>").append(escape(ps.get(0))).append("</strong></p><div class=\"t-content__body\">");
        for (String p : ps.subList(1, ps.size())) sb.append("<p>").append(escape(p)).append("</p>");
        sb.append("</div>\n");
        return sb.toString();
    }

    private static String frontMatter(Article a, boolean htmlBody) {
        StringBuilder sb = new StringBuilder(a.chars() + 512);
        sb.append("---\ntitle: '").append(a.title().replace("'", "''")).append("'\ncategories:\n - ").append(a.section())
          .append("\n - ").append(a.source()).append("\nauthor: ").append(a.author()).append("\ncomments: false\ndate: ")
          .append(htmlBody ? a.published().atOffset(ZoneOffset.ofHours(8)).format(RFC_1123) : a.published().format(ISO_DAY))
          .append("\n---\n\n");
        if (htmlBody) {
            sb.append("<div>\n");
            for (String p : a.paragraphs()) sb.append("<p>").append(escape(p)).append("</p>");
            sb.append("\n</div>\n");
        } else {
            sb.append("# ").append(a.title()).append("\n\n");
            for (String p : a.paragraphs()) sb.append("　　").append(p).append("\n\n");
        }
        return sb.toString();
    }

    private static String notesPage(Article a) {
        StringBuilder sb = new StringBuilder(a.chars() + 512);
        sb.append("# ").append(a.title()).append("\n\n 字数: ").append(a.chars()).append(" 字   时长: ")
          .append(Math.max(1, a.chars() / 400)).append(" 分钟\n\n> 发布时间：").append(a.published().format(ISO_MINUTE))
          .append("\n\n### ").append(a.section()).append("\n\n");
        int n = 1;
        for (String p : a.paragraphs()) sb.append(n++).append(".   ").append(p).append("\n");
        return sb.toString();
    }

    private static String headerText(Article a) {
        StringBuilder sb = new StringBuilder(a.chars() + 512);
        sb.append("seed_url: ").append(a.url()).append("\nfinal_url: ").append(a.url()).append("\ntitle: ").append(a.title())
          .append("\ndate: ").append(a.published().format(ISO_DAY)).append("\nvia: requests\nhttp_status: 200\n")
          .append("content_type: text/html\nnote: ok\n\n").append(a.title()).append('\n')
          .append(a.published().format(ISO_MINUTE)).append('\n');
        for (String p : a.paragraphs()) sb.append(p).append('\n');
        return sb.toString();
    }

    private static String plainText(Article a) {
        StringBuilder sb = new StringBuilder(a.chars() + 256);
        sb.append(a.title()).append("\n").append(a.published().format(ISO_MINUTE)).append("　来源：").append(a.source()).append("\n\n");
        for (String p : a.paragraphs()) sb.append("　　").append(p).append("\n\n");
        sb.append("（责任编辑：").append(a.author()).append("）\n");
        return sb.toString();
    }

    /** An RSS 2.0 file holding the article as its one item. */
    private static String rssXml(Article a) {
        StringBuilder sb = new StringBuilder(a.chars() + 512);
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\">\n<channel>\n<title>")
          .append(escape(a.source())).append("</title>\n<item>\n<title>").append(escape(a.title())).append("</title>\n<link>")
          .append(escape(a.url())).append("</link>\n<pubDate>").append(a.published().atOffset(ZoneOffset.ofHours(8)).format(RFC_1123))
          .append("</pubDate>\n<description><![CDATA[");
        for (String p : a.paragraphs()) sb.append("<p>").append(escape(p)).append("</p>");
        return sb.append("]]></description>\n</item>\n</channel>\n</rss>\n").toString();
    }

    /** A JSON feed (jsonfeed.org) holding the article as its one item. */
    private static String jsonFeed(Article a) {
        StringBuilder sb = new StringBuilder(a.chars() + 512);
        sb.append("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"").append(json(a.source()))
          .append("\", \"items\": [{\"id\": \"").append(json(a.url())).append("\", \"url\": \"").append(json(a.url()))
          .append("\", \"title\": \"").append(json(a.title())).append("\", \"date_published\": \"")
          .append(a.published().atOffset(ZoneOffset.ofHours(8))).append("\", \"content_text\": \"")
          .append(json(String.join("\n", a.paragraphs()))).append("\"}]}\n");
        return sb.toString();
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
