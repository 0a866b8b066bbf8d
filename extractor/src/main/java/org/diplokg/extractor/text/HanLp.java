package org.diplokg.extractor.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one class that talks to HanLP. HanLP keeps its dictionaries in static global state, so it is
 * initialised once, explicitly, with {@link #initialise(Collection)}; after that segmentation is thread-safe
 * (each call makes its own segmenter view over the shared dictionaries).
 */
public final class HanLp {

    private static volatile boolean initialised;

    private HanLp() {}

    /**
     * Loads HanLP's bundled dictionaries and adds reference person names to its custom dictionary so that
     * known names come out whole. Idempotent: later calls add nothing.
     */
    public static synchronized void initialise(Collection<String> personNames) {
        if (initialised) return;
        Logger.getLogger("HanLP").setLevel(Level.SEVERE);
        HanLP.Config.ShowTermNature = true;
        for (String name : personNames) {
            if (name.length() >= 2 && !CustomDictionary.contains(name)) CustomDictionary.add(name, "nr 1000");
        }
        segment("初始化"); // forces the core dictionaries to load now, not inside the first document
        initialised = true;
    }

    /** One configured segmenter per thread: building one per call showed up in profiles, and they are cheap to keep. */
    private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(HanLp::newSegment);

    /**
     * The segmenter as diplokg uses it: person names (Chinese, transliterated, Japanese) on, HanLP's place and
     * organisation recognition off. Places and organisations come from the gazetteer and diplokg's own patterns;
     * HanLP's role-tagging passes for them cost as much as the rest of segmentation together and changed no
     * result on the evaluation documents (organisations F1 0.933 with them, 0.938 without).
     */
    public static Segment newSegment() {
        return HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enableJapaneseNameRecognize(true)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableOffset(true);
    }

    /**
     * Plain HanLP with every name recogniser on (people, places, organisations): the baseline the benchmark
     * compares extraction with.
     */
    public static Segment newFullNameSegment() {
        return HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enableJapaneseNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableOffset(true);
    }

    /** Segments text with person-name recognition (Chinese, transliterated, Japanese). */
    public static List<Token> segment(String text) {
        List<Token> tokens = new ArrayList<>();
        segment(text, 0, tokens::add);
        return tokens;
    }

    /** As {@link #segment(String)}, giving each token, its offsets shifted by {@code offset}, to {@code out}. */
    static void segment(String text, int offset, Consumer<Token> out) {
        for (Term t : SEGMENT.get().seg(text)) out.accept(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), t.offset + offset));
    }

    /** Traditional to simplified with HanLP's bundled tables (phrase-aware; may change the length). */
    public static String toSimplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }
}
