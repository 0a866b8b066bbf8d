package org.diplokg.extractor.resolve;

/**
 * A document says a person holds an office: 新西兰总理阿德恩 → (阿德恩, 新西兰, 总理).
 *
 * @param organisation the economy or organisation the office belongs to, or null when the title names none
 * @param title        the whole title as written (新西兰总理)
 * @param role         the office alone (总理)
 */
public record OfficeStatement(String person, String organisation, String title, String role) {

    /** Credits, not offices. */
    private static final java.util.Set<String> BYLINES = org.diplokg.extractor.lexicon.Lexicons.of("byline-titles").set();

    /** Splits each person's titles into organisation and office, resolving the organisation by the gazetteer. */
    public static java.util.List<OfficeStatement> of(java.util.List<ResolvedEntity> entities,
                                                     org.diplokg.extractor.reference.Gazetteer gazetteer) {
        java.util.List<OfficeStatement> out = new java.util.ArrayList<>();
        for (ResolvedEntity e : entities) {
            if (e.type() != org.diplokg.extractor.reference.EntityType.PERSON) continue;
            for (String title : e.titles()) {
                org.diplokg.extractor.text.NormalisedText t = org.diplokg.extractor.text.TextNormaliser.normalise(title);
                String organisation = null;
                int cut = 0;
                for (org.diplokg.extractor.reference.Gazetteer.Match m : gazetteer.findLongest(t)) {
                    if (m.begin() != cut) break;
                    var ref = m.entities().stream().filter(x -> x.type() == org.diplokg.extractor.reference.EntityType.ECONOMY
                            || x.type() == org.diplokg.extractor.reference.EntityType.ORGANIZATION).findFirst().orElse(null);
                    if (ref == null) break;
                    organisation = ref.iri();
                    cut = m.end();
                }
                String role = t.originalText(Math.min(cut, t.length()), t.length()).replaceFirst("^兼", "");
                if (!role.isBlank() && !BYLINES.contains(org.diplokg.extractor.text.TextNormaliser.key(role))) {
                    out.add(new OfficeStatement(e.iri(), organisation, title, role));
                }
            }
        }
        return out;
    }
}
