package org.diplokg.server.web;

import org.diplokg.extractor.vocab.Vocab;

/** What a thing is, read from its IRI (entity IRIs say their type: {@code id/<type>/<key>}). */
enum Kind {
    DOCUMENT("document", "document"), MEETING("meeting", "meeting"), SERIES("series", "meeting"),
    AGREEMENT("agreement", "agreement"), PERSON("person", "person"), ORGANISATION("organisation", "organisation"),
    ECONOMY("economy", "organisation"), PLACE("place", "place"), WORK("work", "document"), OFFICE("office", "person"),
    ROLE("role", "person"), OTHER("other", "document");

    private final String cssName;
    private final String pictureKind;

    Kind(String cssName, String pictureKind) {
        this.cssName = cssName;
        this.pictureKind = pictureKind;
    }

    /** Its name in class attributes and headings ({@code section.type-meeting}). */
    String cssName() { return cssName; }

    /** The kinds the neighbourhood picture knows: meeting, agreement, person, organisation, place, document. */
    String pictureKind() { return pictureKind; }

    static Kind of(String iri) {
        if (iri.startsWith(Vocab.DOC)) return DOCUMENT;
        if (!iri.startsWith(Vocab.ID)) return OTHER;
        String rest = iri.substring(Vocab.ID.length());
        int slash = rest.indexOf('/');
        return switch (slash < 0 ? rest : rest.substring(0, slash)) {
            case "meeting", "event" -> MEETING;
            case "series" -> SERIES;
            case "agreement" -> AGREEMENT;
            case "person" -> PERSON;
            case "org" -> ORGANISATION;
            case "economy" -> ECONOMY;
            case "place" -> PLACE;
            case "document" -> WORK;
            case "membership" -> OFFICE;
            case "role" -> ROLE;
            default -> OTHER;
        };
    }
}
