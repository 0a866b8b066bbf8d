package org.diplokg.extractor.read;

import java.util.List;

/** An HTML page (also behind PHP/JSP/ASP.NET template code, or a fragment that is mostly tags). */
final class HtmlFormat implements FormatReader {

    static final HtmlFormat INSTANCE = new HtmlFormat();

    @Override
    public DocumentFormat format() { return DocumentFormat.HTML; }

    @Override
    public boolean recognises(String text, List<String> lines) { return FormatSniffer.isHtml(text); }

    @Override
    public void read(String text, DocumentParts parts) {
        HtmlPage.Result page = HtmlPage.read(text);
        parts.offerTitle(page.title());
        parts.offerPublished(page.metaDate());
        parts.offerUrl(page.url());
        parts.offerAuthor(page.author());
        parts.paragraphs.addAll(page.paragraphs());
        parts.offerPublished(PageDates.find(page.lines(), -1, 0).orElse(null));
    }
}
