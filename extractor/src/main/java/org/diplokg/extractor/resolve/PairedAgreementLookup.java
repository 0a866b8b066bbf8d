package org.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.reference.ReferenceEntity;
import org.diplokg.extractor.text.Scripts;
import org.diplokg.extractor.text.TextNormaliser;

/**
 * Finds the reference agreement a pair key names (甲-乙HEAD…, as {@code PairedAgreements} writes it): the labels
 * tried are every Chinese name of either party, in either order, with or without the dash, and every spelling of a
 * free-trade head (自贸协定 for 自由贸易协定). One agreement found is the answer; none or several, no answer.
 */
final class PairedAgreementLookup {

    private static final List<String> FREE_TRADE_HEADS = Lexicons.of("agreement-free-trade-heads").longestFirst();
    private static final Pattern PAIR_KEY = Pattern.compile("([^-]{1,20})-([^-]{1,20}?)(" + Lexicons.of("agreement-pair-heads").alternation() + ")(.*)");

    private final Gazetteer gazetteer;

    PairedAgreementLookup(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<ReferenceEntity> byParties(String key) {
        Matcher m = PAIR_KEY.matcher(key);
        if (!m.matches()) return List.of();
        List<String> as = names(m.group(1)), bs = names(m.group(2));
        List<String> heads = headVariants(m.group(3));
        Set<ReferenceEntity> found = new LinkedHashSet<>();
        for (String head : heads) {
            for (String a : as) {
                for (String b : bs) {
                    for (String label : List.of(a + "-" + b, b + "-" + a, a + b, b + a)) {
                        found.addAll(gazetteer.lookup(label + head + m.group(4), EntityType.AGREEMENT));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** Every Chinese name of the economy or grouping named {@code name}, itself first. */
    private List<String> names(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        for (EntityType type : List.of(EntityType.ECONOMY, EntityType.ORGANIZATION)) {
            for (ReferenceEntity e : gazetteer.lookup(name, type)) {
                for (String l : e.labels()) if (Scripts.anyHan(l)) out.add(TextNormaliser.key(l));
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> headVariants(String head) {
        return FREE_TRADE_HEADS.contains(head) ? FREE_TRADE_HEADS : List.of(head);
    }
}
