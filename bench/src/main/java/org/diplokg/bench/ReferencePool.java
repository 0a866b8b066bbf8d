package org.diplokg.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.extractor.vocab.Vocab;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.extractor.reference.ReferenceEntity;

/**
 * The names a synthetic article is written with, taken from the reference knowledge base so that the
 * extractor meets the same people, meetings and agreements it meets in real news. Every list is sorted,
 * so the corpus depends only on the seed and the reference data, not on hash order.
 *
 * @param people        office holders with a title written before the name (新西兰总理阿德恩)
 * @param meetings      reference meeting instances with an ordinal (亚太经合组织第二十八次领导人非正式会议)
 * @param series        meeting series names, for meetings the reference data does not list
 * @param agreements    agreements: full name and, when it has one, the acronym
 * @param organisations organisation names
 * @param economies     economy names
 * @param cities        city names
 */
public record ReferencePool(List<TitledPerson> people, List<String> meetings, List<String> series,
                            List<AgreementName> agreements, List<String> organisations,
                            List<String> economies, List<String> cities) {

    /** A person as news writes them the first time: who they are, then the name. */
    public record TitledPerson(String name, String title) {
        public String titled() { return title + name; }
    }

    /** An agreement's simplified Chinese name and acronym (null when it has none). */
    public record AgreementName(String name, String acronym) {}

    public ReferencePool {
        people = List.copyOf(people);
        meetings = List.copyOf(meetings);
        series = List.copyOf(series);
        agreements = List.copyOf(agreements);
        organisations = List.copyOf(organisations);
        economies = List.copyOf(economies);
        cities = List.copyOf(cities);
        if (people.isEmpty() || agreements.isEmpty() || economies.isEmpty() || cities.isEmpty()) {
            throw new IllegalArgumentException("the reference data lacks people, agreements, economies or cities");
        }
    }

    private static final Node MEMBER = NodeFactory.createURI(Vocab.ORG + "member");
    private static final Node ORGANIZATION = NodeFactory.createURI(Vocab.ORG + "organization");
    private static final Node ROLE = NodeFactory.createURI(Vocab.ORG + "role");
    private static final Node MEMBERSHIP = NodeFactory.createURI(Vocab.ORG + "Membership");
    private static final Node PREF = Vocab.skos("prefLabel");
    private static final Node ALT = Vocab.skos("altLabel");

    public static ReferencePool from(ReferenceData reference) {
        Map<String, List<ReferenceEntity>> byType = new TreeMap<>();
        reference.entities().stream()
                .filter(e -> e.nameZh() != null)
                .sorted(Comparator.comparing(ReferenceEntity::iri))
                .forEach(e -> byType.computeIfAbsent(e.type().name(), k -> new ArrayList<>()).add(e));
        List<ReferenceEntity> none = List.of();

        List<String> meetings = byType.getOrDefault(EntityType.MEETING.name(), none).stream()
                .filter(e -> e.ordinal() > 0).map(ReferenceEntity::nameZh).toList();
        List<String> series = names(byType.getOrDefault(EntityType.SERIES.name(), none));
        List<AgreementName> agreements = byType.getOrDefault(EntityType.AGREEMENT.name(), none).stream()
                .map(e -> new AgreementName(e.nameZh(), e.acronym())).toList();
        return new ReferencePool(titledPeople(reference), meetings, series, agreements,
                names(byType.getOrDefault(EntityType.ORGANIZATION.name(), none)),
                names(byType.getOrDefault(EntityType.ECONOMY.name(), none)),
                names(byType.getOrDefault(EntityType.PLACE.name(), none)));
    }

    private static List<String> names(List<ReferenceEntity> entities) {
        return entities.stream().map(ReferenceEntity::nameZh).toList();
    }

    /**
     * Every membership with a person, a role and an economy or organisation, titled as news writes it:
     * the economy and the role's shortest label (新西兰总理), the organisation's short name and the role (世贸总干事),
     * or the role's full name alone when it already names its organisation (全国人大常委会委员长, 外交部长).
     */
    private static List<TitledPerson> titledPeople(ReferenceData reference) {
        Graph g = reference.graph();
        List<TitledPerson> out = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), MEMBERSHIP).toList()) {
            Node m = t.getSubject();
            String person = reference.find(uri(g, m, MEMBER)).map(ReferenceEntity::nameZh).orElse(null);
            ReferenceEntity where = reference.find(uri(g, m, ORGANIZATION)).orElse(null);
            List<String> roleLabels = hanLabels(g, uri(g, m, ROLE));
            if (person == null || person.isBlank() || where == null || roleLabels.isEmpty()) continue;
            boolean economy = where.type() == EntityType.ECONOMY;
            String whereName = economy ? where.name() : hanLabels(g, where.iri()).stream().findFirst().orElse(where.name());
            String rolePref = label(g, uri(g, m, ROLE), PREF);
            String roleShort = roleLabels.get(0);
            String title;
            if (roleShort.startsWith(whereName)) title = roleShort;
            else if (!economy && rolePref != null && rolePref.length() >= 2 && whereName.startsWith(rolePref.substring(0, 2))) title = rolePref;
            else title = whereName + roleShort;
            out.add(new TitledPerson(person, title));
        }
        out.sort(Comparator.comparing(TitledPerson::title).thenComparing(TitledPerson::name));
        return out.stream().distinct().toList();
    }

    private static String uri(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isURI)
                .map(Node::getURI).sorted().findFirst().orElse(null);
    }

    /** Simplified-Chinese labels (preferred and alternative), shortest first. */
    private static List<String> hanLabels(Graph g, String iri) {
        if (iri == null) return List.of();
        Node s = NodeFactory.createURI(iri);
        List<String> labels = new ArrayList<>();
        for (Node p : List.of(PREF, ALT)) {
            for (Triple t : g.find(s, p, Node.ANY).toList()) {
                Node o = t.getObject();
                if (o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase("zh-Hans")) labels.add(o.getLiteralLexicalForm());
            }
        }
        labels.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        return labels;
    }

    private static String label(Graph g, String iri, Node property) {
        if (iri == null) return null;
        return g.find(NodeFactory.createURI(iri), property, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(o -> o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase("zh-Hans"))
                .map(Node::getLiteralLexicalForm).sorted().findFirst().orElse(null);
    }
}
