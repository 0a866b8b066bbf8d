package org.diplokg.extractor.recognise;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Offices and titles written before a person's name (新西兰总理阿德恩, 国务委员兼外长王毅). General vocabulary of
 * diplomatic reporting, in normalised (simplified) form, longest first so that 副总理 wins over 总理.
 */
final class Titles {
    private Titles() {}

    static final List<String> ALL = sortLongestFirst(List.of(
            "国家主席", "国家副主席", "主席", "副主席", "总统", "副总统", "当选总统", "总理", "副总理", "首相", "副首相",
            "国务委员", "外长", "外交部长", "外交部副部长", "外交大臣", "国务卿", "部长", "副部长", "部长助理", "大臣",
            "商务部长", "贸易部长", "财政部长", "财长", "经济部长", "贸工部长", "贸易代表", "国际贸易谈判代表",
            "首席谈判代表", "大使", "特使", "特别代表", "总领事", "参赞", "秘书长", "副秘书长", "执行秘书", "执秘",
            "执行主任", "署长", "副署长", "总干事", "副总干事", "行长", "副行长", "总裁", "副总裁", "董事长", "首席执行官",
            "主任", "副主任", "委员长", "副委员长", "议长", "副议长", "国王", "女王", "王储", "苏丹", "总督", "总书记",
            "书记", "副书记", "发言人", "新闻发言人", "司长", "副司长", "局长", "副局长", "厅长", "省长", "副省长",
            "市长", "副市长", "州长", "会长", "副会长", "理事长", "院长", "副院长", "校长", "主编", "记者", "特派记者",
            "通讯员", "编辑", "责任编辑", "首席部长", "行政长官", "特首", "主席团主席", "总统府发言人", "政委", "司令",
            "军长", "参谋长", "教授", "研究员", "学者", "专家", "经济学家", "分析师", "主持人", "联合主席", "共同主席"));

    /** Titles that mark a byline rather than a participant. */
    static final Set<String> BYLINE = Set.of("记者", "特派记者", "通讯员", "编辑", "责任编辑", "主编");

    private static List<String> sortLongestFirst(List<String> titles) {
        return titles.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static final AhoCorasickDoubleArrayTrie<String> TRIE = new AhoCorasickDoubleArrayTrie<>();

    static {
        TreeMap<String, String> map = new TreeMap<>();
        for (String t : ALL) map.put(t, t);
        TRIE.build(map);
    }

    /** The title that ends exactly at {@code end} in {@code text}, or null. */
    static String titleEndingAt(String text, int end) {
        for (String t : ALL) {
            int b = end - t.length();
            if (b >= 0 && text.startsWith(t, b)) return t;
        }
        return null;
    }

    /** For every offset of {@code text}, the longest title ending there (null where none): one pass over the text. */
    static String[] endingAt(String text) {
        String[] out = new String[text.length() + 1];
        TRIE.parseText(text, (begin, end, title) -> {
            if (out[end] == null || out[end].length() < title.length()) out[end] = title;
        });
        return out;
    }
}
