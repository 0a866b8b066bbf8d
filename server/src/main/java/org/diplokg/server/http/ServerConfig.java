package org.diplokg.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The Fuseki configuration as a model that can be adjusted before the server is built: the database
 * location replaced by {@code --db} (or made absolute), the password file taken out so the command
 * line can decide it.
 */
public final class ServerConfig {

    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String FUSEKI = "http://jena.apache.org/fuseki#";
    static final String RESOURCE = "diplokg/fuseki-config/config.ttl";
    /** The namespace of diplokg's own settings in the configuration. */
    static final String CONFIG = "https://w3id.org/diplokg/config#";

    private final Model model;

    private ServerConfig(Model model) {
        this.model = model;
    }

    /** Reads the file, or the copy shipped in the jar when {@code file} is null. */
    public static ServerConfig load(Path file) {
        Model m = ModelFactory.createDefaultModel();
        if (file != null) {
            RDFParser.source(file).lang(Lang.TURTLE).parse(m);
        } else {
            try (InputStream in = ServerConfig.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("no Fuseki configuration in the jar (" + RESOURCE + ")");
                RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ServerConfig(m);
    }

    public Model model() { return model; }

    /** The TDB2 locations the configuration names (normally one). */
    public List<String> locations() {
        return model.listStatements(null, tdb2("location"), (RDFNode) null).mapWith(s -> s.getObject().toString()).toList();
    }

    /**
     * Points every TDB2 dataset at {@code db}, or, when it is null, makes the configured locations
     * absolute against {@code base}. Returns the location used (the first one).
     */
    public Path resolveLocation(Path db, Path base) {
        Path first = null;
        for (Statement s : model.listStatements(null, tdb2("location"), (RDFNode) null).toList()) {
            Path loc = db != null ? db : base.resolve(s.getObject().isLiteral() ? s.getString() : s.getObject().toString());
            loc = loc.toAbsolutePath().normalize();
            if (first == null) first = loc;
            model.remove(s);
            model.add(s.getSubject(), s.getPredicate(), loc.toString());
        }
        if (first == null) throw new IllegalStateException("the configuration has no TDB2 dataset (tdb2:location)");
        org.diplokg.server.search.TextIndexes.placeIndex(model, first); // the text index: inside the database folder
        return first;
    }

    /** Removes the server's {@code fuseki:passwd} and returns it, read against {@code base}. */
    public Optional<Path> takePasswordFile(Path base) {
        Property p = model.createProperty(FUSEKI, "passwd");
        List<Statement> found = model.listStatements(null, p, (RDFNode) null).toList();
        model.remove(found);
        return found.stream().findFirst().map(s -> s.getObject().isLiteral() ? s.getString() : s.getObject().toString())
                .map(v -> v.startsWith("file:") ? Path.of(java.net.URI.create(v)) : base.resolve(v));
    }

    /**
     * The request and response limits: {@code :maxQueryBytes}, {@code :maxUploadBytes} and
     * {@code :resultBufferBytes} on the {@code fuseki:Server}, each defaulting to {@link ServerLimits#DEFAULT}.
     */
    public ServerLimits limits() {
        ServerLimits d = ServerLimits.DEFAULT;
        return new ServerLimits(number("maxQueryBytes", d.maxQueryBytes()), number("maxUploadBytes", d.maxUploadBytes()),
                Math.toIntExact(number("resultBufferBytes", d.resultBufferBytes())));
    }

    private long number(String local, long dflt) {
        Property p = model.createProperty(CONFIG, local);
        List<Statement> found = model.listStatements(null, p, (RDFNode) null).toList();
        if (found.isEmpty()) return dflt;
        RDFNode o = found.get(0).getObject();
        try {
            return Long.parseLong(o.isLiteral() ? o.asLiteral().getLexicalForm().strip() : o.toString());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("the configuration's :" + local + " is not a number of bytes: " + o);
        }
    }

    private Property tdb2(String local) {
        return model.createProperty(TDB2, local);
    }
}
