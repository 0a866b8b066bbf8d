package org.diplokg.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code diplokg --version} prints: the project's version as Maven built it, and the versions of Jena and
 * HanLP actually on the class path (their jars' own metadata), falling back to the versions the build pinned.
 */
final class Version {
    private Version() {}

    static final String BUILD_PROPERTIES = "diplokg/build.properties";

    static String text() {
        Properties build = properties(BUILD_PROPERTIES).orElseGet(Properties::new);
        String version = build.getProperty("version", "unknown");
        // the shaded jar loses Jena's own version resource (Jena.VERSION reads "<development>" there)
        String jena = properties("META-INF/maven/org.apache.jena/jena-core/pom.properties").map(p -> p.getProperty("version"))
                .or(Version::jenaVersion).orElse(build.getProperty("jena", "unknown"));
        String hanlp = properties("META-INF/maven/com.hankcs/hanlp/pom.properties").map(p -> p.getProperty("version"))
                .orElse(build.getProperty("hanlp", "unknown"));
        return "diplokg " + version + "\n"
                + "Apache Jena " + jena + " (TDB2, Fuseki)\n"
                + "HanLP " + hanlp + "\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n";
    }

    private static Optional<String> jenaVersion() {
        try {
            String v = org.apache.jena.Jena.VERSION;
            return v == null || !v.matches("\\d.*") ? Optional.empty() : Optional.of(v);
        } catch (LinkageError e) {
            return Optional.empty();
        }
    }

    private static Optional<Properties> properties(String resource) {
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return Optional.empty();
            Properties p = new Properties();
            p.load(in);
            return Optional.of(p);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
