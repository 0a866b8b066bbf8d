package org.diplokg.extractor.read;

import java.nio.file.Path;

/** A file that cannot be read as a document: the message names the file and the problem. */
public class DocumentException extends Exception {
    private final transient Path file;

    public DocumentException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public DocumentException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() { return file; }
}
