package org.diplokg.server.store;

import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;

/**
 * A graph loaded beside the documents (the reference knowledge base, the ontology): written on first
 * use and rewritten whenever its content hash changes.
 *
 * @param iri     the graph's name
 * @param label   what to call it in messages ("reference graph")
 * @param content sends the graph's triples or quads (in this graph) to the stream
 */
public record StaticGraph(String iri, String label, Consumer<StreamRDF> content) {}
