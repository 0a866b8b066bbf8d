package org.diplokg.extractor.recognise;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.text.HanLp;
import org.diplokg.extractor.text.PhraseTrie;
import org.diplokg.extractor.text.WordIndex;

/**
 * Offices and titles written before a person's name (新西兰总理阿德恩, 国务委员兼外长王毅). General vocabulary of
 * diplomatic reporting, in normalised (simplified) form, longest first so that 副总理 wins over 总理.
 */
final class Titles {
    private Titles() {}

    static final List<String> ALL = Lexicons.of("titles").longestFirst();

    /** Titles that mark a byline rather than a participant. */
    static final Set<String> BYLINE = Lexicons.of("byline-titles").set();

    private static final PhraseTrie<String> TRIE =
            HanLp.trie(ALL.stream().collect(Collectors.toMap(Function.identity(), Function.identity())));

    /** The title that ends exactly at {@code end} in {@code text}, or null. */
    static String titleEndingAt(String text, int end) {
        return INDEX.firstEndingAt(text, end);
    }

    /** {@link #ALL} by first and last character, for the tests at one offset. */
    static final WordIndex INDEX = WordIndex.of(ALL);

    /** For every offset of {@code text}, the longest title ending there (null where none): one pass over the text. */
    static String[] endingAt(String text) {
        String[] out = new String[text.length() + 1];
        TRIE.find(text, (begin, end, title) -> {
            if (out[end] == null || out[end].length() < title.length()) out[end] = title;
        });
        return out;
    }
}
