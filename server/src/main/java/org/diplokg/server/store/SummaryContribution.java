package org.diplokg.server.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.extractor.vocab.Vocab;

/**
 * What one document graph adds to the summary graph: its own row's values, the keys of the shared rows it
 * touches (meetings, meeting–agreement pairs, entities), and its typed things for the per-class counts. Read from
 * the graph itself, so the same function gives what a graph held before a write and what it holds after.
 *
 * @param doc         the document (graph) IRI
 * @param article     whether the graph states {@code <doc> a schema:NewsArticle} (only then it has a document row)
 * @param localTypes  class → things of that class local to the document (the document itself, {@code doc#…}, blank nodes)
 * @param sharedTypes (class, thing) for things whose IRI is shared across documents
 * @param attendances (meeting, person, role predicate) for each {@code dkg:chair} / {@code schema:attendee} link
 *                    between IRIs the graph states (the keys of the people-at-meeting rows)
 */
record SummaryContribution(Node doc, boolean article, Node title, Node published, String publishedFrom, String format,
                           Set<String> files, Set<Node> about, Set<Node> mentions, Set<Node> meetings,
                           Set<List<Node>> pairs, Set<Node> entityKeys, Map<Node, Integer> localTypes,
                           Set<List<Node>> sharedTypes, Map<Node, String> statements, Set<List<Node>> attendances) {

    static final Node TYPE = RDF.type.asNode();
    static final Node NEWS_ARTICLE = Vocab.schema("NewsArticle");
    static final Node MEETING = Vocab.dkg("Meeting");
    static final Node MENTIONS_AGREEMENT = Vocab.dkg("mentionsAgreement");
    static final Node PHRASE = Vocab.nif("Phrase");
    static final Node STATEMENT = Vocab.dkg("AgreementStatement");
    static final Node CHAIR = Vocab.dkg("chair");
    static final Node ATTENDEE = Vocab.schema("attendee");

    static SummaryContribution empty(Node doc) {
        return new SummaryContribution(doc, false, null, null, null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Map.of(), Set.of(), Map.of(), Set.of());
    }

    boolean isEmpty() {
        return !article && statements.isEmpty() && mentions.isEmpty() && meetings.isEmpty() && pairs.isEmpty() && attendances.isEmpty() && entityKeys.isEmpty()
                && localTypes.isEmpty() && sharedTypes.isEmpty();
    }

    /** The publication year ("2020"), when the document states a date. */
    String year() {
        if (published == null || !published.isLiteral()) return null;
        String lex = published.getLiteralLexicalForm();
        return lex.length() >= 4 && lex.substring(0, 4).chars().allMatch(Character::isDigit) ? lex.substring(0, 4) : null;
    }

    /** Whether a thing typed in this document's graph belongs to it alone. */
    static boolean isLocal(Node doc, Node thing) {
        return thing.isBlank() || thing.equals(doc) || thing.isURI() && thing.getURI().startsWith(doc.getURI() + "#");
    }

    /** Reads the graph {@code doc} of {@code dsg} (inside a transaction). */
    static SummaryContribution read(DatasetGraph dsg, Node doc) {
        return of(doc, dsg.find(doc, Node.ANY, Node.ANY, Node.ANY));
    }

    static SummaryContribution of(Node doc, Iterator<Quad> quads) {
        boolean article = false;
        String publishedFrom = null, format = null;
        Node published = null, title = null;
        Set<String> files = new TreeSet<>();
        Set<Node> about = new HashSet<>(), mentions = new HashSet<>(), meetings = new HashSet<>(), entityKeys = new HashSet<>();
        Set<List<Node>> pairs = new HashSet<>(), sharedTypes = new HashSet<>(), attendances = new HashSet<>();
        Map<Node, Integer> localTypes = new HashMap<>();
        Set<Node> statementNodes = new HashSet<>();
        Map<Node, String> statementDate = new HashMap<>(), statementAgreement = new HashMap<>();
        while (quads.hasNext()) {
            Quad q = quads.next();
            Node s = q.getSubject(), p = q.getPredicate(), o = q.getObject();
            if (s.equals(doc)) {
                switch (p.getURI()) {
                    case Vocab.SCHEMA + "headline" -> title = title == null || lex(o).compareTo(lex(title)) < 0 ? o : title;
                    case Vocab.SCHEMA + "datePublished" -> published = published == null || lex(o).compareTo(lex(published)) < 0 ? o : published;
                    case Vocab.DKG + "publishedFrom" -> publishedFrom = min(publishedFrom, lex(o));
                    case Vocab.DKG + "format" -> format = min(format, lex(o));
                    case Vocab.DKG + "sourceFile" -> files.add(lex(o));
                    case Vocab.SCHEMA + "about" -> about.add(o);
                    case Vocab.SCHEMA + "mentions" -> { mentions.add(o); entityKeys.add(o); }
                    default -> { }
                }
            }
            if (p.equals(TYPE)) {
                if (s.equals(doc) && o.equals(NEWS_ARTICLE)) article = true;
                if (o.equals(STATEMENT) && isLocal(doc, s)) statementNodes.add(s);
                if (o.equals(MEETING)) meetings.add(s);
                if (isLocal(doc, s)) localTypes.merge(o, 1, Integer::sum);
                else sharedTypes.add(List.of(o, s));
            } else if (p.equals(MENTIONS_AGREEMENT)) {
                pairs.add(List.of(s, o));
                meetings.add(s);
            } else if (p.getURI().equals(Vocab.DKG + "date")) {
                statementDate.merge(s, lex(o), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
            if ((p.equals(CHAIR) || p.equals(ATTENDEE)) && s.isURI() && o.isURI()) attendances.add(List.of(s, o, p));
            if (p.getURI().equals(Vocab.DKG + "agreement")) statementAgreement.merge(s, lex(o), SummaryContribution::min);
            if (p.getURI().equals(Vocab.DKG + "agreement") || p.getURI().equals(Vocab.DKG + "chair")
                    || p.getURI().equals(Vocab.SCHEMA + "attendee")) {
                if (o.isURI()) entityKeys.add(o);
            } else if (p.getURI().equals(Vocab.SCHEMA + "jobTitle") && s.isURI() && !isLocal(doc, s)) {
                entityKeys.add(s);
            }
        }
        // Statements newest first (the latest date a statement states), then by agreement and IRI.
        Map<Node, String> statements = new HashMap<>();
        for (Node st : statementNodes) {
            statements.put(st, new SummaryGraph.Key().desc(statementDate.get(st)).asc(statementAgreement.get(st)).asc(st.toString()).string());
        }
        return new SummaryContribution(doc, article, title, published, publishedFrom, format, files, about, mentions, meetings,
                pairs, entityKeys, localTypes, sharedTypes, statements, attendances);
    }

    private static String lex(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static String min(String a, String b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }
}
