package org.diplokg.server.cli;

/** The command line is wrong (unknown option, missing value, bad number): exit code 2. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
