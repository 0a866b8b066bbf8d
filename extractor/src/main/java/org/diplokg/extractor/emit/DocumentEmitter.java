package org.diplokg.extractor.emit;

import org.diplokg.extractor.text.Scripts;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.AgreementStatement;
import org.diplokg.extractor.resolve.OfficeStatement;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.diplokg.extractor.resolve.ResolvedMeeting;
import org.diplokg.extractor.text.NormalisedText;
import org.diplokg.extractor.text.Span;
import org.diplokg.extractor.vocab.Vocab;

/**
 * Writes a document's knowledge as quads in the document's own graph: the document and its provenance, the
 * entities with the labels written, the meetings with their arguments, and NIF phrases with character offsets
 * into the stored text: per surface form of each entity its first occurrence (the offsets in its IRI only), or with
 * {@link MentionDetail#ALL} every occurrence with its offsets, context and sentence stated. Facts about reference meetings (dates, ordinals) are left to the
 * reference graph so that documents cannot contradict it.
 */
public final class DocumentEmitter {

    private final DocumentKnowledge k;
    private final MentionDetail detail;
    private final StreamRDF out;
    private final Node graph;
    private final Node doc;
    private final String lang;
    private final Set<String> sentencesWritten = new HashSet<>();

    private DocumentEmitter(DocumentKnowledge k, MentionDetail detail, StreamRDF out) {
        this.k = k;
        this.detail = detail;
        this.out = out;
        this.graph = NodeFactory.createURI(graphIri(k));
        this.doc = graph;
        this.lang = k.traditional() ? "zh-Hant" : "zh-Hans";
    }

    /**
     * Sends every quad of the document's graph to {@code out} (no start/finish calls): the producer never knows
     * where its output goes (a store, a file, a collector).
     */
    public static void emit(DocumentKnowledge k, MentionDetail detail, StreamRDF out) {
        new DocumentEmitter(k, detail, out).emitAll();
    }

    /** The document's IRI, which also names the graph everything from it goes into. */
    public static String graphIri(DocumentKnowledge k) {
        return Vocab.documentIriFor(k.document().sha256());
    }

    private void emitAll() {
        document();
        Node context = context();
        for (ResolvedEntity e : k.entities()) entity(e, context);
        for (ResolvedMeeting m : k.meetings()) meeting(m, context);
        int n = 0;
        for (AgreementStatement st : k.statements()) statement(st, ++n);
        n = 0;
        for (OfficeStatement o : k.offices()) office(o, ++n);
    }

    /** 新西兰总理阿德恩: an org:Membership as the document states it (the reference data has dated ones). */
    private void office(OfficeStatement o, int n) {
        Node s = NodeFactory.createURI(graph.getURI() + "#office-" + n);
        add(s, RDF.type.asNode(), Vocab.org("Membership"));
        add(s, Vocab.org("member"), iri(o.person()));
        if (o.organisation() != null) add(s, Vocab.org("organization"), iri(o.organisation()));
        add(s, Vocab.schema("jobTitle"), label(o.role()));
        add(s, RDFS.label.asNode(), label(o.title()));
        add(s, Vocab.prov("wasDerivedFrom"), doc);
    }

    private void statement(AgreementStatement st, int n) {
        Node s = NodeFactory.createURI(graph.getURI() + "#statement-" + n);
        add(s, RDF.type.asNode(), Vocab.dkg("AgreementStatement"));
        add(s, Vocab.dkg("agreement"), iri(st.agreement()));
        add(s, Vocab.dkg("action"), Vocab.dkg(st.action()));
        if (st.actor() != null) add(s, Vocab.dkg("actor"), iri(st.actor()));
        if (st.date() != null) add(s, Vocab.dkg("date"), date(st.date()));
        add(s, Vocab.prov("wasDerivedFrom"), doc);
    }

    private void document() {
        SourceDocument d = k.document();
        add(doc, RDF.type.asNode(), Vocab.schema("NewsArticle"));
        add(doc, RDF.type.asNode(), Vocab.prov("Entity"));
        if (d.title() != null) add(doc, Vocab.schema("headline"), text(d.title()));
        if (d.published() != null) {
            add(doc, Vocab.schema("datePublished"), date(d.published()));
            if (d.publishedFrom() != null) add(doc, Vocab.dkg("publishedFrom"), plain(d.publishedFrom()));
        }
        if (d.url() != null && isHttpIri(d.url())) add(doc, Vocab.schema("url"), iri(d.url()));
        if (d.author() != null) add(doc, Vocab.schema("author"), text(d.author()));
        add(doc, Vocab.dkg("sourceFile"), plain(d.key()));
        add(doc, Vocab.dkg("sha256"), plain(d.sha256()));
        add(doc, Vocab.dkg("format"), plain(d.format().label()));
        add(doc, Vocab.dkg("charset"), plain(d.charset()));
        add(doc, Vocab.prov("generatedAtTime"), NodeFactory.createLiteralDT(k.extractedAt().toString(), XSDDatatype.XSDdateTime));
        Node activity = NodeFactory.createURI(graph.getURI() + "#extraction");
        add(doc, Vocab.prov("wasGeneratedBy"), activity);
        add(activity, RDF.type.asNode(), Vocab.prov("Activity"));
        add(activity, Vocab.dkg("softwareVersion"), plain("diplokg " + k.extractorVersion()));
        for (ResolvedMeeting m : k.meetings()) {
            if (!m.planned()) add(doc, Vocab.schema("about"), iri(m.iri()));
        }
        for (ResolvedEntity e : k.entities()) add(doc, Vocab.schema("mentions"), iri(e.iri()));
        for (String m : k.inferredMeetings()) add(doc, Vocab.dkg("inferredAbout"), iri(m));
    }

    private Node context() {
        String s = k.analysedString();
        Node c = NodeFactory.createURI(graph.getURI() + "#char=0," + s.length());
        add(c, RDF.type.asNode(), Vocab.nif("Context"));
        add(c, Vocab.nif("isString"), plain(s));
        add(c, Vocab.nif("sourceUrl"), doc);
        add(c, Vocab.nif("beginIndex"), nonNegative(0));
        add(c, Vocab.nif("endIndex"), nonNegative(s.length()));
        return c;
    }

    private void entity(ResolvedEntity e, Node context) {
        Node n = iri(e.iri());
        if (e.reference() == null) add(n, RDF.type.asNode(), iri(e.type().classIri()));
        for (String surface : e.surfaces()) add(n, RDFS.label.asNode(), label(surface));
        for (String title : e.titles()) add(n, Vocab.schema("jobTitle"), label(title));
        phrases(e.mentions(), e.iri(), e.type(), context);
    }

    private void meeting(ResolvedMeeting m, Node context) {
        Node n = iri(m.iri());
        add(n, RDF.type.asNode(), Vocab.dkg("Meeting"));
        add(n, Vocab.schema("name"), label(m.name()));
        if (m.series() != null) add(n, Vocab.schema("superEvent"), iri(m.series().iri()));
        if (m.instance() == null) {
            if (m.ordinal() > 0) add(n, Vocab.dkg("ordinal"), NodeFactory.createLiteralDT(Integer.toString(m.ordinal()), XSDDatatype.XSDinteger));
            if (m.date() != null && m.date().date() != null && m.date().yearKnown()) {
                add(n, Vocab.schema("startDate"), date(m.date().date()));
                if (m.date().end() != null) add(n, Vocab.schema("endDate"), date(m.date().end()));
            }
        }
        if (m.place() != null) add(n, Vocab.schema("location"), iri(m.place()));
        if (m.chair() != null) add(n, Vocab.dkg("chair"), iri(m.chair()));
        for (String p : m.participants()) add(n, Vocab.schema("attendee"), iri(p));
        for (String a : m.agreements()) add(n, Vocab.dkg("mentionsAgreement"), iri(a));
        if (m.theme() != null) add(n, Vocab.dkg("theme"), label(m.theme()));
        for (String a : m.adopted()) add(n, Vocab.dkg("adopted"), iri(a));
        if (m.online()) add(n, Vocab.schema("eventAttendanceMode"), Vocab.schema("OnlineEventAttendanceMode"));
        if (m.planned()) add(n, Vocab.schema("eventStatus"), Vocab.schema("EventScheduled"));
        phrases(m.mentions(), m.iri(), EntityType.MEETING, context);
    }

    private void phrases(List<Mention> mentions, String entityIri, EntityType type, Node context) {
        if (detail == MentionDetail.ALL) {
            for (Mention m : mentions) phrase(m, entityIri, type, context, true);
            return;
        }
        // the first occurrence of each surface form; mentions are not necessarily in text order
        Map<String, Mention> first = new HashMap<>();
        for (Mention m : mentions) first.merge(surface(m), m, (a, b) -> b.begin() < a.begin() ? b : a);
        first.values().stream().sorted(Comparator.comparingInt(Mention::begin)).forEach(m -> phrase(m, entityIri, type, context, false));
    }

    private String surface(Mention m) {
        NormalisedText t = k.text().text();
        Span span = t.originalSpan(m.begin(), m.end());
        return t.original().substring(span.begin(), span.end());
    }

    private void phrase(Mention m, String entityIri, EntityType type, Node context, boolean full) {
        NormalisedText t = k.text().text();
        Span span = t.originalSpan(m.begin(), m.end());
        Node p = NodeFactory.createURI(graph.getURI() + "#char=" + span.begin() + "," + span.end());
        add(p, RDF.type.asNode(), Vocab.nif("Phrase"));
        add(p, Vocab.nif("anchorOf"), plain(t.original().substring(span.begin(), span.end())));
        add(p, Vocab.itsrdf("taIdentRef"), iri(entityIri));
        add(p, Vocab.dkg("recogniser"), plain(m.recogniser().label()));
        if (!full) return; // the first occurrences: the offsets are the IRI's (see MentionDetail.FIRST)
        add(p, Vocab.nif("beginIndex"), nonNegative(span.begin()));
        add(p, Vocab.nif("endIndex"), nonNegative(span.end()));
        add(p, Vocab.nif("referenceContext"), context);
        add(p, Vocab.itsrdf("taClassRef"), iri(type.classIri()));
        add(p, Vocab.dkg("confidence"), NodeFactory.createLiteralDT(BigDecimal.valueOf(Math.round(m.confidence() * 100), 2).toPlainString(), XSDDatatype.XSDdecimal));
        int s = k.text().sentenceAt(m.begin());
        if (s >= 0) add(p, Vocab.nif("sentence"), sentence(k.text().sentences().get(s), context));
    }

    private Node sentence(Span normalised, Node context) {
        NormalisedText t = k.text().text();
        Span span = t.originalSpan(normalised.begin(), normalised.end());
        Node n = NodeFactory.createURI(graph.getURI() + "#char=" + span.begin() + "," + span.end());
        if (sentencesWritten.add(n.getURI())) {
            add(n, RDF.type.asNode(), Vocab.nif("Sentence"));
            add(n, Vocab.nif("anchorOf"), plain(t.original().substring(span.begin(), span.end())));
            add(n, Vocab.nif("beginIndex"), nonNegative(span.begin()));
            add(n, Vocab.nif("endIndex"), nonNegative(span.end()));
            add(n, Vocab.nif("referenceContext"), context);
        }
        return n;
    }

    // ---- nodes

    private void add(Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
    }

    private static Node iri(String iri) { return NodeFactory.createURI(iri); }

    private static final Pattern HTTP_IRI = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");

    /** A URL the document states, usable as an IRI (no spaces or characters IRIs forbid). */
    private static boolean isHttpIri(String url) {
        return HTTP_IRI.matcher(url).matches();
    }

    private static Node plain(String s) { return NodeFactory.createLiteralString(s); }

    private static Node nonNegative(int i) {
        return i >= 0 && i < SMALL_NUMBERS.length ? SMALL_NUMBERS[i] : number(i);
    }

    private static Node number(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    /** Offsets below 4096 made once: each typed literal is parsed and validated as it is made (13 % of emitting). */
    private static final Node[] SMALL_NUMBERS = java.util.stream.IntStream.range(0, 4096)
            .mapToObj(DocumentEmitter::number).toArray(Node[]::new);

    /** Text in the document's language (zh-Hans or zh-Hant), or en when it has no Chinese characters. */
    private Node label(String s) {
        boolean han = Scripts.anyHan(s);
        return NodeFactory.createLiteralLang(s, han ? lang : "en");
    }

    private Node text(String s) { return label(s); }

    /** A date typed at its precision: xsd:date, xsd:gYearMonth or xsd:gYear. */
    public static Node date(PartialDate d) {
        XSDDatatype type = switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return NodeFactory.createLiteralDT(d.iso(), type);
    }

}
