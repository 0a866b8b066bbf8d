package org.diplokg.extractor.resolve;

import org.diplokg.extractor.text.Scripts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.reference.ReferenceEntity;

/**
 * Turns a document's mentions into entities: a mention the gazetteer did not link is looked up by its exact
 * normalised name; a short form of a transliterated name (特朗普 for 唐纳德·特朗普) joins the full name; the rest
 * get IRIs minted from their normalised name, so the same new name meets itself across documents.
 */
public final class EntityResolver {

    private final Gazetteer gazetteer;
    private final PairedAgreementLookup agreements;

    public EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.agreements = new PairedAgreementLookup(gazetteer);
    }

    /**
     * Links unlinked mentions to reference entities where a label matches exactly; an agreement keyed by its two
     * parties (中国-尼加拉瓜自贸协定) also where a label names the same parties in any order, by any of their names.
     */
    public Mention link(Mention m) {
        if (m.reference() != null) return m;
        List<ReferenceEntity> found = gazetteer.lookup(m.key(), m.type());
        if (found.isEmpty() && m.type() == EntityType.AGREEMENT) found = agreements.byParties(m.key());
        if (found.size() == 1) {
            return new Mention(m.span(), m.type(), m.name(), m.key(), found.get(0), m.title(), m.recogniser(), m.confidence());
        }
        return m;
    }

    /** Groups mentions (already linked) into entities, in order of first mention. */
    public List<ResolvedEntity> resolve(List<Mention> linked) {
        List<Mention> mentions = linked.stream().map(m -> ofRegionNamed(m, linked)).toList();
        Map<String, String> shortToFull = foldShortNames(mentions);
        Map<String, List<Mention>> byIri = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.MEETING || m.type() == EntityType.SERIES) continue;
            String iri = m.entityIri();
            if (m.reference() == null && m.type() == EntityType.PERSON && shortToFull.containsKey(m.key())) {
                iri = shortToFull.get(m.key());
            }
            byIri.computeIfAbsent(iri, k -> new ArrayList<>()).add(m);
        }
        List<ResolvedEntity> out = new ArrayList<>();
        byIri.forEach((iri, ms) -> {
            Mention first = ms.get(0);
            String name = first.type() == EntityType.PERSON ? fullestName(ms) : mostWritten(ms);
            // 欧方 ("the EU side") is how the body is referred to, not its name: named by 欧盟 where the text writes it
            List<Mention> named = ms.stream().filter(m -> !isSideReference(m.name())).toList();
            if (first.type() == EntityType.ORGANIZATION && !named.isEmpty()) name = mostWritten(named);
            if (first.type() == EntityType.AGREEMENT && first.reference() != null) name = first.reference().name();
            List<String> titles = ms.stream().map(Mention::title).filter(t -> t != null && !t.isBlank()).distinct().toList();
            out.add(new ResolvedEntity(iri, first.type(), name, first.reference(), ms, titles));
        });
        return out;
    }

    /**
     * A body's bare name that bodies of several regions share (立法会, 终审法院, 行政长官办公室: Hong Kong's and Macao's)
     * names the body of the region the text names most often (an economy or place mention whose name begins one of
     * the body's labels: 澳门 for 澳门立法会); unlinked when the text names none of them, or two as often: never a
     * silent first pick.
     */
    private Mention ofRegionNamed(Mention m, List<Mention> all) {
        if (m.reference() == null || m.type() != EntityType.ORGANIZATION) return m;
        List<ReferenceEntity> sharing = gazetteer.lookup(m.key(), EntityType.ORGANIZATION);
        if (sharing.size() < 2) return m;
        ReferenceEntity best = null;
        long most = 0;
        boolean tie = false;
        for (ReferenceEntity body : sharing) {
            long named = all.stream().filter(r -> r.type() == EntityType.ECONOMY || r.type() == EntityType.PLACE)
                    .filter(r -> regionNames(r).stream().anyMatch(n -> body.labels().stream().anyMatch(l -> l.length() > n.length() && l.startsWith(n))))
                    .count();
            if (named > most) { best = body; most = named; tie = false; }
            else if (named == most && named > 0) tie = true;
        }
        ReferenceEntity chosen = tie ? null : best;
        if (chosen == m.reference()) return m;
        return new Mention(m.span(), m.type(), m.name(), m.key(), chosen, m.title(), m.recogniser(), m.confidence());
    }

    /** The names of a region a mention names (澳门特区 → 澳门, 澳門, 澳门特别行政区 …): its reference's labels, else its key. */
    private static List<String> regionNames(Mention region) {
        List<String> names = region.reference() == null ? List.of(region.key()) : region.reference().labels();
        return names.stream().filter(n -> n.length() >= 2).toList();
    }

    /** The side a party is referred to by (欧方, 东盟方): one to three characters and 方; never a body's listed name. */
    public static boolean isSideReference(String name) {
        return name.length() >= 2 && name.length() <= 4 && name.endsWith(SIDE);
    }

    private static final String SIDE = "方";

    /** The name written most often; ties go to the fullest. */
    public static String mostWritten(List<Mention> ms) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : ms) counts.merge(m.name(), 1, Integer::sum);
        int max = counts.values().stream().max(Integer::compare).orElse(0);
        return fullestName(ms.stream().filter(m -> counts.get(m.name()) == max).toList());
    }

    /** The longest name written in Chinese characters, else the longest name. */
    private static String fullestName(List<Mention> ms) {
        String best = null;
        for (Mention m : ms) {
            boolean han = Scripts.anyHan(m.name());
            boolean bestHan = best != null && Scripts.anyHan(best);
            if (best == null || han && !bestHan || han == bestHan && m.name().length() > best.length()) best = m.name();
        }
        return best;
    }

    /** Maps the last part of a dotted transliterated name to that name's IRI. */
    private static Map<String, String> foldShortNames(List<Mention> mentions) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON || !m.key().contains("·")) continue;
            String last = m.key().substring(m.key().lastIndexOf('·') + 1);
            if (last.length() >= 2) out.putIfAbsent(last, m.entityIri());
        }
        // a middle part is a surname too where names carry two (丹尼尔·罗伊·诺沃亚·阿辛 is 诺沃亚 for short), when it
        // names one person only and is no other name's last part (dev odd half: 3 participants, 1 person)
        Map<String, String> middle = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON || !m.key().contains("·")) continue;
            String[] parts = m.key().split("·");
            for (int i = 1; i < parts.length - 1; i++) {
                if (parts[i].length() < 2 || out.containsKey(parts[i])) continue;
                String before = middle.putIfAbsent(parts[i], m.entityIri());
                if (before != null && !before.equals(m.entityIri())) middle.put(parts[i], "");
            }
        }
        middle.forEach((part, iri) -> { if (!iri.isEmpty()) out.put(part, iri); });
        // a surname written alone for a name written in full (高市 for 高市早苗, 安倍 for 安倍晋三), when it begins one
        // full name only (ANNOTATION: shortened later mentions fold into the full name; dev odd half: 1 person, 1 participant)
        Map<String, String> prefix = new LinkedHashMap<>();
        for (Mention s : mentions) {
            if (s.type() != EntityType.PERSON || s.reference() != null || s.key().length() < 2 || s.key().contains("·")
                    || out.containsKey(s.key())) continue;
            for (Mention f : mentions) {
                if (f.type() != EntityType.PERSON || f.key().length() <= s.key().length() || !f.key().startsWith(s.key())
                        || f.key().contains("·")) continue;
                String before = prefix.putIfAbsent(s.key(), f.entityIri());
                if (before != null && !before.equals(f.entityIri())) prefix.put(s.key(), "");
            }
        }
        prefix.forEach((part, iri) -> { if (!iri.isEmpty()) out.put(part, iri); });
        return out;
    }
}
