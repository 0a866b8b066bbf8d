package org.diplokg.bench;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.diplokg.extractor.read.DocumentFormat;

/**
 * A deterministic synthetic news corpus: document {@code i} depends only on the seed, {@code i} and the
 * reference data, so any size of corpus is a prefix of a larger one and two runs write the same bytes.
 * Formats rotate with the index (every format within six documents); one document in seven of the
 * formats that carry no charset of their own, and HTML pages (which declare it), is GB18030.
 */
public final class SyntheticCorpus {

    public static final long DEFAULT_SEED = 20211112L;
    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final DocumentFormat[] FORMATS = DocumentFormat.values();
    private static final int FILES_PER_FOLDER = 1000;

    private final ArticleComposer composer;
    private final long seed;

    public SyntheticCorpus(ReferencePool pool, long seed) {
        this.composer = new ArticleComposer(pool, seed);
        this.seed = seed;
    }

    /** One generated file. */
    public record Document(String name, DocumentFormat format, Charset charset, byte[] bytes, int chars) {}

    /** What a written corpus holds. */
    public record Summary(int documents, long bytes, long chars, Map<DocumentFormat, Integer> formats, int gb18030,
                          int medianBytes, int maxBytes, int medianChars) {
        public Summary {
            formats = Map.copyOf(formats);
        }
    }

    public Document document(int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        DocumentFormat format = FORMATS[index % FORMATS.length];
        Charset charset = index % 7 == 3 && carriesNoCharset(format) ? GB18030 : StandardCharsets.UTF_8;
        Article article = composer.compose(random, index);
        String text = Layouts.render(article, format, charset, index / FORMATS.length);
        return new Document(name(index), format, charset, text.getBytes(charset), article.chars());
    }

    /** Formats where a saved file's charset is a matter of the saving tool, or that declare it themselves. */
    private static boolean carriesNoCharset(DocumentFormat f) {
        return f == DocumentFormat.HTML || f == DocumentFormat.HEADER_TEXT || f == DocumentFormat.TEXT || f == DocumentFormat.MARKDOWN;
    }

    /** {@code d000/000000.txt}: folders of a thousand, every name ending in .txt as saved news often does. */
    static String name(int index) {
        return String.format("d%03d/%06d.txt", index / FILES_PER_FOLDER, index);
    }

    /** Writes documents {@code 0 … count-1} below {@code dir}. */
    public Summary write(Path dir, int count) throws IOException {
        Map<DocumentFormat, Integer> formats = new EnumMap<>(DocumentFormat.class);
        int[] sizes = new int[count];
        int[] chars = new int[count];
        long bytes = 0, totalChars = 0;
        int gb = 0;
        for (int i = 0; i < count; i++) {
            Document d = document(i);
            Path file = dir.resolve(d.name());
            Files.createDirectories(file.getParent());
            Files.write(file, d.bytes());
            formats.merge(d.format(), 1, Integer::sum);
            if (d.charset().equals(GB18030)) gb++;
            sizes[i] = d.bytes().length;
            chars[i] = d.chars();
            bytes += d.bytes().length;
            totalChars += d.chars();
        }
        Arrays.sort(sizes);
        Arrays.sort(chars);
        return new Summary(count, bytes, totalChars, formats, gb, count == 0 ? 0 : sizes[count / 2],
                count == 0 ? 0 : sizes[count - 1], count == 0 ? 0 : chars[count / 2]);
    }

    /** The files {@link #write} makes for {@code count} documents, in index order. */
    public static List<Path> files(Path dir, int count) {
        List<Path> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) files.add(dir.resolve(name(i)));
        return files;
    }
}
