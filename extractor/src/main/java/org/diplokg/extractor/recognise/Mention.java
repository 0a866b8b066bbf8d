package org.diplokg.extractor.recognise;

import java.util.Optional;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.ReferenceEntity;
import org.diplokg.extractor.text.Span;

/**
 * A typed span of the normalised text that names an entity.
 *
 * @param span       normalised offsets
 * @param type       what it names
 * @param name       the name as written (original text, trimmed of book-title marks for agreements)
 * @param key        the normalised name, used to mint an IRI when {@code reference} is null
 * @param reference  the reference entity it names, or null
 * @param title      for a person, the title written next to the name (新西兰总理), else null
 * @param recogniser which rule found it
 * @param confidence 0–1
 */
public record Mention(Span span, EntityType type, String name, String key, ReferenceEntity reference,
                      String title, RecogniserId recogniser, double confidence) {

    public int begin() { return span.begin(); }

    public int end() { return span.end(); }

    public Optional<ReferenceEntity> findReference() { return Optional.ofNullable(reference); }

    public Mention withTitle(String newTitle) {
        return new Mention(span, type, name, key, reference, newTitle, recogniser, confidence);
    }

    /** The IRI of the entity named: the reference entity's, or one minted from the normalised name. */
    public String entityIri() {
        return reference != null ? reference.iri() : type.mint(key);
    }
}
