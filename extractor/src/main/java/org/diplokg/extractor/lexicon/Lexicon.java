package org.diplokg.extractor.lexicon;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One cue list of the recognisers (titles, organisation endings, meeting heads, date words …), read from a data
 * file {@code ontology/lexicon/NAME.txt} and the user's overlay {@code ontology/user/lexicon/NAME.txt}.
 *
 * @param name    the file's base name
 * @param purpose what the recognisers use the list for (the file's {@code # purpose:} header)
 * @param source  where its entries come from (the {@code # source:} header)
 * @param shape   what every entry must look like (the {@code # shape:} header)
 * @param entries the entries in file order, the overlay's added at the end and its {@code -entry} lines removed
 */
public record Lexicon(String name, String purpose, String source, EntryShape shape, List<String> entries) {

    public Lexicon {
        entries = List.copyOf(entries);
    }

    /** The entries as a set, for membership tests. */
    public Set<String> set() {
        return Set.copyOf(entries);
    }

    /** The entries, longest first (the order that lets 副总理 win over 总理); ties keep file order. */
    public List<String> longestFirst() {
        return entries.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The entries of a {@link EntryShape#CHAR} list as one string ("的在是了"), for {@code indexOf} tests. */
    public String chars() {
        return String.join("", entries);
    }

    /**
     * A regular-expression alternation of the entries, longest first, without a group around it: literal entries
     * are quoted, {@link EntryShape#REGEX} entries are used as written.
     */
    public String alternation() {
        return longestFirst().stream().map(e -> shape == EntryShape.REGEX ? e : Pattern.quote(e))
                .collect(Collectors.joining("|"));
    }

    /** {@code (?:a|b|c)}: the alternation in a non-capturing group, to embed in a larger pattern. */
    public String group() {
        return "(?:" + alternation() + ")";
    }
}
