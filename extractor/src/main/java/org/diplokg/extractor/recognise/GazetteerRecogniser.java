package org.diplokg.extractor.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplokg.extractor.recognise.Stage.Input;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.reference.ReferenceEntity;
import org.diplokg.extractor.text.Span;

/**
 * Mentions of reference entities by any of their labels. Needs the gazetteer matches; produces one candidate per
 * match. Two-character person names that are also common words (高峰) count only on a HanLP word boundary and
 * with a title or a speech verb next to them.
 */
public final class GazetteerRecogniser implements Recogniser {

    private static final List<EntityType> PRIORITY = List.of(EntityType.AGREEMENT, EntityType.SERIES, EntityType.MEETING,
            EntityType.ORGANIZATION, EntityType.ECONOMY, EntityType.PERSON, EntityType.PLACE);

    @Override
    public List<Mention> find(RecognitionContext ctx) {
        List<Mention> out = new ArrayList<>();
        String t = ctx.normalised();
        for (Gazetteer.Match m : ctx.gazetteerMatches()) {
            ReferenceEntity e = null;
            for (EntityType type : PRIORITY) {
                e = RecognitionContext.entityOf(m, type);
                if (e != null) break;
            }
            if (e == null) continue;
            String surface = ctx.original(m.begin(), m.end());
            String key = t.substring(m.begin(), m.end());
            double confidence = 0.95;
            if (e.type() == EntityType.PERSON) {
                if (!ctx.text().isTokenBoundary(m.begin()) || !ctx.text().isTokenBoundary(m.end())) {
                    // 国家副主席韩正|在北京: HanLP glues a short name's last character to the next word (正在); a title
                    // before it keeps it a name (dev odd half: 1 event, 2 participants)
                    boolean glued = ctx.text().isTokenBoundary(m.begin()) && Titles.titleEndingAt(t, m.begin()) != null;
                    if (m.length() <= 2 && !glued) continue;
                    confidence = 0.7;
                }
                if (m.length() <= 2 && !PersonRecogniser.hasPersonContext(ctx, m.begin(), m.end())) continue;
            }
            RecogniserId recogniser = RecogniserId.GAZETTEER;
            if (e.type() == EntityType.ORGANIZATION) {
                if (OrganisationRecogniser.runsPastName(t, m.end())) continue; // 教育部门 is not 教育部
                // 香港特别行政区政府 is in the reference as the parent of its bureaus, yet a government as such is no
                // organisation (ANNOTATION.md; set F 006: the one false organisation it gave on dev/D/E/F)
                if (OrganisationRecogniser.isGovernmentAsSuch(key)) continue;
                if (OrganisationRecogniser.isCredit(ctx, m.end())) recogniser = RecogniserId.CREDIT;
            }
            out.add(new Mention(new Span(m.begin(), m.end()), e.type(), surface, key, e, null, recogniser, confidence));
        }
        return out;
    }

    private static final Stage STAGE = Stage.candidates("gazetteer",
            Set.of(Input.TEXT, Input.TOKENS, Input.GAZETTEER),
            Set.of(EntityType.AGREEMENT, EntityType.SERIES, EntityType.MEETING, EntityType.ORGANIZATION, EntityType.ECONOMY, EntityType.PERSON, EntityType.PLACE));

    @Override
    public Stage stage() { return STAGE; }
}
