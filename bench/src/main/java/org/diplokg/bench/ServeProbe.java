package org.diplokg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.diplokg.server.cli.Home;
import org.diplokg.server.cli.Main;

/**
 * Measures {@code serve} from a cold start: a new JVM runs {@code diplokg serve} on the database, and
 * the time runs from starting that process until the first query is answered over HTTP. A new process,
 * not a server started inside the benchmark's JVM, because a user's server starts with nothing loaded.
 */
final class ServeProbe {

    static final String MODE = "subprocess";
    static final String QUERY = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1";
    private static final Duration GIVE_UP = Duration.ofMinutes(3);

    private final Path home;
    private final Path db;
    private final Path passwordFile;
    private final Path log;

    ServeProbe(Path home, Path db, Path passwordFile, Path log) {
        this.home = home;
        this.db = db;
        this.passwordFile = passwordFile;
        this.log = log;
    }

    /** One cold start; returns milliseconds from process start to the first answer. */
    double startToFirstAnswerMillis() throws IOException, InterruptedException {
        int port = freePort();
        List<String> cmd = JavaProcess.command(List.of("-D" + Home.PROPERTY + "=" + home), Main.class,
                List.of("serve", "--db", db.toString(), "--port", Integer.toString(port), "--passwd", passwordFile.toString()));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/kg/query?query="
                        + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).GET().build();
        long t0 = System.nanoTime();
        Process server = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            while (System.nanoTime() - t0 < GIVE_UP.toNanos()) {
                if (!server.isAlive()) {
                    throw new IOException("the server stopped with exit code " + server.exitValue() + " before answering; see " + log);
                }
                try {
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) return (System.nanoTime() - t0) / 1e6;
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
            throw new IOException("the server did not answer within " + GIVE_UP.toSeconds() + " s; see " + log);
        } finally {
            server.destroy();
            if (!server.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
                server.waitFor();
            }
        }
    }

    List<Double> measure(int runs) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) millis.add(startToFirstAnswerMillis());
        return millis;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
