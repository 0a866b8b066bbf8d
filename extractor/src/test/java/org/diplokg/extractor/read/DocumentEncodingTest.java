package org.diplokg.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes to text: byte-order marks, declared and detected charsets, line ends, and files that are not text. */
class DocumentEncodingTest {

    private final DocumentReader reader = DocumentReader.create();

    static byte[] resource(String name) throws IOException {
        try (InputStream in = DocumentEncodingTest.class.getResourceAsStream("/read/" + name)) {
            if (in == null) throw new IOException("missing test resource /read/" + name);
            return in.readAllBytes();
        }
    }

    private SourceDocument read(String name) throws Exception {
        return reader.read(resource(name), Path.of(name), name);
    }

    @Test
    void readsUtf8WithByteOrderMarkAsHtmlTemplate() throws Exception {
        SourceDocument d = read("bom-utf8.html");
        assertEquals("UTF-8", d.charset());
        assertEquals(DocumentFormat.HTML, d.format(), "the BOM must not hide the ASP.NET directive");
        assertFalse(d.body().contains("\uFEFF"));
        assertTrue(d.body().startsWith("新华社青岛6月10日电 上海合作组织成员国元首理事会第十八次会议"));
        assertFalse(d.body().contains("公司新闻"), "template menu dropped");
        assertEquals("2018-06-10", d.published().iso());
    }

    @Test
    void readsGbkBytesDeclaredAsGb2312AsGb18030() throws Exception {
        byte[] bytes = resource("gb18030-meta-gb2312.html");
        SourceDocument d = reader.read(bytes, Path.of("gb.html"), "gb.html");
        assertEquals("GB18030", d.charset());
        assertEquals(DocumentFormat.HTML, d.format());
        // 镕 is in GBK but not in GB2312: decoding as the declared GB2312 would lose it.
        assertTrue(d.body().contains("前国务院总理朱镕基曾多次强调"));
        assertEquals("中欧经贸对话在布鲁塞尔举行", d.title());
        assertEquals("2019-04-09", d.published().iso());
        assertFalse(d.body().contains("版权所有"));
        assertFalse(d.body().contains("首页"));
    }

    @Test
    void detectsBig5WithoutDeclaration() throws Exception {
        SourceDocument d = read("big5-page.txt");
        assertTrue(d.charset().startsWith("Big5"), d.charset());
        assertEquals(DocumentFormat.TEXT, d.format());
        assertEquals("亞太經合組織領袖會議在秘魯利馬舉行", d.title());
        assertTrue(d.body().contains("亞太經濟合作組織第二十四次領袖非正式會議二十日在秘魯首都利馬舉行"));
        assertEquals("2016-11-20", d.published().iso());
        assertFalse(d.body().endsWith("分享"), "share button dropped");
    }

    @Test
    void normalisesCrlfLineEnds() throws Exception {
        SourceDocument d = read("crlf-header.txt");
        assertEquals(DocumentFormat.HEADER_TEXT, d.format());
        assertFalse(d.body().contains("\r"));
        assertEquals("区域全面经济伙伴关系协定正式生效", d.title());
        assertEquals("https://example.org/news/2022/0115.html", d.url());
        assertEquals("2022-01-01", d.published().iso());
        assertTrue(d.body().endsWith("分析人士认为，协定生效将为地区经济复苏注入动力。"));
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        String text = "标题行\n\n第一段正文，讲述会议的召开。\n第二段正文。\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        SourceDocument d = reader.read(bytes, Path.of("u16.txt"), "u16.txt");
        assertEquals("UTF-16LE", d.charset());
        assertEquals("标题行\n第一段正文，讲述会议的召开。\n第二段正文。", d.body());
    }

    @Test
    void decodesUndeclaredGbkText() throws Exception {
        String text = "新华社北京电 国务院总理今天在人民大会堂会见了来访的外国代表团，双方就加强经贸合作、推进自由贸易协定谈判交换了意见。";
        SourceDocument d = reader.read(text.getBytes(Charset.forName("GBK")), Path.of("gbk.txt"), "gbk.txt");
        assertEquals("GB18030", d.charset());
        assertEquals(text, d.body());
    }

    @Test
    void dropsControlCharactersButKeepsText() throws Exception {
        byte[] bytes = "第一段\u0007正文。\u000B\n第二段\u001B正文。".getBytes(StandardCharsets.UTF_8);
        SourceDocument d = reader.read(bytes, Path.of("c.txt"), "c.txt");
        assertEquals("第一段正文。\n第二段正文。", d.body());
    }

    @Test
    void rejectsEmptyFileWithItsPath(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(empty));
        assertEquals(empty, e.file());
        assertTrue(e.getMessage().contains("empty.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("empty file"), e.getMessage());
    }

    @Test
    void rejectsWhitespaceOnlyFileAsEmpty(@TempDir Path dir) throws Exception {
        Path blank = Files.writeString(dir.resolve("blank.md"), " \r\n\t\n\u3000\n");
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(blank));
        assertTrue(e.getMessage().contains("empty file"), e.getMessage());
    }

    @Test
    void rejectsBinaryFileNamingTheNulOffset(@TempDir Path dir) throws Exception {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Path png = Files.write(dir.resolve("image.txt"), bytes);
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(png));
        assertTrue(e.getMessage().contains("binary content (NUL bytes at offset 8)"), e.getMessage());
    }

    @Test
    void rejectsBytesThatContradictTheirByteOrderMarkAsUndecodable() {
        byte[] gbk = "这段文字用国标码编写，却带着统一码的字节顺序标记。".getBytes(Charset.forName("GBK"));
        byte[] bytes = new byte[gbk.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(gbk, 0, bytes, 3, gbk.length);
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(bytes, Path.of("bad.txt"), "bad.txt"));
        assertTrue(e.getMessage().contains("undecodable: "), e.getMessage());
    }

    @Test
    void rejectsMarkupWithoutText() {
        byte[] bytes = "<html><body><script>var a = 1;</script><img src=x.png></body></html>".getBytes(StandardCharsets.UTF_8);
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(bytes, Path.of("x.html"), "x.html"));
        assertTrue(e.getMessage().contains("no text content"), e.getMessage());
    }
}
