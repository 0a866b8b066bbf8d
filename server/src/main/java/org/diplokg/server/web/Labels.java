package org.diplokg.server.web;

import java.util.Comparator;
import java.util.List;
import org.diplokg.extractor.text.HanLp;
import org.diplokg.extractor.vocab.Vocab;

/**
 * The name to show for a thing, in the reader's script. Preferred labels of the reference data first, then
 * names and headlines, then the forms documents wrote; among them the reader's script, then Chinese of the
 * other script converted with HanLP's tables, then English; shorter before longer.
 */
final class Labels {
    private Labels() {}

    static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    /** One candidate name: the predicate that gave it, its text and language tag. */
    record Label(String predicate, String text, String lang) {}

    static String best(List<Label> labels, Script script) {
        return labels.stream()
                .min(Comparator.comparingInt((Label l) -> predicateRank(l.predicate()))
                        .thenComparingInt(l -> languageRank(l.lang(), script))
                        .thenComparingInt(l -> l.text().length())
                        .thenComparing(Label::text))
                .map(l -> inScript(tidy(l.text()), l.lang(), script))
                .orElse(null);
    }

    private static int predicateRank(String p) {
        if (p.equals(Vocab.SKOS + "prefLabel")) return 0;
        if (p.equals(Vocab.SCHEMA + "name") || p.equals(Vocab.SCHEMA + "headline")) return 1;
        if (p.equals(RDFS_LABEL)) return 2;
        return 3;
    }

    private static int languageRank(String lang, Script script) {
        String l = lang.toLowerCase();
        boolean hans = l.equals("zh-hans") || l.equals("zh-cn") || l.equals("zh-sg");
        boolean hant = l.equals("zh-hant") || l.equals("zh-tw") || l.equals("zh-hk") || l.equals("zh-mo");
        if (script == Script.HANS ? hans : hant) return 0;
        if (l.equals("zh") || l.isEmpty()) return 1;
        if (hans || hant) return 2;
        if (l.startsWith("en")) return 3;
        return 4;
    }

    /** Loads HanLP's conversion tables (seconds, once). */
    static void warmUp() {
        try {
            HanLp.toTraditional(HanLp.toSimplified("區域"));
        } catch (RuntimeException | LinkageError e) {
            // a reader's first conversion will report it
        }
    }

    /** Whether a label's language tag is the Chinese script the reader did not choose. */
    static boolean otherScript(String lang, Script script) {
        String l = lang.toLowerCase();
        boolean hant = l.matches("zh-(hant|tw|hk|mo)"), hans = l.matches("zh-(hans|cn|sg)");
        return script == Script.HANS ? hant : hans;
    }

    /** A traditional reader gets simplified names converted; traditional labels are kept as written. */
    private static String inScript(String text, String lang, Script script) {
        if (script == Script.HANT && !lang.toLowerCase().matches("zh-(hant|tw|hk|mo)") && hasHan(text)) return HanLp.toTraditional(text);
        return text;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Book-title marks around a whole name as written (《区域全面经济伙伴关系协定》) are not part of the name. */
    static String tidy(String s) {
        String t = s.strip();
        if (t.length() > 2 && t.startsWith("《") && t.endsWith("》") && t.indexOf('》') == t.length() - 1) return t.substring(1, t.length() - 1);
        return t;
    }

    /** What to show when the graph has no name: the end of the IRI, decoded. */
    static String fallback(String iri) {
        String s = iri;
        int hash = s.indexOf('#');
        if (hash >= 0 && hash < s.length() - 1) return LocalPaths.decode(s.substring(hash + 1));
        int slash = s.lastIndexOf('/');
        return LocalPaths.decode(slash >= 0 ? s.substring(slash + 1) : s);
    }
}
