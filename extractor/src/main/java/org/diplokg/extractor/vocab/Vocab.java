package org.diplokg.extractor.vocab;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** IRIs of the diplokg vocabulary, its graphs and the reused vocabularies (see ontology/README.md). */
public final class Vocab {
    private Vocab() {}

    public static final String BASE = "https://w3id.org/diplokg/";
    public static final String DKG = BASE + "ns#";
    public static final String ID = BASE + "id/";
    public static final String DOC = BASE + "doc/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";

    /** The prefixes every output of diplokg uses (ontology/README.md), by prefix. */
    public static final java.util.SortedMap<String, String> PREFIXES = java.util.Collections.unmodifiableSortedMap(
            new java.util.TreeMap<>(java.util.Map.ofEntries(
                    java.util.Map.entry("dkg", DKG), java.util.Map.entry("id", ID), java.util.Map.entry("doc", DOC),
                    java.util.Map.entry("schema", SCHEMA), java.util.Map.entry("org", ORG), java.util.Map.entry("skos", SKOS),
                    java.util.Map.entry("prov", PROV), java.util.Map.entry("nif", NIF), java.util.Map.entry("itsrdf", ITSRDF),
                    java.util.Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
                    java.util.Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
                    java.util.Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
                    java.util.Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
                    java.util.Map.entry("dcterms", "http://purl.org/dc/terms/"),
                    java.util.Map.entry("sh", "http://www.w3.org/ns/shacl#"))));

    public static final String REFERENCE_GRAPH = BASE + "graph/reference";
    public static final String ONTOLOGY_GRAPH = BASE + "graph/ontology";

    public static Node dkg(String local) { return NodeFactory.createURI(DKG + local); }
    public static Node schema(String local) { return NodeFactory.createURI(SCHEMA + local); }
    public static Node org(String local) { return NodeFactory.createURI(ORG + local); }
    public static Node skos(String local) { return NodeFactory.createURI(SKOS + local); }
    public static Node prov(String local) { return NodeFactory.createURI(PROV + local); }
    public static Node nif(String local) { return NodeFactory.createURI(NIF + local); }
    public static Node itsrdf(String local) { return NodeFactory.createURI(ITSRDF + local); }

    /** Hex digits of the content hash that name a document (96 bits: no collision in any realistic corpus). */
    public static final int DOCUMENT_HASH_DIGITS = 24;

    /**
     * The IRI of a document, which is also the name of the graph holding what was extracted from it: minted from
     * the SHA-256 of the file's bytes, so it does not depend on where the file lies or what it is called, and
     * byte-identical files are one document.
     */
    public static String documentIriFor(String sha256) {
        return DOC + sha256.substring(0, Math.min(DOCUMENT_HASH_DIGITS, sha256.length()));
    }

    /** Percent-encodes a key for use as one IRI path segment (UTF-8; '/' encoded too). */
    public static String encode(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
