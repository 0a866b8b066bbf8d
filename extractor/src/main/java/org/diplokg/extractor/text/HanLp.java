package org.diplokg.extractor.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one class that touches HanLP types: segmentation, traditional→simplified conversion and Aho-Corasick tries.
 *
 * <p>HanLP keeps its bundled dictionaries in static global state; they are loaded once per JVM, on the first
 * {@link #withPersonNames} or {@link #baseline}. The names an extractor adds (reference office holders, so that
 * 阿德恩 comes out whole) go into a custom dictionary of this instance that shares HanLP's bundled one, so two
 * extractors in one JVM with different reference data each segment with their own names.
 * Segmentation is thread-safe: each thread keeps its own segmenter over the shared dictionaries.
 */
public final class HanLp {

    private static volatile boolean loaded;

    private final DynamicCustomDictionary names;
    private final boolean allRecognisers;
    /** One configured segmenter per thread: building one per call showed up in profiles, and they are cheap to keep. */
    private final ThreadLocal<Segment> segment;

    private HanLp(Collection<String> personNames, boolean allRecognisers) {
        loadDictionaries();
        DynamicCustomDictionary bundled = CustomDictionary.DEFAULT;
        this.names = new DynamicCustomDictionary(bundled.dat, new BinTrie<>(), bundled.path);
        for (String name : personNames) {
            if (name.length() >= 2 && !names.contains(name)) names.add(name, "nr 1000");
        }
        this.allRecognisers = allRecognisers;
        this.segment = ThreadLocal.withInitial(this::newSegment);
    }

    /**
     * The segmenter as the extractor uses it, with {@code personNames} added to the dictionary: person names
     * (Chinese, transliterated, Japanese) on, HanLP's place and organisation recognition off. Places and
     * organisations come from the gazetteer and diplokg's own patterns; HanLP's role-tagging passes for them cost
     * as much as the rest of segmentation together and changed no result on the evaluation documents
     * (organisations F1 0.933 with them, 0.938 without).
     */
    public static HanLp withPersonNames(Collection<String> personNames) {
        return new HanLp(personNames, false);
    }

    /** Plain HanLP with every name recogniser on (people, places, organisations): the benchmark's baseline. */
    public static HanLp baseline() {
        return new HanLp(List.of(), true);
    }

    /** Loads HanLP's bundled dictionaries once; a volatile check first, as the word tests call it per word. */
    private static void loadDictionaries() {
        if (loaded) return;
        synchronized (HanLp.class) {
            if (loaded) return;
            Logger.getLogger("HanLP").setLevel(Level.SEVERE);
            HanLP.Config.ShowTermNature = true;
            HanLP.newSegment().seg("初始化"); // loads the core dictionaries now, not inside the first document
            loaded = true;
        }
    }

    private Segment newSegment() {
        return HanLP.newSegment()
                .enableCustomDictionary(names)
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enableJapaneseNameRecognize(true)
                .enablePlaceRecognize(allRecognisers)
                .enableOrganizationRecognize(allRecognisers)
                .enableOffset(true);
    }

    /** Segments {@code text} into tokens (offsets into {@code text}). */
    public List<Token> segment(String text) {
        List<Token> tokens = new ArrayList<>();
        segment(text, 0, tokens::add);
        return tokens;
    }

    /** As {@link #segment(String)}, giving each token, its offsets shifted by {@code offset}, to {@code out}. */
    public void segment(String text, int offset, Consumer<Token> out) {
        for (Term t : segment.get().seg(text)) {
            out.accept(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), t.offset + offset));
        }
    }

    /** Segments {@code text} and only counts the words: plain HanLP's cost, for the benchmark. */
    public int countWords(String text) {
        return segment.get().seg(text).size();
    }

    /**
     * Whether {@code word} is a common word of HanLP's dictionaries (core or custom) whose uses other than a person's
     * name outnumber that one (许可, 标准, 公平): a name candidate that is one, or that one crosses, is a fragment.
     */
    public static boolean isCommonWord(String word) {
        loadDictionaries();
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) a = com.hankcs.hanlp.dictionary.CustomDictionary.get(word);
        if (a == null) return false;
        int name = 0;
        for (int i = 0; i < a.nature.length; i++) if (a.nature[i].toString().startsWith("nr")) name += a.frequency[i];
        return a.totalFrequency - name > name;
    }

    /** Whether {@code word} is mostly a preposition or a conjunction in HanLP's core dictionary (向, 和, 在). */
    public static boolean isFunctionWord(String word) {
        loadDictionaries();
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) return false;
        int function = 0;
        for (int i = 0; i < a.nature.length; i++) {
            String n = a.nature[i].toString();
            if (n.equals("p") || n.equals("c") || n.startsWith("cc")) function += a.frequency[i];
        }
        return function * 2 > a.totalFrequency;
    }

    /** Traditional to simplified with HanLP's bundled tables (phrase-aware; may change the length). */
    public static String toSimplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }

    /** Simplified to traditional with HanLP's bundled tables (for display of names with no traditional label). */
    public static String toTraditional(String text) {
        return HanLP.convertToTraditionalChinese(text);
    }

    /** Up to this many phrases are found by their last character ({@link EndCharPhrases}), more by Aho-Corasick. */
    static final int SMALL_SET = 1000;

    /** A trie over {@code phrases} (phrase → value); an empty map gives a trie that finds nothing. */
    public static <V> PhraseTrie<V> trie(Map<String, V> phrases) {
        if (phrases.size() <= SMALL_SET) return new EndCharPhrases<>(phrases);
        return ahoCorasick(phrases);
    }

    /** HanLP's Aho-Corasick trie over {@code phrases}: one pass over the text for any number of phrases. */
    static <V> PhraseTrie<V> ahoCorasick(Map<String, V> phrases) {
        AhoCorasickDoubleArrayTrie<V> trie = new AhoCorasickDoubleArrayTrie<>();
        if (!phrases.isEmpty()) trie.build(new TreeMap<>(phrases));
        return new PhraseTrie<>() {
            @Override
            public void find(String text, Hit<V> hit) {
                if (trie.size() > 0) trie.parseText(text, hit::hit);
            }

            @Override
            public int size() { return trie.size(); }
        };
    }
}
