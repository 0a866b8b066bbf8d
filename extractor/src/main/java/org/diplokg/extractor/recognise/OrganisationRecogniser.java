package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern PARTY_ORGAN = Pattern.compile(
            "(?:[\\p{IsHan}]{2,3}(?:省|市|自治区))?(?:省|市|县|区|中央)委(?:统战部|宣传部|组织部|办公厅|政法委|外办)");
    private static final List<String> STATE_ORGANS = List.of("外交部", "商务部", "经济部", "财政部", "国防部", "贸工部",
            "贸易部", "工业部", "外贸部", "经贸部", "农业部", "卫生部", "内政部", "司法部", "政府", "国会", "议会", "参议院",
            "众议院", "中央银行", "央行", "驻华大使馆", "驻华使馆", "大使馆", "总统府", "统计局", "海关", "外交与贸易部",
            "外交贸易部", "贸易代表办公室", "国务院", "白宫", "国务院新闻办", "国务院新闻办公室");
    private static final List<String> SUFFIXES = List.of("委员会", "协会", "银行", "大学", "学院", "研究院", "研究所",
            "研究中心", "集团", "公司", "通讯社", "新闻社", "日报", "晚报", "时报", "电视台", "广播电台", "联合会", "商会",
            "基金会", "组织", "联盟", "办公室", "管理局", "总局", "部", "署", "厅", "党", "理事会", "秘书处", "论坛");
    private static final Set<String> GENERIC = Set.of("国际组织", "有关部门", "国际机构", "各部门", "地方政府", "政府",
            "中央政府", "相关部门", "主管部门", "全党", "本党", "执政党", "反对党", "在野党", "各国政府", "经济体", "有关国家");

    @Override
    public List<Mention> find(RecognitionContext ctx) {
        List<Mention> out = new ArrayList<>();
        String t = ctx.normalised();
        pattern(ctx, UN_BODY, "un-body-pattern", out);
        pattern(ctx, PARTY_ORGAN, "party-organ-pattern", out);
        for (Gazetteer.Match m : ctx.gazetteerMatches()) {
            if (RecognitionContext.entityOf(m, EntityType.ECONOMY) == null || m.length() < 2) continue;
            for (String organ : STATE_ORGANS) {
                if (t.startsWith(organ, m.end())) {
                    add(ctx, new Span(m.begin(), m.end() + organ.length()), "state-organ-pattern", 0.85, out);
                    break;
                }
            }
        }
        for (Token tok : ctx.text().tokens()) {
            if (!tok.tag().startsWith("nt") || tok.word().length() < 3 || GENERIC.contains(tok.word())) continue;
            if (SUFFIXES.stream().noneMatch(tok.word()::endsWith)) continue;
            add(ctx, new Span(tok.begin(), tok.end()), "hanlp", 0.7, out);
        }
        return out;
    }

    private static void pattern(RecognitionContext ctx, Pattern p, String recogniser, List<Mention> out) {
        Matcher m = p.matcher(ctx.normalised());
        while (m.find()) {
            String inner = m.group();
            if (inner.contains("兼") || Titles.ALL.stream().anyMatch(title -> title.length() > 1 && inner.contains(title))) continue;
            add(ctx, new Span(m.start(), m.end()), recogniser, 0.85, out);
        }
    }

    private static void add(RecognitionContext ctx, Span s, String recogniser, double confidence, List<Mention> out) {
        String key = ctx.normalised().substring(s.begin(), s.end());
        if (GENERIC.contains(key)) return;
        out.add(new Mention(s, EntityType.ORGANIZATION, ctx.original(s.begin(), s.end()), key, null, null, recogniser, confidence));
    }
}
