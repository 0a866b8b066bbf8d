package org.diplokg.extractor.recognise;

import java.util.List;

/**
 * One recognition stage: finds mentions in a document. Every recogniser declares, in {@link #stage()}, when it runs,
 * what it reads of the document and which kinds of entity it produces; {@link RecognitionPipeline} checks the
 * declarations when it is built and the produced kinds on every call, so a declaration cannot drift from the code.
 *
 * <p>A new recogniser is one class implementing this interface plus one line in {@link Recognisers#standard()}
 * (and the labels of its rules in {@link RecogniserId}).
 */
public interface Recogniser {

    /** When, reading what, producing what. */
    Stage stage();

    /**
     * The mentions this recogniser finds. In {@link Stage.Phase#CANDIDATES} they are candidates that
     * {@link MentionSelector} settles with everyone else's; in {@link Stage.Phase#AFTER_SELECTION} they are added to
     * the selected mentions as they are.
     */
    List<Mention> find(RecognitionContext context);
}
