package org.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplokg.extractor.lexicon.Lexicons;
import org.diplokg.extractor.recognise.DateMention;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.Span;

/**
 * Dated status statements about agreements: 已申请加入《…》, 签署《…》, 正式生效, 实质性结束谈判, 升级. A statement needs
 * an agreement and an action verb in the same clause; hopes and plans (期待…生效, 推动…早日生效, 将签署) are not
 * statements. The actor is the economy or organisation named before the verb in the sentence (中方, 中国与东盟).
 */
public final class AgreementStatementFinder {

    /**
     * An action individual and the verbs that state it, from the lexicon {@code agreement-status-NAME}
     * (AppliedToJoin → agreement-status-applied-to-join); tried in this order, the first verb found wins.
     */
    private record Action(String name, Pattern verbs) {
        static Action of(String name) {
            String file = "agreement-status-" + name.replaceAll("(?<=[a-z])(?=[A-Z])", "-").toLowerCase(java.util.Locale.ROOT);
            return new Action(name, Pattern.compile(Lexicons.of(file).alternation()));
        }
    }

    private static final List<Action> ACTIONS = Stream.of("AppliedToJoin", "ConcludedNegotiations", "Signed",
            "EnteredIntoForce", "Upgraded").map(Action::of).toList();
    private static final Pattern NOT_DONE = Pattern.compile(Lexicons.of("agreement-hope-and-plan-words").alternation());

    private AgreementStatementFinder() {}

    public static List<AgreementStatement> find(AnalysedText text, List<Mention> mentions, Map<Mention, String> iriOf,
                                                List<DateMention> dates) {
        String t = text.normalised();
        List<AgreementStatement> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<List<Mention>> bySentence = text.bySentence(mentions, Mention::begin);
        for (int si = 0; si < bySentence.size(); si++) {
            Span sentence = text.sentences().get(si);
            List<Mention> here = bySentence.get(si);
            List<Mention> agreements = here.stream()
                    .filter(m -> m.type() == EntityType.AGREEMENT && sentence.contains(m.span()) && iriOf.containsKey(m)).toList();
            if (agreements.isEmpty()) continue;
            for (Mention a : agreements) {
                Span clause = clauseAround(t, sentence, a);
                String ct = t.substring(clause.begin(), clause.end());
                for (Action action : ACTIONS) {
                    Matcher verb = action.verbs().matcher(ct);
                    if (!verb.find()) continue;
                    int at = clause.begin() + verb.start();
                    if (NOT_DONE.matcher(t.substring(clause.begin(), at)).find()
                            || NOT_DONE.matcher(t.substring(a.end(), Math.max(a.end(), at))).find()) break;
                    // the agreement's own name may hold the verb (升级议定书): the verb must stand outside it, next to it
                    if (at >= a.begin() && at < a.end()) continue;
                    // 签署《…》 / 申请加入… right after the verb; …协定周日在…期间正式签署 further before it
                    boolean passive = at >= a.end();
                    int gap = passive ? at - a.end() : a.begin() - (clause.begin() + verb.end());
                    if (gap > (passive ? 20 : 4)) continue;
                    String actor = actorBefore(here, iriOf, sentence, Math.min(at, a.begin()));
                    DateMention date = dates.stream().filter(d -> sentence.contains(d.span()) && d.date() != null && d.yearKnown())
                            .findFirst().orElse(null);
                    String key = iriOf.get(a) + action.name() + actor;
                    if (seen.add(key)) out.add(new AgreementStatement(iriOf.get(a), action.name(), actor,
                            date == null ? null : date.date(), sentence));
                    break;
                }
            }
        }
        return out;
    }

    /** The clause (between commas) holding the agreement, widened to the one before when the verb leads (已申请加入，…). */
    private static Span clauseAround(String t, Span sentence, Mention a) {
        int b = a.begin(), e = a.end();
        while (b > sentence.begin() && "，,；;".indexOf(t.charAt(b - 1)) < 0) b--;
        while (e < sentence.end() && "，,；;。".indexOf(t.charAt(e)) < 0) e++;
        return new Span(b, e);
    }

    /** The subject: the first economy or reference organisation named in the sentence before the verb. */
    private static String actorBefore(List<Mention> mentions, Map<Mention, String> iriOf, Span sentence, int before) {
        for (Mention m : mentions) {
            if (!sentence.contains(m.span()) || m.end() > before || !iriOf.containsKey(m)) continue;
            boolean inMeetingName = mentions.stream().anyMatch(x -> x.type() == EntityType.MEETING && x.span().contains(m.span()));
            if (inMeetingName) continue;
            if (m.type() == EntityType.ECONOMY || m.type() == EntityType.ORGANIZATION && m.reference() != null) return iriOf.get(m);
        }
        return null;
    }
}
