package org.diplokg.extractor.read;

import java.util.regex.Pattern;

/** Cleans page titles: the headline without the site and section names templates add around it. */
final class Titles {

    /** Separators between headline, section and site: " - ", " | ", "_", "--", " — ", "｜". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-|–—_·]\\s+|\\s*(?:--|——|\\||｜|_)\\s*");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)[\\w.-]+\\.(?:s?html?|aspx?|php|jsp|do)");

    private Titles() {}

    /**
     * The headline part of a {@code <title>} or og:title: "王毅出席… - 新浪财经" → "王毅出席…",
     * "【党史上的今天】11月20日--学习专栏-绍兴市第一中学" → "【党史上的今天】11月20日". The first part is
     * the headline unless it is much shorter than the longest part (sites that put their name first).
     */
    static String stripSite(String title) {
        if (title == null) return null;
        String t = HtmlText.collapse(title);
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) return t.isEmpty() ? null : t;
        String first = Texts.trim(parts[0]);
        String longest = first;
        for (String p : parts) {
            if (Texts.weight(p) > Texts.weight(longest)) longest = Texts.trim(p);
        }
        String pick = Texts.weight(first) * 2 >= Texts.weight(longest) ? first : longest;
        return pick.isEmpty() ? null : pick;
    }

    /** A title that says nothing about the article: empty, or a template's file name ("news_detail.html"). */
    static boolean isJunk(String title) {
        return title == null || title.isBlank() || FILE_NAME.matcher(title.strip()).matches();
    }
}
