package org.diplokg.extractor.recognise;

import java.util.List;

/** Finds candidate mentions of one kind; overlaps between recognisers are settled by {@link MentionSelector}. */
public interface Recogniser {
    List<Mention> find(RecognitionContext context);
}
