package org.diplokg.server.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.extractor.vocab.Vocab;

/**
 * The summary graph ({@link #GRAPH}): precomputed rows the named queries read instead of grouping every mention.
 * <ul>
 * <li>a row per document (title, date, format, files, counts of meetings, entities and NIF phrases);</li>
 * <li>a row per meeting reported by a document (names, dates, place, chair … from the reference data, else the
 *     smallest value any reporting document states; the number of documents);</li>
 * <li>a row per (meeting, agreement) stated together ({@code dkg:mentionsAgreement}), with the documents stating it;</li>
 * <li>a row per (meeting, person, role) a document states ({@code dkg:chair} or {@code schema:attendee}), with the
 *     documents stating it, the person's name and the title they give the person;</li>
 * <li>a row per entity some document mentions (document count; for agreements their status statements, for people
 *     their titles and meetings);</li>
 * <li>a row per class (things of that class in document graphs, documents holding one, reference count) and per
 *     publication year (documents).</li>
 * </ul>
 * Every row has a stable IRI derived from its key ({@code summary/KIND/HASH}), and listing rows carry an
 * {@code sum:…Order} string whose codepoint order is the listing's order, so a page is a sort of one literal per
 * row. {@link SummaryTracker} keeps the graph current in the same transaction as every document graph write;
 * {@link #recompute} builds it from the store, which is also how it is rebuilt and checked.
 */
public final class SummaryGraph {

    public static final String GRAPH = Vocab.BASE + "graph/summary";
    public static final String NS = Vocab.BASE + "ns/summary#";
    static final Node G = NodeFactory.createURI(GRAPH);
    static final Node REFERENCE = NodeFactory.createURI(Vocab.REFERENCE_GRAPH);
    static final String ROW = Vocab.BASE + "summary/";

    private static final Node TYPE = SummaryContribution.TYPE;
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    private static final Node PREF_LABEL = Vocab.skos("prefLabel");

    private SummaryGraph() {}

    static Node p(String local) { return NodeFactory.createURI(NS + local); }

    static boolean isDocumentGraph(Node g) {
        return g != null && g.isURI() && g.getURI().startsWith(Vocab.DOC);
    }

    // ---- the whole graph from the store

    /** The summary graph as the store's document graphs and reference data make it, in memory. */
    public static Graph expected(DatasetGraph dsg) {
        Graph out = GraphFactory.createDefaultGraph();
        build(dsg, out::add);
        return out;
    }

    /** Sends the rows of the summary graph made from scratch to {@code out}, row by row (nothing held but the keys). */
    private static void build(DatasetGraph dsg, java.util.function.Consumer<org.apache.jena.graph.Triple> sink) {
        Consumer<Quad> out = q -> sink.accept(q.asTriple());
        Set<Node> docs = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (isDocumentGraph(g)) docs.add(g);
        }
        Totals totals = new Totals();
        for (Node doc : docs) totals.add(SummaryContribution.read(dsg, doc), out);
        totals.sharedRows(dsg, out);
    }

    /**
     * The summary made one document at a time: each document's own rows are sent as it is added, and what rows
     * shared by documents need (per-year and per-class counts, the keys of meetings, entities and pairs) is kept
     * until {@link #sharedRows}, which reads those rows' values from the store once. Used to build the summary from
     * the store, and by a bulk load into an empty store as its documents go by ({@link BulkSummary}).
     */
    static final class Totals {
        private final Map<String, Long> years = new HashMap<>();
        private final Map<Node, long[]> classes = new HashMap<>(); // inDocuments, documents, reference
        private final Set<List<Node>> shared = new HashSet<>();
        private final Set<Node> meetings = new HashSet<>(), entities = new HashSet<>();
        private final Set<List<Node>> pairs = new HashSet<>(), attendances = new HashSet<>();

        /** Counts a document's contribution in and sends the rows that are its alone (document row, statement keys). */
        void add(SummaryContribution c, Consumer<Quad> out) {
            documentRow(c).forEach(out);
            statementKeys(c).forEach(out);
            if (c.article() && c.year() != null) years.merge(c.year(), 1L, Long::sum);
            c.localTypes().forEach((cls, n) -> classes.computeIfAbsent(cls, k -> new long[3])[0] += n);
            shared.addAll(c.sharedTypes());
            for (Node cls : classesOf(c)) classes.computeIfAbsent(cls, k -> new long[3])[1]++;
            meetings.addAll(c.meetings());
            entities.addAll(c.entityKeys());
            pairs.addAll(c.pairs());
            attendances.addAll(c.attendances());
        }

        /** Sends the year, class, meeting, entity, pair and attendance rows of every document added (reads the store). */
        void sharedRows(DatasetGraph dsg, Consumer<Quad> out) {
            Rows rows = new Rows(dsg);
            Map<Node, long[]> counts = new HashMap<>();
            classes.forEach((cls, v) -> counts.put(cls, v.clone()));
            for (List<Node> t : shared) counts.computeIfAbsent(t.get(0), k -> new long[3])[0]++;
            referenceCounts(dsg).forEach((cls, n) -> counts.computeIfAbsent(cls, k -> new long[3])[2] = n);
            years.forEach((y, n) -> yearRow(y, n).forEach(out));
            counts.forEach((cls, v) -> classRow(cls, v).forEach(out));
            for (Node m : meetings) rows.meetingRow(m).forEach(out);
            for (Node x : entities) rows.entityRow(x).forEach(out);
            for (List<Node> pr : pairs) rows.pairRow(pr.get(0), pr.get(1)).forEach(out);
            for (List<Node> at : attendances) rows.attendanceRow(at.get(0), at.get(1), at.get(2)).forEach(out);
        }
    }

    /** The summary graph as stored. */
    public static Graph stored(DatasetGraph dsg) {
        Graph out = GraphFactory.createDefaultGraph();
        dsg.find(G, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        return out;
    }

    /** Replaces the stored summary graph by one made from scratch (inside a write transaction); returns its size. */
    public static long recompute(DatasetGraph dsg) {
        dsg.deleteAny(G, Node.ANY, Node.ANY, Node.ANY);
        long[] n = {0};
        build(dsg, t -> {
            if (!dsg.contains(G, t.getSubject(), t.getPredicate(), t.getObject())) n[0]++;
            dsg.add(G, t.getSubject(), t.getPredicate(), t.getObject());
        });
        return n[0];
    }

    /** Number of triples in which the stored summary and one made from scratch differ (0 when it is current). */
    public static long difference(DatasetGraph dsg) {
        Graph want = expected(dsg), have = stored(dsg);
        long n = 0;
        for (var it = want.find(); it.hasNext(); ) if (!have.contains(it.next())) n++;
        for (var it = have.find(); it.hasNext(); ) if (!want.contains(it.next())) n++;
        return n;
    }

    /** {@code <statement> sum:statementOrder "key"}: the order of agreement-statements, one quad per statement. */
    private static List<Quad> statementKeys(SummaryContribution c) {
        List<Quad> out = new ArrayList<>(c.statements().size());
        c.statements().forEach((st, key) -> out.add(Quad.create(G, st, p("statementOrder"), NodeFactory.createLiteralString(key))));
        return out;
    }

    private static Set<Node> classesOf(SummaryContribution c) {
        Set<Node> out = new HashSet<>(c.localTypes().keySet());
        for (List<Node> t : c.sharedTypes()) out.add(t.get(0));
        return out;
    }

    private static Map<Node, Long> referenceCounts(DatasetGraph dsg) {
        Map<Node, Set<Node>> byClass = new HashMap<>();
        dsg.find(REFERENCE, Node.ANY, TYPE, Node.ANY)
                .forEachRemaining(q -> byClass.computeIfAbsent(q.getObject(), k -> new HashSet<>()).add(q.getSubject()));
        Map<Node, Long> out = new HashMap<>();
        byClass.forEach((c, xs) -> out.put(c, (long) xs.size()));
        return out;
    }

    // ---- a bulk load under way

    /**
     * Written with the first commit of a bulk load into an empty store ({@link BulkSummary}), which leaves the rows
     * shared by documents and the text index to its end, and deleted in its last commit. A store that still holds it
     * was left by a load that died half-way; it is completed ({@link #recompute}, the index rebuilt) when next opened.
     */
    static final Quad PENDING = Quad.create(G, NodeFactory.createURI(ROW + "state"), p("state"),
            NodeFactory.createLiteralString("bulk load incomplete"));

    /** Whether a bulk load left this summary incomplete (call inside a transaction on the TDB2 dataset). */
    public static boolean pending(DatasetGraph dsg) {
        return dsg.contains(PENDING);
    }

    // ---- incremental update

    /**
     * Brings the summary up to date for the document graphs written in this transaction: {@code before} holds what
     * each graph contributed before the transaction changed it; what it contributes now is read from the store
     * (or taken from {@code after} when the writer knows it). Runs inside the write transaction.
     */
    static void update(DatasetGraph dsg, Map<Node, SummaryContribution> before, Map<Node, SummaryContribution> after) {
        Rows rows = new Rows(dsg);
        Map<Node, SummaryContribution> now = new HashMap<>();
        for (Node doc : before.keySet()) {
            SummaryContribution known = after.get(doc);
            now.put(doc, known != null ? known : SummaryContribution.read(dsg, doc));
        }
        Map<String, Long> years = new HashMap<>();
        Map<Node, long[]> classes = new HashMap<>();
        Map<List<Node>, int[]> sharedTouched = new HashMap<>(); // (class, thing) → [docs now, docs before] among the touched
        Set<Node> meetings = new LinkedHashSet<>(), entities = new LinkedHashSet<>();
        Set<List<Node>> pairs = new LinkedHashSet<>(), attendances = new LinkedHashSet<>();
        for (Node doc : before.keySet()) {
            SummaryContribution old = before.get(doc), cur = now.get(doc);
            replaceRow(dsg, documentRowIri(doc), documentRow(cur));
            if (!old.statements().equals(cur.statements())) {
                statementKeys(old).forEach(dsg::delete);
                statementKeys(cur).forEach(dsg::add);
            }
            if (old.article() && old.year() != null) years.merge(old.year(), -1L, Long::sum);
            if (cur.article() && cur.year() != null) years.merge(cur.year(), 1L, Long::sum);
            old.localTypes().forEach((c, n) -> classes.computeIfAbsent(c, k -> new long[3])[0] -= n);
            cur.localTypes().forEach((c, n) -> classes.computeIfAbsent(c, k -> new long[3])[0] += n);
            for (Node c : classesOf(old)) classes.computeIfAbsent(c, k -> new long[3])[1]--;
            for (Node c : classesOf(cur)) classes.computeIfAbsent(c, k -> new long[3])[1]++;
            for (List<Node> t : cur.sharedTypes()) sharedTouched.computeIfAbsent(t, k -> new int[2])[0]++;
            for (List<Node> t : old.sharedTypes()) sharedTouched.computeIfAbsent(t, k -> new int[2])[1]++;
            for (SummaryContribution c : List.of(old, cur)) {
                meetings.addAll(c.meetings());
                entities.addAll(c.entityKeys());
                pairs.addAll(c.pairs());
                attendances.addAll(c.attendances());
            }
        }
        // A shared thing counts once per class however many documents type it: whether it was there before this
        // transaction follows from how many documents type it now and how many of the touched ones did.
        sharedTouched.forEach((t, ab) -> {
            int a = ab[0], b = ab[1];
            long limit = Math.max(a - b, 0) + 1;
            long count = countDocs(dsg.find(Node.ANY, t.get(1), TYPE, t.get(0)), limit);
            int delta = (count > 0 ? 1 : 0) - (count - a + b > 0 ? 1 : 0);
            if (delta != 0) classes.computeIfAbsent(t.get(0), k -> new long[3])[0] += delta;
        });
        years.forEach((y, d) -> {
            if (d == 0) return;
            Node row = yearRowIri(y);
            long n = longValue(dsg, row, p("documents")) + d;
            replaceRow(dsg, row, n > 0 ? yearRow(y, n) : List.of());
        });
        classes.forEach((c, d) -> {
            if (d[0] == 0 && d[1] == 0) return;
            Node row = classRowIri(c);
            long[] v = {longValue(dsg, row, p("inDocuments")) + d[0], longValue(dsg, row, p("documents")) + d[1],
                    longValue(dsg, row, p("reference"))};
            replaceRow(dsg, row, classRow(c, v));
        });
        // A pair row shows its meeting's name and date and its agreement's label, so when one of those changes every
        // pair row of that meeting or agreement follows. Following whenever the meeting's or agreement's own row
        // changed (its document count: at nearly every write) rewrote every pair of a popular agreement, each with its
        // list of documents, at each commit: 41 % of the summary upkeep of a 30,000-document load.
        for (Node m : meetings) {
            replaceRow(dsg, meetingRowIri(m), rows.meetingRow(m));
            Node pair = anyPairRow(dsg, p("pairMeeting"), m);
            if (pair != null && (!Objects.equals(first(dsg, pair, p("name")), rows.meeting(m).name())
                    || !Objects.equals(first(dsg, pair, p("date")), rows.meeting(m).date()))) {
                pairs.addAll(pairsOf(dsg, p("pairMeeting"), m));
            }
            // the same for the meeting's people rows, which show its name and date too
            Node attendance = anyPairRow(dsg, p("attendanceMeeting"), m);
            if (attendance != null && (!Objects.equals(first(dsg, attendance, p("name")), rows.meeting(m).name())
                    || !Objects.equals(first(dsg, attendance, p("date")), rows.meeting(m).date()))) {
                attendances.addAll(attendancesOf(dsg, m));
            }
        }
        for (Node x : entities) {
            replaceRow(dsg, entityRowIri(x), rows.entityRow(x));
            Node pair = anyPairRow(dsg, p("pairAgreement"), x);
            if (pair != null && !Objects.equals(first(dsg, pair, p("label")), rows.agreementLabel(x))) {
                pairs.addAll(pairsOf(dsg, p("pairAgreement"), x));
            }
        }
        for (List<Node> pr : pairs) replaceRow(dsg, pairRowIri(pr.get(0), pr.get(1)), rows.pairRow(pr.get(0), pr.get(1)));
        // An attendance row's values come from the documents stating it (each touched one contributes its key,
        // before or after), the meeting's row (above) and the reference data (a write there recomputes everything).
        for (List<Node> at : attendances) {
            replaceRow(dsg, attendanceRowIri(at.get(0), at.get(1), at.get(2)), rows.attendanceRow(at.get(0), at.get(1), at.get(2)));
        }
    }

    /** The (meeting, person, role predicate) keys of the attendance rows of meeting {@code m}. */
    private static List<List<Node>> attendancesOf(DatasetGraph dsg, Node m) {
        List<List<Node>> out = new ArrayList<>();
        dsg.find(G, Node.ANY, p("attendanceMeeting"), m).forEachRemaining(q -> {
            Node person = first(dsg, q.getSubject(), p("attendancePerson"));
            Node role = first(dsg, q.getSubject(), p("role"));
            if (person != null && role != null) out.add(List.of(m, person, ROLE.equals(role) ? SummaryContribution.CHAIR : SummaryContribution.ATTENDEE));
        });
        return out;
    }

    private static final Node ROLE = NodeFactory.createLiteralString("chair");

    /** A pair row naming {@code node} through {@code predicate}, or null. */
    private static Node anyPairRow(DatasetGraph dsg, Node predicate, Node node) {
        Iterator<Quad> it = dsg.find(G, Node.ANY, predicate, node);
        return it.hasNext() ? it.next().getSubject() : null;
    }

    /** The (meeting, agreement) pairs whose rows name {@code node} through {@code predicate}. */
    private static List<List<Node>> pairsOf(DatasetGraph dsg, Node predicate, Node node) {
        List<List<Node>> out = new ArrayList<>();
        dsg.find(G, Node.ANY, predicate, node).forEachRemaining(q -> {
            Node m = first(dsg, q.getSubject(), p("pairMeeting")), a = first(dsg, q.getSubject(), p("pairAgreement"));
            if (m != null && a != null) out.add(List.of(m, a));
        });
        return out;
    }

    /** Makes the row {@code row} hold exactly {@code quads}; returns whether it changed. */
    private static boolean replaceRow(DatasetGraph dsg, Node row, List<Quad> quads) {
        Set<Quad> have = new HashSet<>();
        dsg.find(G, row, Node.ANY, Node.ANY).forEachRemaining(have::add);
        Set<Quad> want = new HashSet<>(quads);
        if (have.equals(want)) return false;
        for (Quad q : have) if (!want.contains(q)) dsg.delete(q);
        for (Quad q : want) if (!have.contains(q)) dsg.add(q);
        return true;
    }

    private static long longValue(DatasetGraph dsg, Node row, Node predicate) {
        Node n = first(dsg, row, predicate);
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    private static Node first(DatasetGraph dsg, Node s, Node predicate) {
        Iterator<Quad> it = dsg.find(G, s, predicate, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** Distinct document graphs among the quads, counting at most {@code limit}. */
    private static long countDocs(Iterator<Quad> quads, long limit) {
        Set<Node> seen = new HashSet<>();
        while (quads.hasNext() && seen.size() < limit) {
            Node g = quads.next().getGraph();
            if (isDocumentGraph(g)) seen.add(g);
        }
        return seen.size();
    }

    // ---- row IRIs and the rows that need no lookups

    static Node documentRowIri(Node doc) { return NodeFactory.createURI(ROW + "document/" + doc.getURI().substring(Vocab.DOC.length())); }
    static Node meetingRowIri(Node m) { return rowIri("meeting", m.toString()); }
    static Node entityRowIri(Node x) { return rowIri("entity", x.toString()); }
    static Node pairRowIri(Node m, Node a) { return rowIri("agreement-at-meeting", m + " " + a); }
    static Node attendanceRowIri(Node m, Node person, Node role) { return rowIri("person-at-meeting", m + " " + person + " " + role); }
    static Node classRowIri(Node c) { return rowIri("class", c.toString()); }
    static Node yearRowIri(String y) { return NodeFactory.createURI(ROW + "year/" + y); }

    private static Node rowIri(String kind, String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return NodeFactory.createURI(ROW + kind + "/" + HexFormat.of().formatHex(h, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Quad> yearRow(String y, long n) {
        Node row = yearRowIri(y);
        return List.of(Quad.create(G, row, TYPE, p("YearRow")),
                Quad.create(G, row, p("year"), NodeFactory.createLiteralDT(y, XSDDatatype.XSDgYear)),
                Quad.create(G, row, p("documents"), count(n)));
    }

    private static List<Quad> classRow(Node c, long[] v) {
        if (v[0] == 0 && v[1] == 0 && v[2] == 0) return List.of();
        Node row = classRowIri(c);
        return List.of(Quad.create(G, row, TYPE, p("ClassRow")), Quad.create(G, row, p("class"), c),
                Quad.create(G, row, p("inDocuments"), count(v[0])), Quad.create(G, row, p("documents"), count(v[1])),
                Quad.create(G, row, p("reference"), count(v[2])));
    }

    static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    // ---- sort keys: codepoint order of the string is the listing's order

    /** Builds a sort key from ascending and descending parts. */
    static final class Key {
        private final StringBuilder sb = new StringBuilder();

        /** Ascending; an absent value sorts first (as SPARQL's ORDER BY puts unbound first). */
        Key asc(String s) {
            sb.append(s == null ? "" : s.replace('\u0001', ' ')).append('\u0001');
            return this;
        }

        /** Descending over printable ASCII (dates); an absent value sorts last, as in DESC(). */
        Key desc(String s) {
            if (s == null) return appendRaw("\u007f\u007f");
            for (char c : s.toCharArray()) sb.append(c >= 0x20 && c <= 0x7e ? (char) (0x7e - c + 0x20) : c);
            return appendRaw("\u007f");
        }

        /** Descending count. */
        Key descCount(long n) {
            return asc(String.format("%012d", 999_999_999_999L - n));
        }

        private Key appendRaw(String s) {
            sb.append(s);
            return this;
        }

        Node node() { return NodeFactory.createLiteralString(sb.toString()); }

        String string() { return sb.toString(); }
    }

    /** A document's own row (needs nothing from the store). */
    static List<Quad> documentRow(SummaryContribution c) {
        if (!c.article()) return List.of();
        Node row = documentRowIri(c.doc());
        List<Quad> q = new ArrayList<>();
        q.add(Quad.create(G, row, TYPE, p("DocumentRow")));
        q.add(Quad.create(G, row, p("document"), c.doc()));
        q.add(Quad.create(G, row, p("documentOrder"),
                new Key().desc(c.published() == null ? null : c.published().getLiteralLexicalForm()).asc(c.doc().getURI()).node()));
        if (c.title() != null) q.add(Quad.create(G, row, p("title"), c.title()));
        if (c.published() != null) q.add(Quad.create(G, row, p("published"), c.published()));
        if (c.year() != null) q.add(Quad.create(G, row, p("year"), NodeFactory.createLiteralDT(c.year(), XSDDatatype.XSDgYear)));
        if (c.publishedFrom() != null) q.add(Quad.create(G, row, p("publishedFrom"), NodeFactory.createLiteralString(c.publishedFrom())));
        if (c.format() != null) q.add(Quad.create(G, row, p("format"), NodeFactory.createLiteralString(c.format())));
        if (!c.files().isEmpty()) q.add(Quad.create(G, row, p("files"), NodeFactory.createLiteralString(String.join(" | ", c.files()))));
        q.add(Quad.create(G, row, p("meetings"), count(c.about().size())));
        q.add(Quad.create(G, row, p("entities"), count(c.mentions().size())));
        q.add(Quad.create(G, row, p("mentions"), count(c.localTypes().getOrDefault(SummaryContribution.PHRASE, 0))));
        return q;
    }

    // ---- rows read from the store

    /** Computes rows from the store; caches what several rows need within one update. */
    static final class Rows {
        private final DatasetGraph dsg;
        private final Map<Node, MeetingValues> meetings = new HashMap<>();
        private final Map<Node, Node> agreementLabels = new HashMap<>();

        Rows(DatasetGraph dsg) { this.dsg = dsg; }

        List<Quad> meetingRow(Node m) {
            long docs = countDocs(dsg.find(Node.ANY, m, TYPE, SummaryContribution.MEETING), Long.MAX_VALUE);
            if (docs == 0) return List.of();
            MeetingValues v = meeting(m);
            Node row = meetingRowIri(m);
            List<Quad> q = new ArrayList<>();
            q.add(Quad.create(G, row, TYPE, p("MeetingRow")));
            q.add(Quad.create(G, row, p("meeting"), m));
            q.add(Quad.create(G, row, p("meetingOrder"), new Key().asc(lex(v.date)).asc(m.toString()).node()));
            add(q, row, "name", v.name);
            add(q, row, "date", v.date);
            add(q, row, "endDate", v.endDate);
            add(q, row, "place", v.place);
            add(q, row, "host", v.host);
            add(q, row, "ordinal", v.ordinal);
            add(q, row, "chair", v.chair);
            add(q, row, "series", v.series);
            q.add(Quad.create(G, row, p("documents"), count(docs)));
            return q;
        }

        List<Quad> pairRow(Node m, Node a) {
            Set<Node> docs = new TreeSet<>((x, y) -> x.getURI().compareTo(y.getURI()));
            dsg.find(Node.ANY, m, SummaryContribution.MENTIONS_AGREEMENT, a).forEachRemaining(q -> {
                if (isDocumentGraph(q.getGraph())) docs.add(q.getGraph());
            });
            if (docs.isEmpty()) return List.of();
            MeetingValues v = meeting(m);
            Node label = agreementLabel(a);
            Node row = pairRowIri(m, a);
            List<Quad> q = new ArrayList<>();
            q.add(Quad.create(G, row, TYPE, p("AgreementAtMeetingRow")));
            q.add(Quad.create(G, row, p("pairMeeting"), m));
            q.add(Quad.create(G, row, p("pairAgreement"), a));
            q.add(Quad.create(G, row, p("pairOrder"),
                    new Key().asc(lex(v.date)).asc(m.toString()).descCount(docs.size()).asc(lex(label)).asc(a.toString()).node()));
            add(q, row, "name", v.name);
            add(q, row, "date", v.date);
            add(q, row, "label", label);
            q.add(Quad.create(G, row, p("documents"), count(docs.size())));
            for (Node d : docs) q.add(Quad.create(G, row, p("document"), d));
            return q;
        }

        /**
         * The row of one (meeting, person, role) link, from the document graphs stating it: the person's name is
         * the reference zh-Hans name, else the smallest {@code rdfs:label} those documents give; the title is the
         * smallest {@code schema:jobTitle} they give (the smallest, like every other value the documents disagree
         * on, so a row does not depend on the order documents were stored in). Ordered as the meeting listing
         * (date, meeting), then role ("attendee" before "chair"), then the person's name.
         */
        List<Quad> attendanceRow(Node m, Node person, Node rolePredicate) {
            Set<Node> docs = new HashSet<>();
            dsg.find(Node.ANY, m, rolePredicate, person).forEachRemaining(q -> {
                if (isDocumentGraph(q.getGraph())) docs.add(q.getGraph());
            });
            if (docs.isEmpty()) return List.of();
            Node title = null, written = null;
            for (Node d : docs) {
                title = smaller(title, min(dsg.find(d, person, Vocab.schema("jobTitle"), Node.ANY), q -> true));
                written = smaller(written, min(dsg.find(d, person, LABEL, Node.ANY), q -> true));
            }
            Node ref = refLabel(person);
            Node name = ref != null ? ref : written;
            String role = rolePredicate.equals(SummaryContribution.CHAIR) ? "chair" : "attendee";
            MeetingValues v = meeting(m);
            Node row = attendanceRowIri(m, person, rolePredicate);
            List<Quad> q = new ArrayList<>();
            q.add(Quad.create(G, row, TYPE, p("PersonAtMeetingRow")));
            q.add(Quad.create(G, row, p("attendanceMeeting"), m));
            q.add(Quad.create(G, row, p("attendancePerson"), person));
            q.add(Quad.create(G, row, p("role"), NodeFactory.createLiteralString(role)));
            q.add(Quad.create(G, row, p("attendanceOrder"),
                    new Key().asc(lex(v.date)).asc(m.toString()).asc(role).asc(lex(name)).asc(person.toString()).node()));
            add(q, row, "name", v.name);
            add(q, row, "date", v.date);
            add(q, row, "personName", name);
            add(q, row, "title", title);
            q.add(Quad.create(G, row, p("documents"), count(docs.size())));
            return q;
        }

        List<Quad> entityRow(Node x) {
            long docs = mentioningDocuments(x);
            if (docs == 0) return List.of();
            Node row = entityRowIri(x);
            Node refName = refLabel(x);
            Node name = refName != null ? refName : docValue(x, LABEL);
            List<Quad> q = new ArrayList<>();
            q.add(Quad.create(G, row, TYPE, p("EntityRow")));
            q.add(Quad.create(G, row, p("entity"), x));
            q.add(Quad.create(G, row, p("documents"), count(docs)));
            add(q, row, "name", name);
            if (isA(x, Vocab.dkg("Agreement"))) {
                Node acronym = refValue(x, Vocab.dkg("acronym"));
                add(q, row, "acronym", acronym);
                add(q, row, "label", agreementLabel(x));
                add(q, row, "signedOn", refValue(x, Vocab.dkg("signedOn")));
                add(q, row, "inForceOn", refValue(x, Vocab.dkg("inForceOn")));
                Set<Node> statements = new HashSet<>();
                Node latest = null;
                for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Vocab.dkg("agreement"), x); it.hasNext(); ) {
                    Quad st = it.next();
                    statements.add(st.getSubject());
                    for (Iterator<Quad> d = dsg.find(st.getGraph(), st.getSubject(), Vocab.dkg("date"), Node.ANY); d.hasNext(); ) {
                        Node date = d.next().getObject();
                        if (latest == null || lex(date).compareTo(lex(latest)) > 0) latest = date;
                    }
                }
                q.add(Quad.create(G, row, p("statements"), count(statements.size())));
                add(q, row, "latestStatement", latest);
                q.add(Quad.create(G, row, p("agreementOrder"), new Key().descCount(docs).asc(lex(acronym)).asc(x.toString()).node()));
            }
            if (isA(x, Vocab.schema("Person"))) {
                Set<String> titles = new TreeSet<>();
                dsg.find(Node.ANY, x, Vocab.schema("jobTitle"), Node.ANY).forEachRemaining(t -> titles.add(lex(t.getObject())));
                Set<Node> meetingsOf = new HashSet<>();
                for (Node role : List.of(Vocab.dkg("chair"), Vocab.schema("attendee"))) {
                    dsg.find(Node.ANY, Node.ANY, role, x).forEachRemaining(t -> meetingsOf.add(t.getSubject()));
                }
                if (!titles.isEmpty()) q.add(Quad.create(G, row, p("titles"), NodeFactory.createLiteralString(String.join(" / ", titles))));
                q.add(Quad.create(G, row, p("meetings"), count(meetingsOf.size())));
                q.add(Quad.create(G, row, p("personOrder"), new Key().descCount(docs).asc(lex(name)).asc(x.toString()).node()));
            }
            return q;
        }

        /**
         * Documents stating {@code <doc> schema:mentions x} in their own graph. On TDB2 counted on node ids without
         * decoding a node (an entity in most documents is tens of thousands of index entries, read at every write
         * that touches it).
         */
        private long mentioningDocuments(Node x) {
            Node mentions = Vocab.schema("mentions");
            DatasetGraph tdb = SummaryTracker.tdb2(dsg);
            if (tdb != null) {
                var table = org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(tdb).getQuadTable().getNodeTupleTable();
                long n = 0;
                for (var it = table.findAsNodeIds(Node.ANY, Node.ANY, mentions, x); it.hasNext(); ) {
                    var t = it.next();
                    if (t.get(0).equals(t.get(1))) n++;
                }
                return n;
            }
            long docs = 0;
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, mentions, x); it.hasNext(); ) {
                Quad q = it.next();
                if (q.getGraph().equals(q.getSubject()) && isDocumentGraph(q.getGraph())) docs++;
            }
            return docs;
        }

        private boolean isA(Node x, Node cls) {
            return dsg.find(Node.ANY, x, TYPE, cls).hasNext();
        }

        /** Acronym, else reference name, else the smallest label a document gives. */
        Node agreementLabel(Node a) {
            return agreementLabels.computeIfAbsent(a, k -> {
                Node acronym = refValue(a, Vocab.dkg("acronym"));
                if (acronym != null) return acronym;
                Node ref = refLabel(a);
                return ref != null ? ref : docValue(a, LABEL);
            });
        }

        MeetingValues meeting(Node m) {
            return meetings.computeIfAbsent(m, k -> {
                Node name = or(refLabel(m), () -> docValue(m, Vocab.schema("name")));
                Node date = or(refValue(m, Vocab.schema("startDate")), () -> docValue(m, Vocab.schema("startDate")));
                Node end = or(refValue(m, Vocab.schema("endDate")), () -> docValue(m, Vocab.schema("endDate")));
                Node ordinal = or(refValue(m, Vocab.dkg("ordinal")), () -> docValue(m, Vocab.dkg("ordinal")));
                Node place = or(labelOfRef(refValue(m, Vocab.schema("location"))), () -> docRefLabel(m, Vocab.schema("location")));
                Node host = labelOfRef(refValue(m, Vocab.dkg("hostEconomy")));
                Node chair = or(labelOfRef(refValue(m, Vocab.dkg("chair"))), () -> docChair(m));
                Node series = labelOfRef(refValue(m, Vocab.schema("superEvent")));
                return new MeetingValues(name, date, end, place, host, ordinal, chair, series);
            });
        }

        private Node refValue(Node s, Node predicate) {
            return min(dsg.find(REFERENCE, s, predicate, Node.ANY), q -> true);
        }

        private Node refLabel(Node s) {
            return s == null ? null : min(dsg.find(REFERENCE, s, PREF_LABEL, Node.ANY), q -> isZhHans(q.getObject()));
        }

        private Node labelOfRef(Node s) {
            return s == null || !s.isURI() ? null : refLabel(s);
        }

        /** The smallest value any document graph states. */
        private Node docValue(Node s, Node predicate) {
            return min(dsg.find(Node.ANY, s, predicate, Node.ANY), q -> isDocumentGraph(q.getGraph()));
        }

        /** The smallest reference name of a thing a document links to through {@code predicate}. */
        private Node docRefLabel(Node s, Node predicate) {
            Node best = null;
            for (Iterator<Quad> it = dsg.find(Node.ANY, s, predicate, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                if (!isDocumentGraph(q.getGraph())) continue;
                Node l = labelOfRef(q.getObject());
                if (l != null && (best == null || lex(l).compareTo(lex(best)) < 0)) best = l;
            }
            return best;
        }

        /** The smallest label a document gives the chair it states. */
        private Node docChair(Node m) {
            Node best = null;
            for (Iterator<Quad> it = dsg.find(Node.ANY, m, Vocab.dkg("chair"), Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                if (!isDocumentGraph(q.getGraph())) continue;
                Node l = min(dsg.find(q.getGraph(), q.getObject(), LABEL, Node.ANY), x -> true);
                if (l != null && (best == null || lex(l).compareTo(lex(best)) < 0)) best = l;
            }
            return best;
        }
    }

    record MeetingValues(Node name, Node date, Node endDate, Node place, Node host, Node ordinal, Node chair, Node series) {}

    private static Node or(Node a, java.util.function.Supplier<Node> b) {
        return a != null ? a : b.get();
    }

    private static void add(Collection<Quad> q, Node row, String predicate, Node value) {
        if (value != null) q.add(Quad.create(G, row, p(predicate), value));
    }

    private static boolean isZhHans(Node n) {
        if (!n.isLiteral()) return false;
        String lang = n.getLiteralLanguage();
        return lang.equalsIgnoreCase("zh-Hans") || lang.toLowerCase().startsWith("zh-hans-");
    }

    /** The smaller of two values as {@link #min} orders them; null when both are. */
    private static Node smaller(Node a, Node b) {
        if (a == null) return b;
        if (b == null) return a;
        int c = lex(b).compareTo(lex(a));
        return c < 0 || c == 0 && b.toString().compareTo(a.toString()) < 0 ? b : a;
    }

    /** The object with the smallest lexical form among the matching quads (ties: the smallest term). */
    private static Node min(Iterator<Quad> quads, Predicate<Quad> keep) {
        Node best = null;
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (!keep.test(q)) continue;
            Node o = q.getObject();
            if (best == null) { best = o; continue; }
            int c = lex(o).compareTo(lex(best));
            if (c < 0 || c == 0 && o.toString().compareTo(best.toString()) < 0) best = o;
        }
        return best;
    }

    private static String lex(Node n) {
        if (n == null) return null;
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}
