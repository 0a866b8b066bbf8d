package org.diplokg.extractor.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a saved news document of any supported format and encoding into a {@link SourceDocument}.
 * Thread-safe and stateless: create one and share it.
 */
public final class DocumentReader {

    private DocumentReader() {}

    public static DocumentReader create() { return new DocumentReader(); }

    /** Reads a file; its key is {@link #keyFor(Path)}. */
    public SourceDocument read(Path file) throws DocumentException {
        return read(file, keyFor(file));
    }

    public SourceDocument read(Path file, String key) throws DocumentException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentException(file, "cannot read file: " + e.getMessage(), e);
        }
        return read(bytes, file, key);
    }

    /**
     * Reads bytes already loaded from {@code file} (the path is used for messages only): decodes them,
     * sniffs the format from the content, and extracts metadata and body text.
     *
     * @throws DocumentException naming the file and the reason (empty file, binary content, undecodable
     *                           bytes, invalid front matter, no text)
     */
    public SourceDocument read(byte[] bytes, Path file, String key) throws DocumentException {
        try {
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
            FormatReader reader = FormatReaders.recognise(decoded.text());
            DocumentFormat format = reader.format();
            DocumentParts parts = new DocumentParts();
            reader.read(decoded.text(), parts);
            List<String> paragraphs = new ArrayList<>();
            // body offset where each of the reader's paragraphs starts, for the story starts
            int[] startOf = new int[parts.paragraphs.size() + 1];
            int offset = 0;
            for (int i = 0; i < parts.paragraphs.size(); i++) {
                startOf[i] = offset;
                for (String line : parts.paragraphs.get(i).split("\n")) {
                    String t = Texts.trim(line);
                    if (t.isEmpty()) continue;
                    paragraphs.add(t);
                    offset += t.length() + 1;
                }
            }
            startOf[parts.paragraphs.size()] = offset;
            if (paragraphs.isEmpty()) throw new ReadProblem("no text content (" + format.label() + ")");
            String body = String.join("\n", paragraphs);
            return new SourceDocument(key, sha256(bytes), format, decoded.charset(), parts.title, parts.published,
                    parts.publishedFrom, parts.url, parts.author, body, parts.metadataText, stories(parts, startOf, body),
                    decoded.warnings());
        } catch (ReadProblem e) {
            throw new DocumentException(file, e.getMessage(), e.getCause());
        } catch (RuntimeException e) {
            throw new DocumentException(file, "unreadable: " + e, e);
        }
    }

    /** The stories the reader marked, at their body offsets; none when fewer than two have text. */
    private static List<SourceDocument.Story> stories(DocumentParts parts, int[] startOf, String body) {
        List<SourceDocument.Story> out = new ArrayList<>();
        for (DocumentParts.StoryStart s : parts.stories) {
            int begin = Math.min(startOf[s.paragraph()], body.length());
            if (!out.isEmpty() && out.get(out.size() - 1).begin() == begin) out.remove(out.size() - 1);
            if (begin < body.length()) out.add(new SourceDocument.Story(begin, s.title(), s.date()));
        }
        return out.size() < 2 ? List.of() : out;
    }

    /**
     * The key of a file read on its own: its folder's name and its file name ({@code seeds/a.html}), whatever the
     * working folder; no machine path. (Files found by walking a folder are keyed from that folder down.)
     */
    public static String keyFor(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Path dir = parent == null ? null : parent.getFileName();
        String name = abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
        return dir == null ? name : dir + "/" + name;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
