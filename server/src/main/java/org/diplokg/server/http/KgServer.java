package org.diplokg.server.http;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.diplokg.server.query.QueryCatalogue;
import org.diplokg.server.store.Store;
import org.diplokg.server.web.WebPages;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki: the dataset and endpoints from the configuration, the web console without the
 * admin module (dataset list, query, info and upload pages; nothing that creates or deletes
 * datasets), ping and stats. Built from {@link ServerSettings}; {@link #start()} binds the port.
 *
 * <p>Hardened for a public query endpoint: SERVICE is refused everywhere (no request leaves the
 * server), request sizes are limited before parsing ({@link RequestSizeFilter}), a response that fails
 * part-way is never a "200 OK" ({@link ResultGuardFilter}), everything under {@code /$/} but ping needs
 * the admin login ({@link AdminPathFilter}), and updates and uploads may not LOAD files or write to the
 * default graph ({@link SparqlChecks}).
 */
public final class KgServer implements AutoCloseable {

    /** The dataset's name in URLs. */
    public static final String DATASET = "kg";

    private final FusekiServer server;
    private final Path location;
    private final Path passwordFile;
    private final boolean passwordFileCreated;
    private final String host;
    private final QueryCatalogue catalogue;
    private CompletableFuture<Void> listingsReady = CompletableFuture.completedFuture(null);

    private KgServer(FusekiServer server, Path location, Path passwordFile, boolean created, String host, QueryCatalogue catalogue) {
        this.server = server;
        this.catalogue = catalogue;
        this.location = location;
        this.passwordFile = passwordFile;
        this.passwordFileCreated = created;
        this.host = host;
    }

    public static KgServer build(ServerSettings settings) throws IOException {
        ServerConfig config = ServerConfig.load(settings.configFile());
        Path location = config.resolveLocation(settings.db(), settings.base());
        Store.checkUsable(location); // a folder of other files is refused before TDB2 writes into it
        Path configured = config.takePasswordFile(settings.base()).orElse(null);
        Path passwd = settings.passwordFile() != null ? settings.passwordFile()
                : configured != null ? configured : settings.base().resolve("data").resolve("passwd");
        passwd = passwd.toAbsolutePath().normalize();
        boolean created = PasswordFile.ensure(passwd);

        ServerLimits limits = config.limits();
        AtomicReference<Set<String>> datasets = new AtomicReference<>(Set.of());
        QueryCatalogue catalogue = QueryCatalogue.load(java.util.Optional.ofNullable(settings.base()).map(b -> b.resolve("queries")));
        FusekiServer.Builder builder = FusekiServer.create()
                .fusekiModules(FusekiModules.create(new FMod_UI()))
                // The console asks /$/server for the dataset list; FMod_UI needs the server-control object to start.
                .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(null))
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new KgOperations.QueryService())
                .registerOperation(Operation.Update, WebContent.contentTypeSPARQLUpdate, new KgOperations.UpdateService())
                .registerOperation(Operation.GSP_RW, null, new KgOperations.GraphStore())
                .parseConfig(config.model())
                .passwordFile(passwd.toString())
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus())
                // our SPARQL page: project prefixes, the named queries, IRIs linked to the local pages
                .addServlet("/query", new QueryPageServlet(DATASET, catalogue));
        WebPages.register(builder, DATASET, settings.base()); // home, search, named queries, pages at the IRIs' own paths
        FusekiServer server = builder
                // In this order: the guard holds back what the others answer, so an upload found too large
                // while it is read can still be answered 413.
                .addFilter("/*", new ResultGuardFilter(limits.resultBufferBytes(), path -> isDatasetPath(datasets.get(), path)))
                .addFilter("/*", new RequestSizeFilter(limits))
                .addFilter("/*", new AdminPathFilter(Set.of(PasswordFile.ADMIN), Auth.dftRealm))
                .port(settings.port())
                .build();
        datasets.set(Set.copyOf(server.getDataAccessPointRegistry().keys()));
        KgOperations.trackSummary(server); // graph-store writes keep the summary graph current
        // No SERVICE: the query and update handlers refuse it with a message; this stops any other path.
        Fuseki.getContext().set(ARQ.httpServiceAllowed, false);
        ServletContextHandler context = server.getJettyServer().getDescendant(ServletContextHandler.class);
        // HTML-form bodies (query= / update=) are read by Jetty itself: the same limit as for other SPARQL text.
        context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE - 1, limits.maxQueryBytes()));
        protectAdminPaths(context);
        String host = settings.host() == null || settings.host().isBlank() ? ServerSettings.DEFAULT_HOST : settings.host();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setHost(host);
        }
        WebPages.acceptUnencodedPaths(server.getJettyServer());
        return new KgServer(server, location, passwd, created, host, catalogue);
    }

    /** Everything under /$/ but ping asks for a login (the user is checked by {@link AdminPathFilter}). */
    private static void protectAdminPaths(ServletContextHandler context) {
        if (!(context.getSecurityHandler() instanceof ConstraintSecurityHandler csh))
            throw new IllegalStateException("no login handler for " + AdminPathFilter.PREFIX + " (is there a password file?)");
        ConstraintMapping admin = new ConstraintMapping();
        admin.setPathSpec(AdminPathFilter.PREFIX + "*");
        admin.setConstraint(new Constraint.Builder().name(csh.getAuthenticator().getAuthenticationType())
                .authorization(Constraint.Authorization.ANY_USER).build());
        csh.addConstraintMapping(admin);
        ConstraintMapping ping = new ConstraintMapping();
        ping.setPathSpec(AdminPathFilter.PING);
        ping.setConstraint(Constraint.ALLOWED);
        csh.addConstraintMapping(ping);
    }

    /** Whether the path is a dataset's or one of its endpoints' ({@code /kg}, {@code /kg/query} …). */
    static boolean isDatasetPath(Set<String> datasets, String path) {
        for (String d : datasets) {
            if (path.equals(d) || path.startsWith(d + "/")) return true;
        }
        return false;
    }

    /** Binds and starts; a port already taken is reported as such, not as a stack of Jetty exceptions. */
    public KgServer start() {
        try {
            server.start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException || String.valueOf(t.getMessage()).contains("Failed to bind")) {
                    int port = ((ServerConnector) server.getJettyServer().getConnectors()[0]).getPort();
                    throw new IllegalStateException("cannot listen on " + host + ":" + port
                            + " (is another server using it?); choose another port with --port", e);
                }
            }
            throw e;
        }
        var access = server.getDataAccessPointRegistry().get("/" + DATASET);
        if (access != null) listingsReady = ListingWarmUp.start(access.getDataService().getDataset(), catalogue.all());
        return this;
    }

    /** Completes when every named listing has been read once after {@link #start()} (see {@link ListingWarmUp}). */
    public CompletableFuture<Void> listingsReady() { return listingsReady; }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    public int port() { return server.getHttpPort(); }

    public String host() { return host; }

    /** The TDB2 folder being served. */
    public Path location() { return location; }

    public Path passwordFile() { return passwordFile; }

    /** Whether the password file was made by this server (a new random admin password). */
    public boolean passwordFileCreated() { return passwordFileCreated; }

    /** {@code http://host:port/} (IPv6 hosts in brackets; the wildcard shown as localhost). */
    public String baseUrl() {
        String h = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    public String datasetUrl() { return baseUrl() + DATASET; }

    public FusekiServer fuseki() { return server; }
}
