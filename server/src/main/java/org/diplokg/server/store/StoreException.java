package org.diplokg.server.store;

/** The database cannot be used (locked by another process, not a TDB2 database, unreadable). */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
