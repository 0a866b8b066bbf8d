package org.diplokg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.diplokg.extractor.read.DocumentException;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.extractor.read.SourceDocument;

/**
 * A benchmark corpus made of real files: every file under the given folders (recursively, hidden ones skipped,
 * any format the reader reads), copied until the corpus has the documents asked for. Copy {@code c} of a file is
 * written to {@code cNNNNN/FOLDER/PATH} with its bytes followed by a trailer that makes it a document of its own
 * (a new sha256, so a new document IRI) without changing what any reader sees: a line break, then the copy number
 * in binary written as spaces (0) and tabs (1), then a line break. Trailing whitespace is ignored by every format
 * (after the closing tag of HTML and RSS, after the value of JSON, at the end of text and Markdown), so each copy
 * costs the same reading and extraction as the original. The files are read from where they are at run time;
 * nothing of them is kept in the project.
 * <p>
 * Copies of one file have the same body, so the story linker links them all ({@code dkg:sameStoryAs}), as it
 * would reposts of one story; a real corpus has fewer such copies.
 */
public final class RealCorpus {

    /** One original file: where it is and its path below the corpus ({@code FOLDER/PATH}). */
    public record Original(Path file, String relative) {}

    /** What was written: originals found, copies made of each (the last possibly partial), files in all. */
    public record Summary(int originals, int copies, SyntheticCorpus.Summary corpus) {}

    private final List<Original> originals;

    private RealCorpus(List<Original> originals) {
        this.originals = List.copyOf(originals);
    }

    /** The readable files under {@code folders}, in a stable order (by folder name, then path). */
    public static RealCorpus of(List<Path> folders) throws IOException {
        List<Original> found = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) throw new IOException(folder + ": not a folder");
            Path root = folder.toAbsolutePath().normalize();
            String name = root.getFileName() == null ? "root" : root.getFileName().toString();
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .filter(f -> Stream.of(root.relativize(f).toString().split("[/\\\\]")).noneMatch(p -> p.startsWith(".")))
                        .forEach(f -> found.add(new Original(f, name + "/" + root.relativize(f).toString().replace('\\', '/'))));
            }
        }
        found.sort(Comparator.comparing(Original::relative));
        if (found.isEmpty()) throw new IOException("no files under " + folders);
        return new RealCorpus(found);
    }

    public List<Original> originals() { return originals; }

    /** Documents for {@code copies} copies of every file, or exactly {@code docs} when {@code docs > 0}. */
    public int documents(int copies, int docs) {
        return docs > 0 ? docs : copies * originals.size();
    }

    /** The bytes of copy {@code copy} (from 1) of a file: its own bytes, then the whitespace trailer. */
    public static byte[] copy(byte[] original, int copy) {
        if (copy < 1) throw new IllegalArgumentException("copies are numbered from 1");
        byte[] trailer = trailer(copy);
        byte[] out = Arrays.copyOf(original, original.length + trailer.length);
        System.arraycopy(trailer, 0, out, original.length, trailer.length);
        return out;
    }

    static byte[] trailer(int copy) {
        String bits = Integer.toBinaryString(copy).replace('0', ' ').replace('1', '\t');
        return ("\n" + bits + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Where copy {@code copy} of {@code original} goes below the corpus folder. */
    static String name(Original original, int copy) {
        return String.format("c%05d/%s", copy, original.relative());
    }

    /**
     * Writes {@code documents} files below {@code dir}: copy 1 of every original, then copy 2, and so on. Each
     * original is read once, also to count its characters and tell its format.
     */
    public Summary write(Path dir, int documents) throws IOException {
        DocumentReader reader = DocumentReader.create();
        int n = originals.size();
        byte[][] bytes = new byte[n][];
        int[] chars = new int[n];
        DocumentFormat[] formats = new DocumentFormat[n];
        boolean[] gb = new boolean[n];
        for (int i = 0; i < n; i++) {
            Original o = originals.get(i);
            bytes[i] = Files.readAllBytes(o.file());
            try {
                SourceDocument d = reader.read(bytes[i], o.file(), o.relative());
                chars[i] = d.body().length();
                formats[i] = d.format();
                gb[i] = d.charset() != null && d.charset().toUpperCase(java.util.Locale.ROOT).matches("GB.*|BIG5.*");
            } catch (DocumentException e) {
                chars[i] = 0; // counted as a file; ingest reports it as failed, as it would the original
            }
        }
        Map<DocumentFormat, Integer> formatCounts = new EnumMap<>(DocumentFormat.class);
        int[] sizes = new int[documents];
        int[] charCounts = new int[documents];
        long totalBytes = 0, totalChars = 0;
        int gbCount = 0, copies = 0;
        for (int k = 0; k < documents; k++) {
            int i = k % n, copy = k / n + 1;
            copies = copy;
            Path file = dir.resolve(name(originals.get(i), copy));
            Files.createDirectories(file.getParent());
            byte[] b = copy(bytes[i], copy);
            Files.write(file, b);
            if (formats[i] != null) formatCounts.merge(formats[i], 1, Integer::sum);
            if (gb[i]) gbCount++;
            sizes[k] = b.length;
            charCounts[k] = chars[i];
            totalBytes += b.length;
            totalChars += chars[i];
        }
        Arrays.sort(sizes);
        Arrays.sort(charCounts);
        int median = documents == 0 ? 0 : sizes[documents / 2];
        int max = documents == 0 ? 0 : sizes[documents - 1];
        int medianChars = documents == 0 ? 0 : charCounts[documents / 2];
        return new Summary(n, copies, new SyntheticCorpus.Summary(documents, totalBytes, totalChars, formatCounts, gbCount,
                median, max, medianChars));
    }

    /** Every file below {@code dir} in the order a sorted walk gives (the order of both corpora's writers). */
    public static List<Path> files(Path dir, int limit) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(f -> dir.relativize(f).toString().replace('\\', '/')))
                    .limit(limit).toList();
        }
    }
}
