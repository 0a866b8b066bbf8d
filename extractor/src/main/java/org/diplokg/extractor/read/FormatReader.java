package org.diplokg.extractor.read;

import java.util.List;

/**
 * One input format: how to recognise it from the content alone and how to read its title, date, URL, author and
 * body. A new format is one class implementing this plus one line in {@link FormatReaders#STANDARD} (and its label
 * in {@link DocumentFormat}).
 */
interface FormatReader {

    /** The format this reader reads. */
    DocumentFormat format();

    /**
     * Whether {@code text} is in this format. Readers are asked in the order of {@link FormatReaders#STANDARD};
     * the first that says yes reads the document.
     */
    boolean recognises(String text, List<String> lines);

    /** Reads {@code text} into {@code parts}, strongest evidence first. */
    void read(String text, DocumentParts parts) throws ReadProblem;
}
