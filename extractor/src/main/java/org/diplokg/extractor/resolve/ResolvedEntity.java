package org.diplokg.extractor.resolve;

import java.util.List;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.recognise.RecogniserId;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.ReferenceEntity;

/**
 * One entity of a document with all its mentions.
 *
 * @param name      the fullest name as written in the document
 * @param reference the reference entity, or null for a minted one
 * @param titles    titles written next to a person's name, as written
 */
public record ResolvedEntity(String iri, EntityType type, String name, ReferenceEntity reference,
                             List<Mention> mentions, List<String> titles) {
    public ResolvedEntity {
        mentions = List.copyOf(mentions);
        titles = List.copyOf(titles);
    }

    /** The surfaces written, in order of first appearance, without repeats. */
    public List<String> surfaces() {
        return mentions.stream().map(Mention::name).distinct().toList();
    }

    /** True when every mention is a credit line (总台央视记者…, 新华社记者…) rather than content. */
    public boolean creditOnly() {
        return mentions.stream().allMatch(m -> m.recogniser() == RecogniserId.CREDIT);
    }

    /** True when every mention is a byline or credit rather than content. */
    public boolean bylineOnly() {
        return mentions.stream().allMatch(m -> m.recogniser() == RecogniserId.BYLINE);
    }
}
