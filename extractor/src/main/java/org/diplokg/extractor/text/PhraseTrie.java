package org.diplokg.extractor.text;

/**
 * A fixed set of phrases found in a text in one pass (Aho-Corasick): the one home of trie building for the
 * gazetteer, titles and meeting heads. Built by {@link HanLp#trie}; immutable and thread-safe once built.
 *
 * @param <V> what each phrase stands for
 */
public interface PhraseTrie<V> {

    /** Receives every occurrence of every phrase, overlapping ones included: [begin, end) and the phrase's value. */
    @FunctionalInterface
    interface Hit<V> {
        void hit(int begin, int end, V value);
    }

    /** Reports every occurrence in {@code text} to {@code hit}, in order of their end offsets. */
    void find(String text, Hit<V> hit);

    /** How many phrases the trie holds. */
    int size();
}
