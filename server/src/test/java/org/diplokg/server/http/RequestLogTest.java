package org.diplokg.server.http;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.properties.PropertiesConfigurationFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

/** The shipped log configuration writes only the first few hundred characters of a request log line. */
class RequestLogTest {

    @Test
    void aHugeQueryIsLoggedByItsFirstFewHundredCharacters() throws Exception {
        URL url = RequestLogTest.class.getClassLoader().getResource("log4j2.properties");
        assertNotNull(url, "log4j2.properties on the class path");
        Configuration config;
        try (InputStream in = url.openStream()) {
            config = new PropertiesConfigurationFactory().getConfiguration(new LoggerContext("test"), new ConfigurationSource(in, url));
        }
        config.initialize();
        LoggerConfig fuseki = config.getLoggerConfig("org.apache.jena.fuseki.Fuseki");
        assertTrue(fuseki.getLevel().isLessSpecificThan(Level.INFO) || fuseki.getLevel() == Level.INFO, "the request log is on");
        assertTrue(fuseki.getAppenders().size() == 1 && !fuseki.isAdditive(), "request lines go to one appender only");
        Appender appender = fuseki.getAppenders().values().iterator().next();
        String query = "[7] Query = SELECT * { ?s ?p ?o } # " + "x".repeat(10 << 20);
        Log4jLogEvent event = Log4jLogEvent.newBuilder().setLoggerName("org.apache.jena.fuseki.Fuseki").setLevel(Level.INFO)
                .setMessage(new SimpleMessage(query)).build();
        String line = new String(appender.getLayout().toByteArray(event), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(line.length() < 400, "logged " + line.length() + " characters");
        assertTrue(line.contains("[7] Query = SELECT * { ?s ?p ?o }"), line);
    }
}
