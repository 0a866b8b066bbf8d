package org.diplokg.server.web;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplokg.server.search.Search;

/**
 * Search through the full-text index ({@link Search}): entities by their names in any script, then documents by their
 * text (or through {@link SparqlSearch} when the dataset has no index). The index answers a lookup in tens of milliseconds at any store size, where {@link SparqlSearch} reads every
 * label (0.5 s at 5,000 documents, growing with the store).
 */
public final class IndexSearch implements SearchSource {

    private final SearchSource withoutIndex = new SparqlSearch();

    @Override
    public List<Hit> search(DatasetGraph dsg, String text, int limit) {
        // A dataset served without the index (a configuration of one's own) is still searchable, slowly.
        if (dsg.getContext().get(TextQuery.textIndex) == null) return withoutIndex.search(dsg, text, limit);
        List<Hit> hits = new ArrayList<>();
        for (Search.EntityHit e : Search.entities(dsg, text)) {
            if (hits.size() >= limit) return hits;
            if (e.iri().contains("#")) continue; // offices, statements: shown on their documents' pages
            hits.add(new Hit(e.iri(), e.type(), e.name(), e.documents()));
        }
        for (Search.DocumentHit d : Search.documents(dsg, text, Math.max(1, limit - hits.size()))) {
            hits.add(new Hit(d.iri(), null, d.title() != null ? d.title() : d.snippet(), 1));
        }
        return hits;
    }
}
