package org.diplokg.server.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.diplokg.extractor.text.TextNormaliser;

/**
 * The text index's analyzer, for names and document text alike, at index and at query time: the text is first
 * normalised as the extractor normalises it ({@link TextNormaliser#key}: traditional → simplified, full-width →
 * ASCII, lower case, unified dashes), then split into words (Latin script) and overlapping pairs of characters
 * (Chinese). A phrase query of pairs finds any run of two or more characters wherever it stands in a name, so
 * 全面经济, 區域全面 and rcep all find RCEP.
 *
 * <p>Chosen over SmartChineseAnalyzer (word segmentation) by measurement ({@code AnalyzerRecallTest}): over every
 * reference label and the names as written in the seeds, substrings of 2–4 characters and whole names, the pairs
 * found every entity, segmentation far fewer (a substring that cuts a word finds nothing).
 */
public final class SearchAnalyzer extends Analyzer {

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new StringReader(normalise(read(reader)));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new CJKWidthFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new FoldingOutsideCjk(ts);
        ts = new CJKBigramFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
    }

    /**
     * {@link ASCIIFoldingFilter}, the same tokens, but a token whose characters are all ASCII or in
     * {@code U+2E2A–U+A727} (CJK: nothing there folds, {@code SearchAnalyzerTest} checks every one) is not passed
     * through the folding switch: at 10,000 real documents the folding of each Chinese character's token was 27 % of
     * the text index's samples.
     */
    static final class FoldingOutsideCjk extends org.apache.lucene.analysis.TokenFilter {
        static final char UNFOLDED_FROM = '\u2E2A', UNFOLDED_TO = '\uA727';
        private final org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        private char[] output = new char[64];

        FoldingOutsideCjk(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            char[] buffer = term.buffer();
            int length = term.length();
            for (int i = 0; i < length; i++) {
                char c = buffer[i];
                if (c >= '\u0080' && (c < UNFOLDED_FROM || c > UNFOLDED_TO)) {
                    if (output.length < 4 * length) output = new char[org.apache.lucene.util.ArrayUtil.oversize(4 * length, Character.BYTES)];
                    int n = ASCIIFoldingFilter.foldToASCII(buffer, 0, output, 0, length);
                    term.copyBuffer(output, 0, n);
                    break;
                }
            }
            return true;
        }
    }

    /** What the tokenizer sees: simplified, folded, lower case (also used to find a query in a text). */
    public static String normalise(String text) {
        return TextNormaliser.key(text.replace('\n', ' ').replace('\r', ' '));
    }

    static String read(Reader reader) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = reader.read(buf)) > 0; ) sb.append(buf, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
