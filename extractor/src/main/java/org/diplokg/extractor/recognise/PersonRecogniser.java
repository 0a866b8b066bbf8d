package org.diplokg.extractor.recognise;

import org.diplokg.extractor.recognise.Stage.Input;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.NormalisedText;
import org.diplokg.extractor.text.Span;
import org.diplokg.extractor.text.Token;

/**
 * People not in the reference data. Two sources of evidence:
 * <ul>
 *   <li>a title right before the name (新西兰总理阿德恩, 联合国拉美经委会执秘巴尔塞纳): the name runs over
 *       transliteration characters, or is HanLP's person word, so long transliterated names come out whole;</li>
 *   <li>HanLP's person words (nr, nrf, nrj) with support: a speech or action verb after them, a list of
 *       names around them, or the same name written again.</li>
 * </ul>
 * Produces PERSON mentions; a person found behind a title carries it (the title with its organisation or country).
 */
public final class PersonRecogniser implements Recogniser {

    /** Characters of transliterated foreign names (Xinhua's transliteration table, most frequent part). */
    static final String TRANSLIT = "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查楚达戴丹当道德登迪蒂丁东杜多厄恩法凡方菲费芬丰"
            + "弗福富盖甘冈戈格贡古圭哈海汉豪赫亨洪胡华霍基吉加贾杰金居卡凯坎康考柯科克肯孔库夸奎昆拉莱赖兰朗劳勒雷蕾"
            + "里理利莉列林琳隆卢鲁路伦罗洛吕马玛迈麦曼芒梅门蒙米敏莫默姆穆纳娜乃奈南内尼努诺欧帕派潘庞佩彭皮珀普齐奇"
            + "恰乔切钦琼丘萨塞桑瑟森沙莎善尚舍申什史舒斯松苏索塔泰坦汤唐特藤提图托瓦万旺威韦维温翁沃乌伍武西希锡"
            + "谢辛休雅亚扬耶伊因英尤于约扎泽詹哲朱卓佐左尔儿夫茨兹娃赛瑞丝思蒂缇霍鹏吉玛琪黛妮薇露蓓璐芙纽让季廷颂通猜育·";

    /** Common Chinese surnames (single and compound): a HanLP name without a title must start with one. */
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            + "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            + "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂"
            + "成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费"
            + "卜冷晏席卫米杭仇栾缴仲桂浦鄂";
    private static final String NOT_NAME_END = "将和的是在了也都与及或被把对向从为以于之而其这那等说称";

    /** Words after which a name ends (stop scanning). */
    private static final List<String> STOPS = List.of("在", "与", "和", "及", "等", "表示", "说", "指出", "出席", "主持",
            "会见", "会晤", "举行", "的", "于", "向", "对", "称", "同", "是", "也", "将", "已", "就", "发表", "致", "率", "一行",
            "强调", "认为", "宣布", "介绍", "访", "访问", "抵达", "通电话", "进行", "参加", "与会", "今天", "昨天", "日前",
            "近日", "当天", "随后", "此前", "应约", "应邀", "则", "还", "并", "分别", "所", "以", "为", "代表");

    /** Verbs that follow a person's name in news text. */
    private static final Set<String> PERSON_VERBS = Set.of("表示", "说", "指出", "强调", "称", "认为", "介绍", "会见",
            "会晤", "出席", "主持", "宣读", "致辞", "发表", "访问", "抵达", "宣布", "回应", "答", "提出", "呼吁", "透露", "坦言",
            "补充", "通电话", "致电", "出访", "签署", "讲话", "谈到", "会谈", "参加", "率团", "应约", "应邀");

    private static final Set<String> NOT_NAMES = Set.of("习近平主席", "总统", "总理", "主席", "部长", "大使", "发言人",
            "记者", "编辑", "高峰", "东盟", "中方", "美方", "双方", "各方", "外方", "亚太", "太平洋", "新华", "人民", "文明");

    @Override
    public List<Mention> find(RecognitionContext ctx) {
        List<Mention> out = new ArrayList<>();
        titled(ctx, out);
        Set<String> titledNames = new HashSet<>();
        for (Mention m : out) titledNames.add(m.key());
        hanlpNames(ctx, titledNames, out);
        latinNames(ctx, out);
        return out;
    }

    // ---- names written in Latin letters inside Chinese text (歐洲理事會主席 Charles Michel, 加拿大公民Michael Kovrig)

    private static final Pattern LATIN_NAME = Pattern.compile(
            "(?=[A-Z])(?<![A-Za-z])[A-Z][a-z]+(?:[ -](?:von|van|der|de|da|di|du|le|la|bin|al|dos|del)){0,2}(?:[ -][A-Z][a-z]+){1,2}(?![A-Za-z])");
    private static final Pattern LATIN_CONTEXT_BEFORE = Pattern.compile("(?:公民|记者|作者|学者|教授|先生|女士|夫人)$");

    private void latinNames(RecognitionContext ctx, List<Mention> out) {
        NormalisedText norm = ctx.text().text();
        Matcher m = LATIN_NAME.matcher(norm.original());
        List<Mention> found = new ArrayList<>();
        while (m.find()) {
            int b = norm.normalisedIndex(m.start()), e = norm.normalisedIndex(m.end());
            if (e <= b || ctx.gazetteerMatches().stream().anyMatch(g -> g.begin() < e && g.end() > b
                    && RecognitionContext.entityOf(g, EntityType.PERSON) == null)) continue;
            String t = ctx.normalised();
            boolean context = hasPersonContext(ctx, b, e) || LATIN_CONTEXT_BEFORE.matcher(t.substring(Math.max(0, b - 2), b)).find();
            found.add(new Mention(new Span(b, e), EntityType.PERSON, m.group(), t.substring(b, e), null, null,
                    context ? RecogniserId.LATIN_NAME : RecogniserId.LATIN_NAME_CANDIDATE, 0.7));
        }
        // names joined to a supported one (Michael Kovrig及Michael Spavor) are supported too
        for (int i = 0; i < found.size(); i++) {
            Mention f = found.get(i);
            boolean supported = f.recogniser() == RecogniserId.LATIN_NAME;
            for (Mention g : found) {
                if (g == f || g.recogniser() != RecogniserId.LATIN_NAME) continue;
                int gap = f.begin() >= g.end() ? f.begin() - g.end() : g.begin() - f.end();
                String between = f.begin() >= g.end() ? ctx.normalised().substring(g.end(), f.begin()) : ctx.normalised().substring(f.end(), g.begin());
                if (gap >= 0 && gap <= 2 && between.matches("[及和与、,]*")) supported = true;
            }
            if (supported) out.add(new Mention(f.span(), f.type(), f.name(), f.key(), null, null, RecogniserId.LATIN_NAME, 0.7));
        }
    }

    // ---- title + name

    private void titled(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        AnalysedText text = ctx.text();
        String[] titles = Titles.endingAt(t);
        for (int end = 2; end < t.length(); end++) {
            String title = titles[end];
            if (title == null) continue;
            int begin = end - title.length();
            if (!text.isTokenBoundary(begin) && !text.isTokenBoundary(end)) continue;
            Span name = nameAt(ctx, end);
            if (name == null) continue;
            if (ctx.matchStartingAt(end, EntityType.PERSON) != null) {
                // a reference person: the gazetteer names it; record the title on that mention later
                Gazetteer.Match g = ctx.matchStartingAt(end, EntityType.PERSON);
                name = new Span(g.begin(), g.end());
            }
            String key = t.substring(name.begin(), name.end());
            if (NOT_NAMES.contains(key)) continue;
            String fullTitle = ctx.original(titleStart(ctx, begin), end);
            RecogniserId recogniser = Titles.BYLINE.contains(title) ? RecogniserId.BYLINE : RecogniserId.TITLE;
            out.add(new Mention(name, EntityType.PERSON, ctx.original(name.begin(), name.end()), key, null,
                    fullTitle, recogniser, 0.9));
        }
    }

    /** Where the title phrase starts: over 兼-joined titles and an organisation or country before them. */
    private static int titleStart(RecognitionContext ctx, int begin) {
        String t = ctx.normalised();
        int b = begin;
        while (true) {
            if (b > 0 && t.charAt(b - 1) == '兼') {
                String prev = Titles.titleEndingAt(t, b - 1);
                if (prev != null) {
                    b = b - 1 - prev.length();
                    continue;
                }
                Gazetteer.Match org = ctx.matchEndingAt(b - 1, EntityType.ORGANIZATION);
                if (org != null) {
                    b = org.begin();
                    continue;
                }
            }
            Gazetteer.Match before = ctx.matchEndingAt(b, EntityType.ECONOMY);
            if (before == null) before = ctx.matchEndingAt(b, EntityType.ORGANIZATION);
            if (before != null) {
                b = before.begin();
                continue;
            }
            return b;
        }
    }

    /** The name right after a title at {@code p}, or null. */
    private static Span nameAt(RecognitionContext ctx, int p) {
        String t = ctx.normalised();
        if (p >= t.length() || startsWithStop(t, p)) return null;
        AnalysedText text = ctx.text();
        int ti = text.tokenIndexAt(p);
        Token token = ti < text.tokens().size() ? text.tokens().get(ti) : null;
        int scan = p;
        while (scan < t.length() && scan - p < 24 && TRANSLIT.indexOf(t.charAt(scan)) >= 0 && (scan == p || !startsWithStop(t, scan))) scan++;
        if (token != null && token.begin() == p && token.isPersonName()) {
            int end = token.end();
            // HanLP splits long transliterations (马拉/nrf 马/n): continue over transliteration characters
            return new Span(p, Math.max(end, scan));
        }
        if (scan - p >= 2) return new Span(p, scan);
        return null;
    }

    private static boolean startsWithStop(String t, int p) {
        for (String s : STOPS) if (t.startsWith(s, p)) return true;
        return false;
    }

    // ---- HanLP names with support

    private void hanlpNames(RecognitionContext ctx, Set<String> titledNames, List<Mention> out) {
        List<Token> tokens = ctx.text().tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (!tok.isPersonName() || tok.word().length() < 2 || tok.word().length() > 12) continue;
            String key = tok.word();
            int end = tok.end();
            if (key.endsWith("等") && key.length() > 2) {
                key = key.substring(0, key.length() - 1);
                end--;
            }
            if (NOT_NAMES.contains(key) || !key.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '·')) continue;
            if (!plausibleName(tok.tag(), key)) continue;
            // HanLP splits some names after the surname (聂/平香): take the surname back
            int begin = tok.begin();
            if (key.length() == 2 && i > 0 && tokens.get(i - 1).word().length() == 1 && tokens.get(i - 1).end() == begin
                    && SURNAMES.indexOf(tokens.get(i - 1).word().charAt(0)) >= 0 && SURNAMES.indexOf(key.charAt(0)) < 0) {
                begin--;
                key = tokens.get(i - 1).word() + key;
            }
            boolean supported = titledNames.contains(key)
                    || hasPersonContext(ctx, begin, end)
                    || inNameList(tokens, i);
            if (!supported) continue;
            out.add(new Mention(new Span(begin, end), EntityType.PERSON, ctx.original(begin, end),
                    key, null, null, RecogniserId.HANLP, 0.75));
        }
    }

    /**
     * Whether a HanLP person word looks like a name: a Chinese name (nr) starts with a surname and ends in no function
     * character (中国将, 下一步将); a transliterated one (nrf) has at least three characters; no title inside (习主席).
     */
    static boolean plausibleName(String tag, String key) {
        if (NOT_NAME_END.indexOf(key.charAt(key.length() - 1)) >= 0) return false;
        for (String title : Titles.ALL) if (title.length() > 1 && key.contains(title)) return false;
        if (key.contains("元首")) return false;
        if (tag.equals("nr")) return key.length() <= 4 && SURNAMES.indexOf(key.charAt(0)) >= 0;
        if (tag.equals("nrj")) return key.length() <= 4; // Japanese names, and Chinese ones HanLP takes for Japanese
        return key.length() >= 3;
    }

    /** A title right before, or a person verb right after the span. */
    static boolean hasPersonContext(RecognitionContext ctx, int begin, int end) {
        String t = ctx.normalised();
        if (Titles.titleEndingAt(t, begin) != null) return true;
        for (String v : PERSON_VERBS) if (t.startsWith(v, end)) return true;
        // an enumeration of names: 丁薛祥、王毅等
        return end < t.length() && (t.charAt(end) == '、' || t.charAt(end) == '等')
                || begin > 0 && t.charAt(begin - 1) == '、';
    }

    /** 丁薛祥、杨洁篪、王毅、何立峰等: names joined by enumeration commas. */
    private static boolean inNameList(List<Token> tokens, int i) {
        boolean before = i >= 2 && tokens.get(i - 1).word().equals("、") && tokens.get(i - 2).isPersonName();
        boolean after = i + 2 < tokens.size() && tokens.get(i + 1).word().equals("、") && tokens.get(i + 2).isPersonName();
        return before || after;
    }

    private static final Stage STAGE = Stage.candidates("people",
            Set.of(Input.TEXT, Input.TOKENS, Input.GAZETTEER),
            Set.of(EntityType.PERSON));

    @Override
    public Stage stage() { return STAGE; }
}
