package org.diplokg.extractor.recognise;

import java.util.EnumSet;
import java.util.Set;
import org.diplokg.extractor.reference.EntityType;

/**
 * What a {@link Recogniser} declares about itself (as CoreNLP's annotators declare their requirements).
 *
 * @param name     a short name for messages
 * @param phase    before or after mention selection
 * @param needs    what it reads of the {@link RecognitionContext}
 * @param produces the types of the mentions it returns
 */
public record Stage(String name, Phase phase, Set<Input> needs, Set<EntityType> produces) {

    /** The two phases of recognition. */
    public enum Phase {
        /** Runs over the analysed text; its mentions are candidates, settled with all others by the selector. */
        CANDIDATES,
        /** Runs once the candidates are selected and linked, and may read them ({@link Input#SELECTED_MENTIONS}). */
        AFTER_SELECTION
    }

    /** What a recogniser may read of one document. */
    public enum Input {
        /** the normalised text and its original */
        TEXT,
        /** HanLP's words and their boundaries */
        TOKENS,
        /** the sentence spans */
        SENTENCES,
        /** every match of a reference label */
        GAZETTEER,
        /** the dates found in the text */
        DATES,
        /** the mentions chosen in the candidates phase, linked to the reference data */
        SELECTED_MENTIONS;

        /** What the pipeline has ready before the given phase. */
        static Set<Input> availableIn(Phase phase) {
            Set<Input> all = EnumSet.allOf(Input.class);
            if (phase == Phase.CANDIDATES) all.remove(SELECTED_MENTIONS);
            return all;
        }
    }

    public Stage {
        needs = Set.copyOf(needs);
        produces = Set.copyOf(produces);
        if (produces.isEmpty()) throw new IllegalArgumentException(name + ": a stage must produce something");
    }

    /** A stage of the candidates phase. */
    public static Stage candidates(String name, Set<Input> needs, Set<EntityType> produces) {
        return new Stage(name, Phase.CANDIDATES, needs, produces);
    }

    /** A stage that runs after selection. */
    public static Stage afterSelection(String name, Set<Input> needs, Set<EntityType> produces) {
        return new Stage(name, Phase.AFTER_SELECTION, needs, produces);
    }
}
