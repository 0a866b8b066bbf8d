package org.diplokg.server.http;

/**
 * The server's limits on requests and responses, read from the configuration (properties of the
 * {@code fuseki:Server} in the diplokg config namespace, see {@code fuseki-config/config.ttl}).
 *
 * @param maxQueryBytes     largest SPARQL query or update text accepted (body, form or URL), in bytes;
 *                          larger requests are answered 413 before anything is parsed
 * @param maxUploadBytes    largest RDF upload to the graph store (PUT/POST of data), in bytes
 * @param resultBufferBytes how much of a response is held back before it is sent: a query that fails
 *                          (e.g. times out) within this many bytes is answered with its error status and
 *                          no partial body; one that fails later has its connection cut, so the client sees
 *                          an incomplete transfer rather than a short "200 OK"
 */
public record ServerLimits(long maxQueryBytes, long maxUploadBytes, int resultBufferBytes) {

    public static final ServerLimits DEFAULT = new ServerLimits(1L << 20, 256L << 20, 1 << 20);

    public ServerLimits {
        if (maxQueryBytes <= 0 || maxUploadBytes <= 0 || resultBufferBytes < 0)
            throw new IllegalArgumentException("server limits must be positive: " + maxQueryBytes + ", " + maxUploadBytes
                    + ", " + resultBufferBytes);
    }
}
