package org.diplokg.extractor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.diplokg.extractor.lexicon.Lexicons;

/**
 * Page text as scrapers and search tools save it: one paragraph per line, with the site's chrome
 * (menus, share buttons, language switches, related-news headers, copyright lines) in the first and last
 * lines. Each line is trimmed (ideographic indentation included); {@link Chrome} drops what is surely chrome.
 */
final class PageText {

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
    /** 图 (photo), simplified and traditional. */
    private static final String PHOTO = "[图圖]";
    /** A photo caption or credit: 图/…, 图：…, (图), a credit word, ©. */
    private static final Pattern CREDIT = Pattern.compile("^(?:" + PHOTO + "\\s*[/／:：]|[(（]" + PHOTO + "|©|"
            + Lexicons.of("chrome-photo-credit-words").alternation() + ")");

    private PageText() {}

    static List<String> paragraphs(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String p = HtmlText.collapse(line);
            if (!p.isEmpty()) lines.add(p);
        }
        return Chrome.trim(lines);
    }

    /**
     * The headline of page text: one of the first two lines when it is short, not a sentence, and not a
     * byline or a photo credit.
     */
    static String title(List<String> paragraphs) {
        int seen = 0;
        for (String p : paragraphs) {
            if (seen++ >= 3) break;
            if (Chrome.isByline(p) || CREDIT.matcher(p).find()) continue;
            if (p.length() <= 60 && !SENTENCE_END.matcher(p).find()) return p;
            return null;
        }
        return null;
    }
}
