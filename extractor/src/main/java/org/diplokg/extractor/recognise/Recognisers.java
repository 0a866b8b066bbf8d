package org.diplokg.extractor.recognise;

import java.util.List;

/** The one list of recognisers the extractor runs, in order; each declares its phase in {@link Recogniser#stage()}. */
public final class Recognisers {
    private Recognisers() {}

    public static List<Recogniser> standard() {
        return List.of(
                new GazetteerRecogniser(),
                new PersonRecogniser(),
                new OrganisationRecogniser(),
                new AgreementRecogniser(),
                new MeetingNameRecogniser(),
                new MeetingActRecogniser());
    }
}
