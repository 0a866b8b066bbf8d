package org.diplokg.extractor.read;

/** Why a document cannot be read, before the file it came from is attached ({@link DocumentException}). */
final class ReadProblem extends Exception {
    ReadProblem(String problem) {
        super(problem);
    }

    ReadProblem(String problem, Throwable cause) {
        super(problem, cause);
    }
}
