package org.diplokg.server.http;

import java.nio.file.Path;

/**
 * How to run the server.
 *
 * @param configFile   the Fuseki configuration, or null for the one shipped in the jar
 * @param db           the TDB2 folder, or null for the location written in the configuration
 * @param base         the folder that relative paths in the configuration are read against
 * @param host         the interface to bind ("127.0.0.1" unless asked otherwise)
 * @param port         the port (0: any free port)
 * @param passwordFile the password file, or null for the configuration's, else {@code base/data/passwd}
 */
public record ServerSettings(Path configFile, Path db, Path base, String host, int port, Path passwordFile) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;

    public ServerSettings withDb(Path d) { return new ServerSettings(configFile, d, base, host, port, passwordFile); }

    public ServerSettings withPort(int p) { return new ServerSettings(configFile, db, base, host, p, passwordFile); }

    public ServerSettings withPasswordFile(Path f) { return new ServerSettings(configFile, db, base, host, port, f); }
}
