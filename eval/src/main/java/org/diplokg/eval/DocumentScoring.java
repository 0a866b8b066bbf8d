package org.diplokg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.diplokg.eval.PythonValues.get;
import static org.diplokg.eval.PythonValues.isNone;
import static org.diplokg.eval.PythonValues.iterate;
import static org.diplokg.eval.PythonValues.truthy;

/** score.py's {@code score_doc}: one gold summary against one prediction, rule for rule. */
final class DocumentScoring {

    /** One side of an agreements-per-meeting pair: gold ("g") or prediction-only ("p"), and an index or a name. */
    private record Ref(String kind, Object ref) {}

    private record MeetingAgreement(Ref meeting, Ref agreement) {}

    private final NameRules rules;
    private final Normaliser n;
    private final EventMatching events;

    DocumentScoring(NameRules rules) {
        this.rules = rules;
        this.n = rules.normaliser();
        this.events = new EventMatching(rules);
    }

    Tally score(JsonNode gold, JsonNode pred) {
        Tally t = new Tally();
        persons(gold, pred, t);
        organisations(gold, pred, t);
        List<JsonNode> ga = iterate(get(gold, "agreements"));
        agreements(ga, iterate(get(pred, "agreements")), t);
        dates(gold, pred, t);
        JsonNode published = get(gold, "published");
        if (truthy(published)) {
            t.count("published", n.norm(published).equals(n.norm(get(pred, "published"))));
        }
        events(gold, pred, ga, t);
        agreementActions(gold, pred, ga, t);
        return t;
    }

    private void persons(JsonNode gold, JsonNode pred, Tally t) {
        Set<String> meta = new HashSet<>();
        iterate(get(gold, "persons_metadata_only")).forEach(x -> meta.add(n.norm(x)));
        List<Set<String>> required = new ArrayList<>();
        List<Set<String>> optional = new ArrayList<>();
        for (JsonNode p : iterate(get(gold, "persons"))) {
            Set<String> names = rules.personNames(p);
            (names.stream().anyMatch(meta::contains) ? optional : required).add(names);
        }
        List<String> predicted = new ArrayList<>();
        for (JsonNode p : iterate(get(pred, "persons"))) {
            String name = n.norm(p.isObject() ? get(p, "name") : p);
            if (!name.isEmpty()) predicted.add(name);
        }
        t.add("persons", SetScoring.score(required, predicted, optional));
    }

    private void organisations(JsonNode gold, JsonNode pred, Tally t) {
        JsonNode aliases = get(gold, "aliases");
        List<Set<String>> orgs = new ArrayList<>();
        for (JsonNode o : iterate(get(gold, "organizations"))) {
            String name = n.norm(o);
            Set<String> names = new HashSet<>();
            names.add(name);
            if (truthy(aliases)) {
                if (!aliases.isObject()) throw new IllegalArgumentException("gold \"aliases\" must be an object");
                aliases.fields().forEachRemaining(e -> {
                    if (n.norm(e.getValue()).equals(name)) names.add(n.norm(e.getKey()));
                });
            }
            orgs.add(names);
        }
        List<Set<String>> optional = singletons(iterate(get(gold, "organizations_metadata_only")));
        List<String> predicted = new ArrayList<>();
        for (JsonNode o : iterate(get(pred, "organizations"))) {
            String name = n.norm(o.isObject() ? get(o, "name") : o);
            if (!name.isEmpty()) predicted.add(name);
        }
        t.add("organizations", SetScoring.score(orgs, predicted, optional));
    }

    private void agreements(List<JsonNode> ga, List<JsonNode> pa, Tally t) {
        List<Set<String>> goldNames = pa.isEmpty() ? List.of() : namesOf(ga);
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        int fp = 0;
        for (JsonNode a : pa) {
            Set<String> pn = rules.agreementNames(a);
            int hit = findAgreement(pn, goldNames, used);
            if (hit >= 0) {
                used.add(hit);
                tp++;
            } else if (goldNames.stream().noneMatch(gn -> NameRules.sameAgreement(pn, gn))) {
                fp++;
            }
        }
        t.add("agreements", new Prf(tp, fp, ga.size() - used.size()));
    }

    /**
     * {@code find_agreement}: the gold agreement a set of names denotes, skipping {@code skip}; an exact name
     * first, containment only where none is exact (so TPP does not land on CPTPP); -1 when none.
     */
    private static int findAgreement(Set<String> pn, List<Set<String>> goldNames, Set<Integer> skip) {
        for (int i = 0; i < goldNames.size(); i++) {
            if (!skip.contains(i) && !java.util.Collections.disjoint(pn, goldNames.get(i))) return i;
        }
        for (int i = 0; i < goldNames.size(); i++) {
            if (!skip.contains(i) && NameRules.sameAgreement(pn, goldNames.get(i))) return i;
        }
        return -1;
    }

    private void dates(JsonNode gold, JsonNode pred, Tally t) {
        List<Set<String>> gd = singletons(iterate(get(gold, "dates")));
        List<Set<String>> optional = singletons(iterate(get(gold, "dates_metadata_only")));
        List<String> predicted = new ArrayList<>();
        iterate(get(pred, "dates")).forEach(d -> predicted.add(n.norm(d)));
        t.add("dates", SetScoring.score(gd, predicted, optional));
    }

    private void events(JsonNode gold, JsonNode pred, List<JsonNode> ga, Tally t) {
        List<JsonNode> ge = iterate(get(gold, "events"));
        List<JsonNode> planned = new ArrayList<>();
        for (JsonNode p : iterate(get(gold, "events_planned"))) {
            if (p.isTextual()) {
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                o.set("name", p);
                planned.add(o);
            } else {
                planned.add(p);
            }
        }
        List<JsonNode> pe = iterate(get(pred, "events"));
        Map<Integer, Integer> matched = events.match(ge, pe);
        Set<Integer> matchedPred = new HashSet<>(matched.values());
        List<JsonNode> unmatched = new ArrayList<>();
        List<Integer> unmatchedIndexes = new ArrayList<>();
        for (int i = 0; i < pe.size(); i++) {
            if (!matchedPred.contains(i)) {
                unmatched.add(pe.get(i));
                unmatchedIndexes.add(i);
            }
        }
        // a predicted event that is a gold planned one is neither right nor wrong, and neither are its agreements
        Set<Integer> plannedPred = new HashSet<>();
        events.match(planned, unmatched).values().forEach(j -> plannedPred.add(unmatchedIndexes.get(j)));
        t.add("events", new Prf(matched.size(), unmatched.size() - plannedPred.size(), ge.size() - matched.size()));

        matched.forEach((gi, pi) -> attributes(ge.get(gi), pe.get(pi), t));
        agreementsPerMeeting(ge, pe, ga, matched, plannedPred, t);
    }

    private void attributes(JsonNode g, JsonNode p, Tally t) {
        for (String attr : List.of("date", "ordinal", "chair")) {
            JsonNode gv = get(g, attr);
            if (isNone(gv) || (gv.isTextual() && gv.textValue().isEmpty())) continue;
            boolean ok;
            if (attr.equals("chair")) {
                JsonNode pv = get(p, attr);
                Set<String> common = rules.personNamesOf(gv);
                common.retainAll(rules.personNamesOf(truthy(pv) ? pv : TextNode.valueOf("")));
                ok = !common.isEmpty();
            } else {
                ok = n.norm(gv).equals(n.norm(get(p, attr)));
            }
            t.count("event_" + attr, ok);
        }
        List<Set<String>> parts = singletons(iterate(get(g, "participants")));
        List<String> predicted = new ArrayList<>();
        iterate(get(p, "participants")).forEach(x -> predicted.add(n.norm(x)));
        t.add("event_participants", SetScoring.score(parts, predicted));
    }

    private void agreementsPerMeeting(List<JsonNode> ge, List<JsonNode> pe, List<JsonNode> ga,
                                      Map<Integer, Integer> matched, Set<Integer> plannedPred, Tally t) {
        Set<MeetingAgreement> goldPairs = new HashSet<>();
        for (int gi = 0; gi < ge.size(); gi++) {
            for (Ref r : agreementRefs(iterate(get(ge.get(gi), "agreements_mentioned")), ga)) {
                // score.py re-tags every gold reference as "g", so a key that names no gold agreement can never be hit
                goldPairs.add(new MeetingAgreement(new Ref("g", gi), new Ref("g", r.ref())));
            }
        }
        Map<Integer, Integer> back = new HashMap<>();
        matched.forEach((gi, pi) -> back.put(pi, gi));
        Set<MeetingAgreement> predPairs = new HashSet<>();
        for (int pi = 0; pi < pe.size(); pi++) {
            if (plannedPred.contains(pi)) continue;
            Ref meeting = back.containsKey(pi) ? new Ref("g", back.get(pi)) : new Ref("p", pi);
            for (Ref r : agreementRefs(iterate(get(pe.get(pi), "agreements_mentioned")), ga)) {
                predPairs.add(new MeetingAgreement(meeting, r));
            }
        }
        Set<MeetingAgreement> common = new HashSet<>(goldPairs);
        common.retainAll(predPairs);
        int tp = common.size();
        t.add("agreements_per_meeting", new Prf(tp, predPairs.size() - tp, goldPairs.size() - tp));
    }

    /** {@code map_agreement_keys}: each key as the index of the gold agreement it names, else its bare name. */
    private List<Ref> agreementRefs(List<JsonNode> keys, List<JsonNode> goldAgreements) {
        List<Ref> out = new ArrayList<>();
        List<Set<String>> goldNames = keys.isEmpty() ? List.of() : namesOf(goldAgreements);
        for (JsonNode k : keys) {
            int hit = findAgreement(rules.agreementNames(k), goldNames, Set.of());
            out.add(hit >= 0 ? new Ref("g", hit) : new Ref("p", n.bare(k)));
        }
        return out;
    }

    private List<Set<String>> singletons(List<JsonNode> values) {
        List<Set<String>> out = new ArrayList<>();
        values.forEach(v -> out.add(Set.of(n.norm(v))));
        return out;
    }

    private List<Set<String>> namesOf(List<JsonNode> agreements) {
        List<Set<String>> out = new ArrayList<>();
        agreements.forEach(g -> out.add(rules.agreementNames(g)));
        return out;
    }

    /** One (agreement, action) of {@code score_actions}: the agreement as {@code map_agreement_keys} gives it. */
    private record ActionKey(Ref agreement, String action) {}

    private record GoldAction(ActionKey key, Set<String> actors, JsonNode item) {}

    /**
     * {@code score_actions}: (agreement, action, actor) matched one-to-one, the actor by normalised name with the
     * gold's {@code actor_also} and aliases; date accuracy on the matches. A gold without the field is not scored.
     */
    private void agreementActions(JsonNode gold, JsonNode pred, List<JsonNode> ga, Tally t) {
        if (!gold.has("agreement_actions")) return;
        List<GoldAction> goldItems = new ArrayList<>();
        for (JsonNode x : iterate(get(gold, "agreement_actions"))) {
            goldItems.add(new GoldAction(actionKey(x, ga), actors(x, get(gold, "aliases")), x));
        }
        boolean[] used = new boolean[goldItems.size()];
        int tp = 0;
        int fp = 0;
        for (JsonNode x : iterate(get(pred, "agreement_actions"))) {
            ActionKey k = actionKey(x, ga);
            String actor = n.norm(get(x, "actor"));
            int hit = -1;
            boolean any = false;
            for (int i = 0; i < goldItems.size(); i++) {
                GoldAction g = goldItems.get(i);
                if (!g.key().equals(k) || !g.actors().contains(actor)) continue;
                any = true;
                if (!used[i]) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                if (!any) fp++;
                continue;
            }
            used[hit] = true;
            tp++;
            JsonNode gd = get(goldItems.get(hit).item(), "date");
            if (truthy(gd)) t.count("action_date", n.norm(gd).equals(n.norm(get(x, "date"))));
        }
        int fn = 0;
        for (boolean u : used) fn += u ? 0 : 1;
        t.add("agreement_actions", new Prf(tp, fp, fn));
    }

    private ActionKey actionKey(JsonNode x, List<JsonNode> ga) {
        JsonNode agreement = get(x, "agreement");
        Ref ref = agreementRefs(List.of(truthy(agreement) ? agreement : TextNode.valueOf("")), ga).get(0);
        JsonNode action = get(x, "action");
        String name;
        if (!truthy(action)) {
            name = "";
        } else if (action.isTextual()) {
            name = PythonValues.strip(action.textValue()).toLowerCase(java.util.Locale.ROOT);
        } else {
            throw new IllegalArgumentException("\"action\" must be a string");
        }
        return new ActionKey(ref, name);
    }

    /** The actor as written, its other spellings, and the aliases the gold lists for any of them. */
    private Set<String> actors(JsonNode x, JsonNode aliases) {
        Set<String> names = new HashSet<>();
        names.add(n.norm(get(x, "actor")));
        iterate(get(x, "actor_also")).forEach(a -> names.add(n.norm(a)));
        if (truthy(aliases)) {
            if (!aliases.isObject()) throw new IllegalArgumentException("gold \"aliases\" must be an object");
            Set<String> extra = new HashSet<>();
            aliases.fields().forEachRemaining(e -> {
                if (names.contains(n.norm(e.getValue()))) extra.add(n.norm(e.getKey()));
            });
            names.addAll(extra);
        }
        return names;
    }
}
