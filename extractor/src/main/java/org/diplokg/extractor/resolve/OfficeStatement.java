package org.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.reference.ReferenceEntity;
import org.diplokg.extractor.text.NormalisedText;
import org.diplokg.extractor.text.TextNormaliser;

/**
 * A document says a person holds an office: 新西兰总理阿德恩 → (阿德恩, 新西兰, 总理).
 *
 * @param organisation the economy or organisation the office belongs to, or null when the title names none
 * @param title        the whole title as written (新西兰总理)
 * @param role         the office alone (总理)
 */
public record OfficeStatement(String person, String organisation, String title, String role) {

    /** Credits, not offices. */
    private static final Set<String> BYLINES = Lexicons.of("byline-titles").set();

    /** Splits each person's titles into organisation and office, resolving the organisation by the gazetteer. */
    public static List<OfficeStatement> of(List<ResolvedEntity> entities, Gazetteer gazetteer) {
        Set<String> resolved = entities.stream().map(ResolvedEntity::iri).collect(Collectors.toSet());
        List<OfficeStatement> out = new ArrayList<>();
        for (ResolvedEntity e : entities) {
            if (e.type() != EntityType.PERSON) continue;
            for (String title : e.titles()) {
                NormalisedText t = TextNormaliser.normalise(title);
                String organisation = null;
                int cut = 0;
                for (Gazetteer.Match m : gazetteer.findLongest(t)) {
                    if (m.begin() != cut) break;
                    List<ReferenceEntity> bodies = m.entities().stream()
                            .filter(x -> x.type() == EntityType.ECONOMY || x.type() == EntityType.ORGANIZATION).toList();
                    if (bodies.isEmpty()) break;
                    organisation = bodyOf(bodies, resolved);
                    cut = m.end();
                }
                String role = t.originalText(Math.min(cut, t.length()), t.length()).replaceFirst("^兼", "");
                if (!role.isBlank() && !BYLINES.contains(TextNormaliser.key(role))) {
                    out.add(new OfficeStatement(e.iri(), organisation, title, role));
                }
            }
        }
        return out;
    }

    /**
     * The body a title names: the one body of its label, else the one of them the document itself resolved (立法会主席
     * in a Macao story is the Legislative Assembly's, not Hong Kong's LegCo, which shares the bare label), else none.
     */
    private static String bodyOf(List<ReferenceEntity> bodies, Set<String> resolved) {
        if (bodies.size() == 1) return bodies.get(0).iri();
        List<String> inDocument = bodies.stream().map(ReferenceEntity::iri).filter(resolved::contains).toList();
        return inDocument.size() == 1 ? inDocument.get(0) : null;
    }
}
