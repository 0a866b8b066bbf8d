package org.diplokg.extractor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HanLP adapter: each instance segments with its own added names; tries find every occurrence. */
class HanLpTest {

    /** A made-up name HanLP's dictionaries cannot know. */
    private static final String NAME = "枼翾彧";
    private static final String SENTENCE = "总理" + NAME + "今天说";

    private static List<String> words(HanLp hanLp) {
        return hanLp.segment(SENTENCE).stream().map(Token::word).toList();
    }

    @Test
    void twoSegmentersInOneJvmKeepTheirOwnNames() {
        HanLp with = HanLp.withPersonNames(List.of(NAME));
        HanLp without = HanLp.withPersonNames(List.of("另一个名"));
        assertTrue(words(with).contains(NAME), words(with).toString());
        assertFalse(words(without).contains(NAME), words(without).toString());
        // and the first one still has it after the second was built
        assertTrue(words(with).contains(NAME), words(with).toString());
    }

    @Test
    void tokensCarryOffsetsShiftedByTheGivenOffset() {
        List<Token> tokens = new ArrayList<>();
        HanLp.withPersonNames(List.of(NAME)).segment(SENTENCE, 10, tokens::add);
        assertEquals(10, tokens.get(0).begin());
        Token name = tokens.stream().filter(t -> t.word().equals(NAME)).findFirst().orElseThrow();
        assertEquals(12, name.begin());
        assertTrue(name.isPersonName(), name.tag());
    }

    @Test
    void theBaselineCountsWords() {
        assertTrue(HanLp.baseline().countWords("中国与东盟签署自由贸易协定") >= 3);
    }

    @Test
    void aTrieFindsOverlappingPhrasesWithTheirValues() {
        PhraseTrie<String> trie = HanLp.trie(Map.of("总理", "premier", "副总理", "vice premier", "理事会", "council"));
        List<String> found = new ArrayList<>();
        trie.find("副总理出席理事会", (b, e, v) -> found.add(b + "-" + e + ":" + v));
        assertEquals(List.of("0-3:vice premier", "1-3:premier", "5-8:council"), found.stream().sorted().toList());
        assertEquals(3, trie.size());
    }

    @Test
    void anEmptyTrieFindsNothing() {
        PhraseTrie<String> trie = HanLp.trie(Map.of());
        trie.find("任何文本", (b, e, v) -> { throw new AssertionError("found " + v); });
        assertEquals(0, trie.size());
    }
}
