package org.diplokg.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.FmtUtils;
import org.diplokg.extractor.text.HanLp;

/**
 * Search without an index: labels, aliases, acronyms, names as written and headlines that contain the text
 * (case-insensitive), tried in the script written and converted to the other one (HanLP's tables), so 區域全面
 * finds the agreement labelled 区域全面. A scan of the label values: fine for thousands of documents; the
 * full-text index replaces it for large stores.
 */
public final class SparqlSearch implements SearchSource {

    /**
     * One scan per label predicate with one filter, and no property path inside {@code GRAPH ?doc} (ARQ walks every
     * graph for it): 0.5 s at 5,000 documents where the path form took 14 s, and 0.17 s on the seeds where VALUES of
     * texts joined to a path took 1.5 s.
     */
    private static final String QUERY = PageGraph.PREFIXES + """
            SELECT ?entity (SAMPLE(?type) AS ?class) (SAMPLE(?matched) AS ?label) (COUNT(DISTINCT ?doc) AS ?documents)
            WHERE {
              { SELECT DISTINCT ?entity ?matched WHERE {
                  VALUES ?p { skos:prefLabel skos:altLabel skos:hiddenLabel dkg:acronym rdfs:label schema:name schema:headline }
                  ?entity ?p ?matched .
                  FILTER(isIRI(?entity) && ($tests))
                } }
              OPTIONAL { ?entity a ?type }
              OPTIONAL { { GRAPH ?doc { ?doc schema:mentions ?entity } } UNION { GRAPH ?doc { ?doc schema:about ?entity } }
                         UNION { GRAPH ?doc { ?doc dkg:inferredAbout ?entity } } }
            }
            GROUP BY ?entity
            ORDER BY DESC(?documents) ?entity
            LIMIT $limit
            """;

    @Override
    public List<Hit> search(DatasetGraph dsg, String text, int limit) {
        String t = text.strip().toLowerCase();
        if (t.isEmpty()) return List.of();
        Set<String> forms = new LinkedHashSet<>(List.of(t, HanLp.toSimplified(t), HanLp.toTraditional(t)));
        List<String> tests = new ArrayList<>();
        for (String f : forms) tests.add("CONTAINS(LCASE(STR(?matched)), " + FmtUtils.stringForNode(NodeFactory.createLiteralString(f)) + ")");
        Query q = QueryFactory.create(QUERY.replace("$tests", String.join(" || ", tests)).replace("$limit", String.valueOf(limit)));
        Map<String, Hit> hits = new LinkedHashMap<>();
        for (PageGraph.Row r : new PageGraph(dsg, Script.HANS).select(q)) {
            String iri = r.iri("entity");
            if (iri == null || iri.contains("#")) continue; // offices, statements: shown on their documents' pages
            long docs = Kind.of(iri) == Kind.DOCUMENT ? 1 : r.number("documents");
            hits.putIfAbsent(iri, new Hit(iri, r.iri("class"), r.text("label"), docs));
        }
        return new ArrayList<>(hits.values());
    }
}
