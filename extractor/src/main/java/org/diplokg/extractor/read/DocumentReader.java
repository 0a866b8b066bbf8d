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
            for (String p : parts.paragraphs) {
                for (String line : p.split("\n")) {
                    String t = Texts.trim(line);
                    if (!t.isEmpty()) paragraphs.add(t);
                }
            }
            if (paragraphs.isEmpty()) throw new ReadProblem("no text content (" + format.label() + ")");
            return new SourceDocument(key, sha256(bytes), format, decoded.charset(), parts.title, parts.published,
                    parts.publishedFrom, parts.url, parts.author, String.join("\n", paragraphs), parts.metadataText,
                    decoded.warnings());
        } catch (ReadProblem e) {
            throw new DocumentException(file, e.getMessage(), e.getCause());
        } catch (RuntimeException e) {
            throw new DocumentException(file, "unreadable: " + e, e);
        }
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
