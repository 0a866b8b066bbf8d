package org.diplokg.extractor.reference;

import org.diplokg.extractor.vocab.Vocab;

/** The kinds of entity the graph knows, with the RDF class each is typed with. */
public enum EntityType {
    PERSON(Vocab.SCHEMA + "Person", "person"),
    ORGANIZATION(Vocab.ORG + "FormalOrganization", "org"),
    ECONOMY(Vocab.DKG + "Economy", "economy"),
    PLACE(Vocab.SCHEMA + "City", "place"),
    AGREEMENT(Vocab.DKG + "Agreement", "agreement"),
    MEETING(Vocab.DKG + "Meeting", "meeting"),
    SERIES(Vocab.DKG + "MeetingSeries", "series"),
    /** A document a meeting adopts or issues (宣言, 声明, 落实计划): named by book-title marks, never in the reference data. */
    DOCUMENT(Vocab.SCHEMA + "CreativeWork", "document"),
    ROLE(Vocab.SKOS + "Concept", "role");

    private final String classIri;
    private final String idSegment;

    EntityType(String classIri, String idSegment) {
        this.classIri = classIri;
        this.idSegment = idSegment;
    }

    public String classIri() { return classIri; }

    /** The path segment of minted IRIs: {@code id/<segment>/<key>}. */
    public String idSegment() { return idSegment; }

    /** Mints the IRI of an entity of this type that the reference data does not know, from a normalised key. */
    public String mint(String key) { return Vocab.ID + idSegment + "/" + Vocab.encode(key); }
}
