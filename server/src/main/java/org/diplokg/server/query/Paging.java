package org.diplokg.server.query;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The {@code page} parameter of a listing query: page N starts (N − 1) × LIMIT rows in. The LIMIT is the outer
 * query's, or else the first sub-query's (listings pick their page of summary rows in a sub-query, then look up
 * the values of those rows only).
 */
public final class Paging {
    private Paging() {}

    /** Sets the offset for {@code page} (1 is the first); a query without a LIMIT has one page. */
    public static void apply(Query query, long page) {
        if (page < 1) throw new IllegalArgumentException("page is counted from 1, got " + page);
        Query paged = limited(query);
        if (paged == null) {
            if (page > 1) throw new IllegalArgumentException("this query is not paged (it has no LIMIT)");
            return;
        }
        paged.setOffset((page - 1) * paged.getLimit());
    }

    private static Query limited(Query query) {
        if (query.hasLimit()) return query;
        if (query.getQueryPattern() == null) return null;
        AtomicReference<Query> found = new AtomicReference<>();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                if (found.get() == null) {
                    Query q = limited(el.getQuery());
                    if (q != null) found.set(q);
                }
            }
        });
        return found.get();
    }
}
