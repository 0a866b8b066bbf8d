package org.diplokg.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs made to hurt the reader: deep nesting, very long lines, a false charset declaration, NUL bytes. Each
 * input is generated here; the time bounds are generous for a loaded machine and far below what a quadratic
 * step takes on the same input (100,000 nested {@code <div>}s ran past 300 s before).
 */
class ReadingLimitsTest {

    private static final String SENTENCE = "亚太经合组织第二十八次领导人非正式会议以视频方式举行，各方同意推进区域经济一体化。";

    private final DocumentReader reader = DocumentReader.create();

    private SourceDocument read(String text) throws DocumentException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private SourceDocument read(byte[] bytes) throws DocumentException {
        return reader.read(bytes, Path.of("limits/test.html"), "limits/test.html");
    }

    @Test
    void hundredThousandNestedDivsReadInBoundedTime() {
        int n = 100_000;
        StringBuilder html = new StringBuilder("<html><head><title>深层嵌套</title></head><body>");
        for (int i = 0; i < n; i++) html.append("<div>").append(i % 1000 == 0 ? SENTENCE : "");
        html.append("<p>").append(SENTENCE).append("</p>");
        for (int i = 0; i < n; i++) html.append("</div>");
        html.append("</body></html>");
        SourceDocument d = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> read(html.toString()));
        assertTrue(d.body().contains(SENTENCE), d.body().substring(0, Math.min(200, d.body().length())));
    }

    @Test
    void deeplyNestedInlineElementsAndLinkBlocksReadInBoundedTime() {
        int n = 50_000;
        StringBuilder html = new StringBuilder("<html><body><div>");
        for (int i = 0; i < n; i++) html.append("<span><a href='#'>链</a>");
        for (int i = 0; i < n; i++) html.append("</span>");
        html.append("</div><p>").append(SENTENCE.repeat(3)).append("</p></body></html>");
        SourceDocument d = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> read(html.toString()));
        assertTrue(d.body().contains(SENTENCE));
    }

    @Test
    void veryLongLinesReadInBoundedTime() {
        String line = SENTENCE.repeat(60_000); // 2.6 million characters, no line break
        SourceDocument text = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> read("标题\n\n" + line));
        assertEquals(line.length(), text.body().length() - "标题\n".length());
        SourceDocument html = assertTimeoutPreemptively(Duration.ofSeconds(90),
                () -> read("<html><body><h1>标题</h1><p>" + line + "</p></body></html>"));
        assertTrue(html.body().endsWith(SENTENCE));
    }

    @Test
    void gbkBytesUnderAFalseBig5DeclarationAreReadAsGbkWithAWarning() throws Exception {
        String body = "中华人民共和国主席习近平在北京出席会议并发表讲话。双方签署了区域全面经济伙伴关系协定，"
                + "同意加强经济合作，推动贸易和投资自由化便利化。";
        String page = "<html><head><meta charset=\"big5\"><title>会议</title></head><body><p>" + body + "</p></body></html>";
        SourceDocument d = read(page.getBytes(Charset.forName("GBK")));
        assertEquals("GB18030", d.charset());
        assertTrue(d.body().contains(body), d.body());
        assertEquals(1, d.warnings().size());
        assertTrue(d.warnings().get(0).startsWith("the page declares big5 but its bytes are GB18030"), d.warnings().get(0));
    }

    @Test
    void big5BytesUnderATrueBig5DeclarationStayBig5WithoutWarning() throws Exception {
        String body = "中華人民共和國主席在北京出席會議並發表講話。雙方簽署了區域全面經濟夥伴關係協定，同意加強經濟合作。";
        String page = "<html><head><meta charset=\"big5\"><title>會議</title></head><body><p>" + body + "</p></body></html>";
        SourceDocument d = read(page.getBytes(Charset.forName("Big5")));
        assertTrue(d.charset().startsWith("Big5"), d.charset());
        assertTrue(d.body().contains(body), d.body());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void aFewNulBytesInUtf8TextAreRemovedWithAWarning() throws Exception {
        byte[] clean = ("标题\n\n" + SENTENCE.repeat(5)).getBytes(StandardCharsets.UTF_8);
        byte[] damaged = new byte[clean.length + 3];
        int j = 0;
        for (int i = 0; i < clean.length; i++) {
            if (i == 7 || i == 40 || i == 41) damaged[j++] = 0; // between whole characters
            damaged[j++] = clean[i];
        }
        SourceDocument d = read(damaged);
        assertEquals("UTF-8", d.charset());
        assertEquals(SENTENCE.repeat(5), d.body().substring(d.body().indexOf('\n') + 1));
        assertEquals(List.of("removed 3 NUL bytes (first at offset 7) from otherwise valid UTF-8 text"), d.warnings());
    }

    @Test
    void manyNulBytesAreStillBinaryContent() {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 4 == 0 ? 0 : 'a');
        DocumentException e = assertThrows(DocumentException.class, () -> read(bytes));
        assertTrue(e.getMessage().contains("binary content"), e.getMessage());
        assertFalse(e.getMessage().contains("removed"));
    }
}
