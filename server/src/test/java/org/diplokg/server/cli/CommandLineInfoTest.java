package org.diplokg.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.diplokg.server.http.KgServer;
import org.diplokg.server.http.ServerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line tells a user: --version, query --list, the banner of serve and up. */
class CommandLineInfoTest {

    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Context ctx() {
        return new Context(new Home(dir.resolve("home")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, ctx());
    }

    @Test
    void versionNamesDiplokgJenaAndHanLp() {
        assertEquals(0, run("--version"));
        String v = out.toString(StandardCharsets.UTF_8);
        assertTrue(v.matches("(?s)diplokg \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n.*"), v);
        assertTrue(v.contains("Apache Jena 5.6.0"), v);
        assertTrue(v.contains("HanLP portable-1.8.6"), v);
    }

    @Test
    void queryListShowsEachQuerysParametersWithWhatTheyMean() {
        assertEquals(0, run("query", "--list"));
        String list = out.toString(StandardCharsets.UTF_8);
        assertTrue(list.contains("mentions "), list);
        assertTrue(list.matches("(?s).*\n    --param entity=…\\s+the entity's IRI.*\\(required\\)\n.*"), list);
        assertTrue(list.matches("(?s).*\n    --param text=…\\s+part of a name.*"), list);
        // a query without parameters has no parameter line after it
        assertTrue(list.matches("(?s).*\ntypes\\s+[^\n]+\n(\n|[a-z]).*"), list);
    }

    @Test
    void theBannerNamesTheHomePageFirstThenTheQueryPageConsoleAndEndpoint() throws Exception {
        KgServer server = KgServer.build(new ServerSettings(Path.of("..", "fuseki-config", "config.ttl"), dir.resolve("db"), dir,
                "127.0.0.1", 0, dir.resolve("secret").resolve("passwd"))).start();
        try {
            ServeCommand.printBanner(server, ctx());
        } finally {
            server.close();
        }
        List<String> urls = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("http://")).toList();
        String base = server.baseUrl();
        assertTrue(urls.get(0).matches("  home page\\s+" + java.util.regex.Pattern.quote(base) + "\\s.*"), urls.get(0));
        assertTrue(urls.get(1).contains(base + "query "), urls.get(1));
        assertTrue(urls.get(2).contains(base + "index.html"), urls.get(2));
        assertTrue(urls.get(3).contains(server.datasetUrl() + "/query"), urls.get(3));
    }
}
