package org.diplokg.extractor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplokg.extractor.dates.PublicationDates;

/**
 * Tells site chrome from article text, one paragraph at a time. Two strengths of evidence:
 * {@linkplain #isChrome chrome lines} (page furniture words such as 分享 or 打印 standing alone, menu bars,
 * bare URLs, copyright and ICP lines, empty labels such as "原標題:", "Edit on GitHub" lines) are never
 * article text and are dropped anywhere; {@linkplain #isEdgeNoise edge noise} (a lone number, a language switch such as "EN",
 * an ornamented advert, a subscription plea) is dropped only at the start or end of the text, where
 * templates put it. Everything else is kept: when unsure, keep.
 */
final class Chrome {

    private static final Set<String> WORDS = Set.of(
            "分享", "分享到", "打印", "打印本页", "打印本頁", "打印正文", "关闭", "關閉", "关闭窗口", "關閉窗口",
            "返回", "返回顶部", "返回頂部", "回到顶部", "回到頂部", "返回首页", "返回首頁",
            "相关附件", "相關附件", "附件", "相关新闻", "相關新聞", "相关阅读", "相關閱讀", "相关文章", "相關文章",
            "推荐阅读", "推薦閱讀", "延伸阅读", "延伸閱讀", "热门推荐", "熱門推薦", "猜你喜欢", "猜你喜歡",
            "关注", "關注", "新闻时间线", "新聞時間線", "收藏", "点赞", "點讚", "评论", "評論", "我要评论", "我要評論",
            "字号", "字號", "默认", "默認", "大", "中", "小", "上一篇", "下一篇", "扫一扫", "掃一掃",
            "微信", "微博", "登录", "登入", "注册", "註冊", "首页", "首頁", "更多", "查看更多", "阅读全文", "閱讀全文",
            "Back", "Top", "Home", "Print", "Share", "More", "EN", "English", "中文", "简体", "繁體", "简体中文", "繁體中文");

    private static final Pattern BRACKETS = Pattern.compile("^[\\[【(（<《>»\\s]+|[\\]】)）>》»\\s]+$");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[:：>»]+$");
    private static final Pattern MENU_SEPARATOR = Pattern.compile("[|｜]");
    private static final Pattern URL_LINE = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)版权所有|版權所有|copyright\\s*(?:©|\\(c\\)|\\d)|all rights reserved|ICP备|ICP證|ICP证|公网安备|公網安備");
    private static final Pattern EDIT_PAGE = Pattern.compile(
            "(?i)edit (?:this page )?on github|edit this page|improve this page|在\\s*GitHub\\s*上编辑|编辑此页|編輯此頁");
    private static final Pattern EMPTY_LABEL = Pattern.compile("[\\p{IsHan}A-Za-z ]{1,8}[:：]");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]");
    private static final Pattern ORNAMENTED = Pattern.compile("[◤◥▶►★☆◆■●▲▼♦].{1,24}[◢◣◀◄★☆◆■●▲▼♦]");
    private static final Pattern NUMBER_ONLY = Pattern.compile("[\\d\\s.,:/-]{1,6}");
    /** Language switches: ISO 639 codes sites put at the top of a page. */
    private static final Pattern LANGUAGE_SWITCH = Pattern.compile("(?i)en|eng|cn|zh|tc|sc|jp|ja|fr|es|ru|ar|de|kr|ko|pt");
    private static final Pattern PROMO = Pattern.compile(
            "(?i)訂戶|订户|订阅|訂閱|subscribe|newsletter|月費|月费|打赏|打賞|赞赏|讚賞|关注我们|關注我們|公众号|公眾號|"
                    + "二维码|二維碼|扫码|掃碼|下载.{0,12}APP|下載.{0,12}APP|尽在.{0,12}APP|盡在.{0,12}APP|获取更多|獲取更多");
    private static final Pattern BYLINE = Pattern.compile(
            "(?:责任编辑|責任編輯|编辑|編輯|作者|记者|記者|来源|來源|撰文|摄影|攝影|校对|校對|编译|編譯)\\s*[:：]");

    private Chrome() {}

    /** Page furniture that is never article text, wherever it stands. */
    static boolean isChrome(String p) {
        String s = Texts.trim(p);
        if (s.isEmpty()) return true;
        // cheap length and character tests first: most paragraphs are long article text, and these run on every one
        if (s.length() <= MAX_WORD_LINE) {
            String bare = BRACKETS.matcher(s).replaceAll("");
            if (WORDS.contains(bare) || WORDS.contains(TRAILING_MARKS.matcher(bare).replaceAll(""))) return true;
        }
        if (s.indexOf(' ') < 0 && URL_LINE.matcher(s).matches()) return true;
        if (s.length() <= 160 && !SENTENCE_END.matcher(s).find() && COPYRIGHT.matcher(s).find()) return true;
        if (s.length() <= 9 && EMPTY_LABEL.matcher(s).matches()) return true;
        if (s.length() <= 120 && mayBeEditLink(s) && EDIT_PAGE.matcher(s).find()) return true;
        return isMenuBar(s);
    }

    /** Longer than any chrome word with its brackets and marks. */
    private static final int MAX_WORD_LINE = 24;

    /** Every {@link #EDIT_PAGE} phrase holds one of these. */
    private static boolean mayBeEditLink(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("edit") || lower.contains("improve") || s.contains("编辑") || s.contains("編輯");
    }

    /** Noise that templates put before or after the article: numbers, language switches, ornamented ads, promotions. */
    static boolean isEdgeNoise(String p) {
        String s = Texts.trim(p);
        return NUMBER_ONLY.matcher(s).matches()
                || LANGUAGE_SWITCH.matcher(s).matches()
                || ORNAMENTED.matcher(s).matches()
                || isPromo(s);
    }

    /** A subscription, app or follow-us plea. */
    static boolean isPromo(String p) {
        return p.length() <= 200 && PROMO.matcher(p).find();
    }

    /** A short byline or dateline line (责任编辑：…, a date and time with 来源) that may sit among the chrome. */
    static boolean isByline(String p) {
        String s = Texts.trim(p);
        if (s.length() > 60) return false;
        return BYLINE.matcher(s).find()
                || PublicationDates.findWithTime(s).isPresent()
                || PublicationDates.findLabelled(s).isPresent();
    }

    /** Menu words separated by bars: "字號:默認 超大 | 打印 |", "首页 | 新闻 | 财经". */
    private static boolean isMenuBar(String s) {
        if (!MENU_SEPARATOR.matcher(s).find() || SENTENCE_END.matcher(s).find()) return false;
        String[] parts = MENU_SEPARATOR.split(s);
        int filled = 0;
        for (String part : parts) {
            String t = part.strip();
            if (t.length() > 10) return false;
            if (!t.isEmpty()) filled++;
        }
        return filled >= 1 && parts.length + ((s.endsWith("|") || s.endsWith("｜")) ? 1 : 0) >= 2;
    }

    /**
     * Drops chrome anywhere and noise at the edges. At the start the walk passes over short non-sentence
     * lines (a headline, a byline) to reach a menu bar under them; at the end it passes over bylines.
     */
    static List<String> trim(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        for (String p : paragraphs) {
            if (!isChrome(p)) kept.add(p);
        }
        // leading edge: up to the first sentence-like paragraph
        List<String> out = new ArrayList<>();
        boolean inHead = true;
        for (int i = 0; i < kept.size(); i++) {
            String p = kept.get(i);
            if (inHead && isEdgeNoise(p)) continue;
            if (inHead && (p.length() > 60 || SENTENCE_END.matcher(p).find() || i >= 8)) inHead = false;
            out.add(p);
        }
        // trailing edge: past bylines, up to the last sentence-like paragraph
        for (int i = out.size() - 1; i >= 0; i--) {
            String p = out.get(i);
            if (isEdgeNoise(p)) {
                out.remove(i);
            } else if (!isByline(p)) {
                break;
            }
        }
        return out;
    }
}
