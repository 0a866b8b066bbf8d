package org.diplokg.extractor.reference;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.extractor.vocab.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Checks the Turtle files under {@code ontology/}: the gazetteer and entity resolution trust these labels and facts,
 * so a file that does not parse, an entity without a Chinese or English name, a label that names two kinds of thing,
 * or a gap in the APEC leaders' meetings would silently corrupt every extraction.
 */
class ReferenceFilesTest {

    private static final Path ONTOLOGY = Path.of("..", "ontology");
    private static final String ID = Vocab.ID;

    /** The entity classes whose members must be named in simplified Chinese and English, in clash-check order. */
    private static final List<String> ENTITY_CLASSES = List.of(
            Vocab.DKG + "Agreement", Vocab.ORG + "FormalOrganization", Vocab.DKG + "Economy", Vocab.SCHEMA + "City",
            Vocab.DKG + "Meeting", Vocab.DKG + "MeetingSeries", Vocab.SCHEMA + "Person");
    private static final List<String> LABEL_PROPERTIES = List.of(
            Vocab.SKOS + "prefLabel", Vocab.SKOS + "altLabel", Vocab.SKOS + "hiddenLabel",
            Vocab.DKG + "acronym", Vocab.DKG + "sideReference");

    private static List<Path> files;
    private static Model all;

    @BeforeAll
    static void loadFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(ONTOLOGY)) {
            files = walk.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
        all = ModelFactory.createDefaultModel();
        for (Path file : files) {
            try {
                RDFParser.source(file).lang(Lang.TURTLE).parse(all);
            } catch (RuntimeException e) {
                // reported by everyOntologyFileParses; the other checks run on what did parse
            }
        }
    }

    @Test
    void everyOntologyFileParses() {
        assertTrue(files.stream().anyMatch(p -> p.toString().contains("reference")), "no reference files under " + ONTOLOGY);
        assertAll(files.stream().map(file -> (Executable) () -> {
            Model model = ModelFactory.createDefaultModel();
            try {
                RDFParser.source(file).lang(Lang.TURTLE).parse(model);
            } catch (RuntimeException e) {
                fail(file + " does not parse: " + e.getMessage());
            }
            assertFalse(model.isEmpty(), file + " holds no triples");
        }));
    }

    @Test
    void everyEntityHasOneSimplifiedChineseAndOneEnglishPrefLabel() {
        Property prefLabel = all.createProperty(Vocab.SKOS + "prefLabel");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String cls : ENTITY_CLASSES) {
            for (Resource entity : all.listSubjectsWithProperty(RDF.type, all.createResource(cls)).toList()) {
                checked++;
                List<Literal> labels = all.listObjectsOfProperty(entity, prefLabel).filterKeep(RDFNode::isLiteral)
                        .mapWith(RDFNode::asLiteral).toList();
                long hans = labels.stream().filter(l -> l.getLanguage().equalsIgnoreCase("zh-Hans")).count();
                long hant = labels.stream().filter(l -> l.getLanguage().equalsIgnoreCase("zh-Hant")).count();
                long en = labels.stream().filter(l -> l.getLanguage().equalsIgnoreCase("en")).count();
                if (hans != 1 || en != 1 || hant > 1) {
                    problems.add(entity.getURI() + " has " + hans + " zh-Hans, " + hant + " zh-Hant, " + en + " en prefLabels");
                }
            }
        }
        assertTrue(checked > 0, "no typed entities found");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyApecLeadersMeetingFrom1993To2026IsPresentWithIncreasingOrdinals() {
        Resource series = all.createResource(ID + "series/apec-aelm");
        Property superEvent = all.createProperty(Vocab.SCHEMA + "superEvent");
        Property ordinal = all.createProperty(Vocab.DKG + "ordinal");
        Property status = all.createProperty(Vocab.SCHEMA + "eventStatus");
        Property startDate = all.createProperty(Vocab.SCHEMA + "startDate");
        Resource cancelled = all.createResource(Vocab.SCHEMA + "EventCancelled");
        Resource meetingClass = all.createResource(Vocab.DKG + "Meeting");

        int previous = 0;
        for (int year = 1993; year <= 2026; year++) {
            Resource meeting = all.createResource(ID + "meeting/apec-aelm-" + year);
            assertTrue(all.contains(meeting, RDF.type, meetingClass), "no APEC leaders' meeting for " + year);
            assertTrue(all.contains(meeting, superEvent, series), year + " is not in the APEC leaders' meeting series");
            Optional<Integer> n = Optional.ofNullable(meeting.getProperty(ordinal)).map(Statement::getInt);
            if (year == 2019) {
                assertTrue(all.contains(meeting, status, cancelled), "the 2019 Santiago meeting is not marked cancelled");
                assertTrue(n.isEmpty(), "the cancelled 2019 meeting has an ordinal");
                continue;
            }
            assertTrue(n.isPresent(), year + " has no ordinal");
            assertEquals(previous + 1, n.get(), "ordinal of " + year);
            previous = n.get();
            Statement start = meeting.getProperty(startDate);
            if (start != null) {
                assertTrue(start.getLiteral().getLexicalForm().startsWith(Integer.toString(year)),
                        year + " starts on " + start.getLiteral().getLexicalForm());
            }
        }
        assertEquals(22, all.createResource(ID + "meeting/apec-aelm-2014").getProperty(ordinal).getInt());
        assertEquals(33, previous, "the 2026 Shenzhen meeting is the 33rd");
    }

    @Test
    void exactlyTwentyOneEconomiesAreApecMembers() {
        Property memberOf = all.createProperty(Vocab.ORG + "memberOf");
        Set<String> members = all.listSubjectsWithProperty(memberOf, all.createResource(ID + "org/apec"))
                .mapWith(Resource::getURI).toSet();
        assertEquals(21, members.size(), () -> "APEC members: " + new TreeSet<>(members));
        assertTrue(members.containsAll(Set.of(ID + "economy/hk", ID + "economy/tw", ID + "economy/cn")), "APEC members: " + members);
    }

    @Test
    void noLabelIsSharedByEntitiesOfDifferentTypes() {
        Map<String, Map<String, Set<String>>> typesByLabel = new TreeMap<>();
        for (String cls : ENTITY_CLASSES) {
            for (Resource entity : all.listSubjectsWithProperty(RDF.type, all.createResource(cls)).toList()) {
                if (!cls.equals(entityClass(entity))) {
                    continue;
                }
                for (String property : LABEL_PROPERTIES) {
                    all.listObjectsOfProperty(entity, all.createProperty(property)).filterKeep(RDFNode::isLiteral)
                            .forEach(label -> typesByLabel.computeIfAbsent(normalise(label.asLiteral().getLexicalForm()),
                                            k -> new TreeMap<>())
                                    .computeIfAbsent(localName(cls), k -> new TreeSet<>())
                                    .add(entity.getURI().substring(ID.length())));
                }
            }
        }
        List<String> clashes = typesByLabel.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(e -> "\"" + e.getKey() + "\" names " + e.getValue())
                .collect(Collectors.toList());
        assertTrue(clashes.isEmpty(), "labels shared across types:\n" + String.join("\n", clashes));
    }

    @Test
    void noLabelNamesTwoMeetingsOrSeries() {
        Map<String, Set<String>> meetingsByLabel = new TreeMap<>();
        for (String cls : List.of(Vocab.DKG + "Meeting", Vocab.DKG + "MeetingSeries")) {
            for (Resource meeting : all.listSubjectsWithProperty(RDF.type, all.createResource(cls)).toList()) {
                for (String property : LABEL_PROPERTIES) {
                    all.listObjectsOfProperty(meeting, all.createProperty(property)).filterKeep(RDFNode::isLiteral)
                            .forEach(label -> meetingsByLabel.computeIfAbsent(normalise(label.asLiteral().getLexicalForm()),
                                    k -> new TreeSet<>()).add(meeting.getURI().substring(ID.length())));
                }
            }
        }
        List<String> ambiguous = meetingsByLabel.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> "\"" + e.getKey() + "\" names " + e.getValue()).toList();
        assertTrue(ambiguous.isEmpty(), "labels naming several meetings:\n" + String.join("\n", ambiguous));
    }

    @Test
    void everyReferencedReferenceEntityIsDefined() {
        List<String> dangling = all.listStatements().toList().stream()
                .filter(s -> s.getObject().isURIResource() && s.getObject().asResource().getURI().startsWith(ID))
                .filter(s -> !all.contains(s.getObject().asResource(), RDF.type))
                .map(s -> s.getSubject().getURI() + " -> " + s.getObject().asResource().getURI())
                .distinct()
                .toList();
        assertTrue(dangling.isEmpty(), "undefined entities:\n" + String.join("\n", dangling));
    }

    /** The first entity class the resource has, so that a resource with two such types is counted once. */
    private static String entityClass(Resource entity) {
        return ENTITY_CLASSES.stream().filter(c -> all.contains(entity, RDF.type, all.createResource(c))).findFirst()
                .orElseThrow();
    }

    private static String normalise(String label) {
        return Normalizer.normalize(label, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
