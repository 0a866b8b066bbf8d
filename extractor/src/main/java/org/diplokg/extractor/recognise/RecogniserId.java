package org.diplokg.extractor.recognise;

/**
 * Which rule produced a mention. Later stages branch on some of these (a byline name is no participant, a generic
 * reference to "the meeting" carries arguments but names nothing); the label is what the graph records as
 * {@code dkg:recogniser}, so it stays stable when a constant is renamed.
 */
public enum RecogniserId {
    GAZETTEER("gazetteer"),
    GAZETTEER_ACRONYM("gazetteer+acronym"),
    HANLP("hanlp"),
    TITLE("title-pattern"),
    BYLINE("byline-pattern"),
    CREDIT("credit-pattern"),
    LATIN_NAME("latin-name-pattern"),
    LATIN_NAME_CANDIDATE("latin-name-candidate"),
    UN_BODY("un-body-pattern"),
    STATE_ORGAN("state-organ-pattern"),
    EXTENSION("extension-pattern"),
    LOCAL_ORGAN("local-organ-pattern"),
    GROUPING("grouping-pattern"),
    BOOK_TITLE("book-title"),
    FTA("fta-pattern"),
    PAIR("pair-pattern"),
    ACRONYM_NAME("acronym-pattern"),
    MEETING_NAME("meeting-pattern"),
    GENERIC_REFERENCE("generic-reference"),
    MEETING_ACT("meeting-act-pattern"),
    SIGNING("signing-pattern");

    private final String label;

    RecogniserId(String label) { this.label = label; }

    /** The label written to the graph. */
    public String label() { return label; }
}
