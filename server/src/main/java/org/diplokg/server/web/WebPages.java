package org.diplokg.server.web;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.diplokg.server.query.QueryCatalogue;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/** Puts the web front end on a Fuseki server being built (one call from KgServer). */
public final class WebPages {
    private WebPages() {}

    /** The paths served; the console keeps the rest ({@code /index.html}, its scripts, {@code /$/…}). */
    static final String[] PATHS = {"", "/search", "/queries", "/queries/*", "/id/*", "/doc/*", "/page", "/page/*"};

    /**
     * @param base the project folder: named queries from its {@code queries/} when present, else the shipped ones
     */
    public static FusekiServer.Builder register(FusekiServer.Builder builder, String dataset, Path base) {
        return register(builder, dataset, QueryCatalogue.load(Optional.ofNullable(base).map(b -> b.resolve("queries"))), new SparqlSearch());
    }

    /**
     * Lets a path carry its characters unencoded ({@code /id/person/蒙卡达}, as curl sends it; browsers encode): Jetty's
     * default compliance answers such a request 400 "Illegal Path Character" before any servlet sees it.
     */
    public static void acceptUnencodedPaths(Server jetty) {
        for (Connector c : jetty.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http == null) continue;
            HttpConfiguration config = http.getHttpConfiguration();
            config.setUriCompliance(config.getUriCompliance().with("diplokg", UriCompliance.Violation.ILLEGAL_PATH_CHARACTERS));
        }
    }

    public static FusekiServer.Builder register(FusekiServer.Builder builder, String dataset, QueryCatalogue catalogue, SearchSource search) {
        WebServlet servlet = new WebServlet(dataset, catalogue, search);
        // HanLP loads its conversion tables on first use (measured 0.5 s to simplified, 2.9 s to traditional):
        // loaded in the background at start, not by the first reader's search.
        Thread warmUp = new Thread(() -> Labels.warmUp(), "web-script-tables");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
        for (String p : PATHS) builder.addServlet(p, servlet);
        return builder;
    }
}
