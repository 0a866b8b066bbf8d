package org.diplokg.server.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;

import org.diplokg.extractor.vocab.Vocab;

/** The prefixes every output of diplokg uses (ontology/README.md), so exports and tables read the same way. */
public final class Prefixes {
    private Prefixes() {}

    private static final Map<String, String> STANDARD = standard();

    private static Map<String, String> standard() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dkg", Vocab.DKG);
        m.put("id", Vocab.ID);
        m.put("doc", Vocab.DOC);
        m.put("schema", Vocab.SCHEMA);
        m.put("org", Vocab.ORG);
        m.put("skos", Vocab.SKOS);
        m.put("prov", Vocab.PROV);
        m.put("nif", Vocab.NIF);
        m.put("itsrdf", Vocab.ITSRDF);
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("sh", "http://www.w3.org/ns/shacl#");
        return Map.copyOf(m);
    }

    /** Prefix → namespace, in a stable order. */
    public static Map<String, String> map() {
        Map<String, String> ordered = new LinkedHashMap<>();
        STANDARD.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
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
