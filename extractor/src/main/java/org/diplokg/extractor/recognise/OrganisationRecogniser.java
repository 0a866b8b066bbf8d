package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.recognise.Stage.Input;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.text.Span;
import org.diplokg.extractor.text.Token;

/**
 * Organisations not in the reference data, by pattern: United Nations bodies (联合国…署/会/组织), a country's organs
 * (智利外交部, 美国国会), Party committees' departments (江苏省委统战部), and HanLP organisation words that end in an
 * organisation suffix (…委员会, …银行, …通讯社). Generic phrases (国际组织, 有关部门) are not organisations.
 */
public final class OrganisationRecogniser implements Recogniser {

    private static final Pattern UN_BODY = Pattern.compile(
            "联合国[\\p{IsHan}]{1,8}?(?:计划署|规划署|经社会|经委会|委员会|理事会|基金会|组织|署|基金|大会|机构|办事处)");
    private static final List<String> STATE_ORGANS = List.of("外交部", "商务部", "经济部", "财政部", "国防部", "贸工部",
            "贸易部", "工业部", "外贸部", "经贸部", "农业部", "卫生部", "内政部", "司法部", "国会", "议会", "参议院",
            "众议院", "中央银行", "央行", "驻华大使馆", "驻华使馆", "大使馆", "总统府", "统计局", "外交与贸易部",
            "外交贸易部", "贸易代表办公室", "国务院新闻办", "国务院新闻办公室");
    /** Local organs written after a place, or alone as a short form (省工商联, 连云港市委, 市人大常委会). */
    private static final Pattern LOCAL_ORGAN = Pattern.compile(
            "(?=[省市县自中])(?:省|市|县|自治区|中央)(?:委(?:统战部|宣传部|组织部|办公厅|政法委|外办)|人大常委会|政协|工商联|人民政府|纪委|委(?!员|书记处))");
    /** What can end an organisation's name when it continues a known name (中共中央 + 党史和文献研究院). */
    private static final Pattern EXTENDED_END = Pattern.compile(
            "(?:日报|晚报|法治报|新闻网|电视台|广播电台|通讯社|新闻社|研究院|研究所|研究中心|发射中心|新闻中心|委员会|常委会|人民政府|"
            + "大学|学院|银行|集团|公司|协会|商会|联合会|工商联|临时中央|中央|十九路军|路军)$");
    /** The last characters of EXTENDED_END's endings: the pattern is only tried where one of them ends the name. */
    private static final String ENDING_CHARS = "报网台社院所心会府学行团司联央军";
    private static final Pattern LEADING_NOISE = Pattern.compile("^(?:及|和|与|同|下一步|对|在|由|向|据|经)+");
    private static final List<String> SUFFIXES = List.of("委员会", "协会", "银行", "大学", "学院", "研究院", "研究所",
            "研究中心", "集团", "公司", "通讯社", "新闻社", "日报", "晚报", "时报", "电视台", "广播电台", "联合会", "商会",
            "基金会", "组织", "联盟", "办公室", "管理局", "总局", "部", "署", "厅", "党", "理事会", "秘书处", "论坛");
    private static final Set<String> GENERIC = Set.of("国际组织", "有关部门", "国际机构", "各部门", "地方政府", "政府",
            "中央政府", "相关部门", "主管部门", "全党", "本党", "执政党", "反对党", "在野党", "各国政府", "经济体", "有关国家");

    @Override
    public List<Mention> find(RecognitionContext ctx) {
        List<Mention> out = new ArrayList<>();
        String t = ctx.normalised();
        pattern(ctx, UN_BODY, RecogniserId.UN_BODY, out);
        for (Gazetteer.Match m : ctx.gazetteerMatches()) {
            if (RecognitionContext.entityOf(m, EntityType.ECONOMY) == null || m.length() < 2) continue;
            for (String organ : STATE_ORGANS) {
                if (t.startsWith(organ, m.end())) {
                    add(ctx, new Span(m.begin(), m.end() + organ.length()), RecogniserId.STATE_ORGAN, 0.85, out);
                    break;
                }
            }
        }
        for (Token tok : ctx.text().tokens()) {
            if (!tok.tag().startsWith("nt") || GENERIC.contains(tok.word())) continue;
            Matcher noise = LEADING_NOISE.matcher(tok.word());
            int begin = tok.begin() + (noise.find() ? noise.end() : 0);
            String word = t.substring(begin, tok.end());
            if (word.length() < 4 || SUFFIXES.stream().noneMatch(word::endsWith)) continue;
            // a fragment of a longer name HanLP cut (亚太经全组织 → 经全组织) is not a name
            if (begin > 0 && Character.UnicodeScript.of(t.charAt(begin - 1)) == Character.UnicodeScript.HAN
                    && !ctx.text().isTokenBoundary(begin)) continue;
            add(ctx, new Span(begin, tok.end()), RecogniserId.HANLP, 0.7, out);
        }
        extensions(ctx, out);
        localOrgans(ctx, out);
        return out;
    }

    /** A known name (organisation, economy, place) or a HanLP place continued by nouns to an organisation ending. */
    private static void extensions(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (Gazetteer.Match m : ctx.gazetteerMatches()) {
            if (RecognitionContext.entityOf(m, EntityType.ORGANIZATION) != null || RecognitionContext.entityOf(m, EntityType.ECONOMY) != null
                    || RecognitionContext.entityOf(m, EntityType.PLACE) != null) {
                starts.add(m.begin());
                ends.add(m.end());
            }
        }
        for (Token tok : ctx.text().tokens()) {
            if (tok.tag().equals("ns") || tok.tag().equals("nt")) {
                starts.add(tok.begin());
                ends.add(tok.end());
            }
        }
        // offsets strictly inside a gazetteer match, computed once (台湾|中央社: not a place to end a name)
        boolean[] inside = new boolean[t.length() + 1];
        for (Gazetteer.Match m : ctx.gazetteerMatches()) for (int i = m.begin() + 1; i < m.end(); i++) inside[i] = true;
        for (int k = 0; k < starts.size(); k++) {
            int begin = starts.get(k), end = ends.get(k);
            int sentence = ctx.text().sentenceAt(begin);
            int best = -1;
            for (int j = end + 1; j <= Math.min(t.length(), end + 12); j++) {
                char c = t.charAt(j - 1);
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || "的在是了将与对向从为被把于".indexOf(c) >= 0) break;
                if (ctx.text().sentenceAt(j - 1) != sentence) break;
                Token tok = tokenAt(ctx, j - 1);
                if (tok != null && !nounish(tok)) break;
                if (ENDING_CHARS.indexOf(c) >= 0 && ctx.text().isTokenBoundary(j) && !inside[j]
                        && EXTENDED_END.matcher(t.substring(begin, j)).find()) best = j;
            }
            if (best > end) add(ctx, new Span(begin, best), RecogniserId.EXTENSION, 0.8, out);
        }
    }

    /** 新华社记者, 总台央视记者, …摄: the organisation is credited for text or a photo. */
    static boolean isCredit(String t, int end) {
        String after = t.substring(end, Math.min(t.length(), end + 6));
        int reporter = after.indexOf("记者");
        boolean clean = reporter >= 0 && after.substring(0, reporter).codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return clean && reporter <= 4 || after.startsWith("摄") || after.startsWith("供图");
    }

    private static Token tokenAt(RecognitionContext ctx, int offset) {
        List<Token> tokens = ctx.text().tokens();
        int i = ctx.text().tokenIndexAt(offset);
        if (i < tokens.size() && tokens.get(i).begin() == offset) return tokens.get(i);
        return i > 0 && tokens.get(i - 1).end() > offset ? tokens.get(i - 1) : null;
    }

    private static boolean nounish(Token tok) {
        String tag = tok.tag();
        return tag.startsWith("n") && !tag.startsWith("nr") || tag.equals("vn") || tag.equals("b") || tag.equals("j")
                || tag.equals("m") || tag.equals("x") || tok.word().equals("和");
    }


    private static void localOrgans(RecognitionContext ctx, List<Mention> out) {
        String t = ctx.normalised();
        Matcher m = LOCAL_ORGAN.matcher(t);
        while (m.find()) {
            int begin = m.start();
            // the place before it, when there is one: 连云港 + 市委 (only tokens from the one before m.start() can end there)
            List<Token> tokens = ctx.text().tokens();
            for (int i = Math.max(0, ctx.text().tokenIndexAt(m.start()) - 1); i < tokens.size() && tokens.get(i).begin() <= m.start() + 1; i++) {
                Token tok = tokens.get(i);
                if (tok.end() == m.start() && (tok.tag().equals("ns") || ctx.matchEndingAt(m.start(), EntityType.PLACE) != null)) {
                    begin = tok.begin();
                    break;
                }
                if (tok.end() == m.start() + 1 && tok.tag().equals("ns") && tok.word().length() > 1) {
                    begin = tok.begin(); // 江苏省 as one word
                    break;
                }
            }
            if (m.end() - begin >= 3) add(ctx, new Span(begin, m.end()), RecogniserId.LOCAL_ORGAN, 0.8, out);
        }
    }

    private static void pattern(RecognitionContext ctx, Pattern p, RecogniserId recogniser, List<Mention> out) {
        Matcher m = p.matcher(ctx.normalised());
        while (m.find()) {
            String inner = m.group();
            if (inner.contains("兼") || Titles.ALL.stream().anyMatch(title -> title.length() > 1 && inner.contains(title))) continue;
            add(ctx, new Span(m.start(), m.end()), recogniser, 0.85, out);
        }
    }

    private static void add(RecognitionContext ctx, Span s, RecogniserId recogniser, double confidence, List<Mention> out) {
        String key = ctx.normalised().substring(s.begin(), s.end());
        if (GENERIC.contains(key)) return;
        // a credit (总台央视记者…, 新华社记者…) names the source of a photo or text, not an organisation in the news
        if (isCredit(ctx.normalised(), s.end())) recogniser = RecogniserId.CREDIT;
        out.add(new Mention(s, EntityType.ORGANIZATION, ctx.original(s.begin(), s.end()), key, null, null, recogniser, confidence));
    }

    private static final Stage STAGE = Stage.candidates("organisations",
            Set.of(Input.TEXT, Input.TOKENS, Input.GAZETTEER),
            Set.of(EntityType.ORGANIZATION));

    @Override
    public Stage stage() { return STAGE; }
}
