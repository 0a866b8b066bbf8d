package org.diplokg.server.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;

import org.diplokg.extractor.vocab.Vocab;

/** The prefixes every output of diplokg uses ({@link Vocab#PREFIXES}) in the forms Jena's writers take. */
public final class Prefixes {
    private Prefixes() {}

    /** Prefix → namespace, in a stable order ({@link Vocab#PREFIXES}). */
    public static Map<String, String> map() {
        return new LinkedHashMap<>(Vocab.PREFIXES);
    }

    public static PrefixMap prefixMap() {
        return PrefixMapFactory.create(map());
    }

    public static PrefixMapping prefixMapping() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(map());
        return pm;
    }
}
