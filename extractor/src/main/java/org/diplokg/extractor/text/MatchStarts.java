package org.diplokg.extractor.text;

import java.util.BitSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a non-empty match of a regular expression can start with, read from the expression itself, so that
 * a pattern is only run where a match can start (and not at all on a text holding none of them). Understands the
 * subset the lexicons use — literals, {@code \Q…\E}, classes of literals and ranges, {@code (?:…)} and capturing
 * groups, alternation, quantifiers, {@code ^ $}; anything else (a negated class, {@code .}, {@code \p{…}}, flags,
 * look-around, back-references) makes the set "any character", which never skips anything. The set is a superset of
 * the real one, so skipping a position without one of its characters cannot lose a match.
 */
public final class MatchStarts {

    private final BitSet chars;
    private final boolean any;
    /**
     * Characters c such that every alternative of the expression that can start with c starts with {@code c+}: a
     * match starting inside a run of c (＠＠＠, a masked name) implies one at the run character before it.
     */
    private final BitSet runs;

    private MatchStarts(BitSet chars, boolean any, BitSet runs) {
        this.chars = chars;
        this.any = any;
        this.runs = runs;
    }

    private static final MatchStarts ANYWHERE = new MatchStarts(null, true, new BitSet());

    public static MatchStarts of(Pattern pattern) {
        if (pattern.flags() != 0) return ANYWHERE;
        try {
            Parser p = new Parser(pattern.pattern());
            First f = p.alternation();
            if (p.pos != p.re.length() || f.any) return ANYWHERE;
            BitSet runs = new BitSet();
            // (an expression that can match the empty string may prefer that at the run's start: no runs then)
            if (!f.nullable) for (Alternative a : p.top) if (a.plusChar() >= 0) runs.set(a.plusChar());
            for (Alternative a : p.top) {
                BitSet others = (BitSet) a.first().chars.clone();
                if (a.plusChar() >= 0) others.clear(a.plusChar());
                runs.andNot(others);
            }
            return new MatchStarts(f.chars, false, runs);
        } catch (Unknown | RuntimeException e) {
            return ANYWHERE;
        }
    }

    /** Whether the set is "any character" (the expression was not understood). */
    public boolean any() { return any; }

    /**
     * The next match of {@code m} (a matcher over {@code text}) starting at or after {@code from}, as
     * {@code m.find(from)} would find it when it is not empty: only the positions where a non-empty match can start
     * are tried (each anchored there, with transparent, non-anchoring bounds, as find tries them), and of a run of
     * {@link #runs} characters only its first character or {@code from}. False when there is no non-empty match.
     */
    public boolean find(Matcher m, CharSequence text, int from) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int p = next(text, from); p >= 0; p = next(text, p + 1)) {
            // inside a run (＠＠＠): positions from..p-1 had no match, so none of the c+ alternatives matches here
            if (p > from && runs.get(text.charAt(p)) && text.charAt(p - 1) == text.charAt(p)) continue;
            m.region(p, text.length());
            if (m.lookingAt() && m.end() > m.start()) return true;
        }
        return false;
    }

    /**
     * The first index at or after {@code from} where a non-empty match could start, or -1. Matches starting before it
     * can only be empty.
     */
    public int next(CharSequence text, int from) {
        if (any) return from <= text.length() ? from : -1;
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if (chars.get(text.charAt(i))) return i;
        }
        return -1;
    }

    /** First characters and whether the part can match the empty string. */
    private record First(BitSet chars, boolean any, boolean nullable) {
        static First empty() { return new First(new BitSet(), false, true); }
    }

    /** A part that can start with any character, and one that matches where it likes without taking one. */
    private static final First ANY_CHAR = new First(new BitSet(), true, false);
    private static final First ANY_EMPTY = new First(new BitSet(), true, true);

    private record Alternative(First first, int plusChar) {}

    private static final class Unknown extends Exception {
        Unknown() { super(null, null, false, false); }
    }

    private static final class Parser {
        final String re;
        int pos;

        Parser(String re) { this.re = re; }

        /** The top-level alternatives: their first characters and the c of a leading {@code c+}, else -1. */
        final List<Alternative> top = new ArrayList<>();
        int depth;

        First alternation() throws Unknown {
            BitSet chars = new BitSet();
            boolean any = false, nullable = false;
            boolean isTop = depth == 0;
            depth++;
            while (true) {
                int start = pos;
                First s = sequence();
                if (isTop) top.add(new Alternative(s, leadingPlus(start)));
                chars.or(s.chars);
                any |= s.any;
                nullable |= s.nullable;
                if (pos < re.length() && re.charAt(pos) == '|') {
                    pos++;
                    continue;
                }
                depth--;
                return new First(chars, any, nullable);
            }
        }

        /** The c of an alternative starting at {@code start} with {@code c+} (one literal character), else -1. */
        int leadingPlus(int start) {
            if (start + 2 > re.length()) return -1;
            char c = re.charAt(start);
            if (c == '\\' || c == '(' || c == '[' || c == '.' || c == '^' || c == '$' || Character.isSurrogate(c)) return -1;
            return re.charAt(start + 1) == '+' ? c : -1;
        }

        First sequence() throws Unknown {
            BitSet chars = new BitSet();
            boolean any = false, nullable = true;
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                First item = quantified(atom());
                if (nullable) {  // only what can start the sequence: items up to the first one that cannot be empty
                    chars.or(item.chars);
                    any |= item.any;
                    nullable = item.nullable;
                }
            }
            return new First(chars, any, nullable);
        }

        First quantified(First atom) throws Unknown {
            if (pos >= re.length()) return atom;
            char c = re.charAt(pos);
            boolean optional;
            if (c == '?' || c == '*') {
                optional = true;
                pos++;
            } else if (c == '+') {
                optional = false;
                pos++;
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                if (close < 0) throw new Unknown();
                String body = re.substring(pos + 1, close);
                if (!body.matches("[0-9]+(,[0-9]*)?")) throw new Unknown();
                optional = Integer.parseInt(body.split(",", -1)[0]) == 0;
                pos = close + 1;
            } else {
                return atom;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) pos++;  // lazy, possessive
            return optional ? new First(atom.chars, atom.any, true) : atom;
        }

        First atom() throws Unknown {
            char c = re.charAt(pos);
            switch (c) {
                case '(' -> {
                    pos++;
                    boolean lookAround = false;
                    if (re.startsWith("?:", pos)) {
                        pos += 2;
                    } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                        pos += 2;
                        lookAround = true;
                    } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                        pos += 3;
                        lookAround = true;
                    } else if (pos < re.length() && re.charAt(pos) == '?') {
                        throw new Unknown();  // flags, named groups
                    }
                    First inner = alternation();
                    if (pos >= re.length() || re.charAt(pos) != ')') throw new Unknown();
                    pos++;
                    return lookAround ? ANY_EMPTY : inner;
                }
                case '[' -> {
                    return charClass();
                }
                case '^', '$' -> {
                    pos++;
                    return First.empty();
                }
                case '.' -> {
                    pos++;
                    return ANY_CHAR;
                }
                case '*', '+', '?', '{', ')', ']', '}' -> throw new Unknown();
                case '\\' -> {
                    return escape();
                }
                default -> {
                    if (Character.isSurrogate(c)) throw new Unknown();
                    pos++;
                    return literal(c);
                }
            }
        }

        private static First literal(char c) {
            BitSet b = new BitSet();
            b.set(c);
            return new First(b, false, false);
        }

        First escape() throws Unknown {
            if (re.startsWith("\\Q", pos)) {
                int end = re.indexOf("\\E", pos + 2);
                String quoted = end < 0 ? re.substring(pos + 2) : re.substring(pos + 2, end);
                pos = end < 0 ? re.length() : end + 2;
                if (quoted.isEmpty()) return First.empty();
                if (Character.isSurrogate(quoted.charAt(0))) throw new Unknown();
                return literal(quoted.charAt(0));
            }
            if (classOfClass()) return ANY_CHAR;
            if (pos + 1 < re.length()) {
                char e = re.charAt(pos + 1);
                if ("bBAzZG".indexOf(e) >= 0) {  // zero-width
                    pos += 2;
                    return ANY_EMPTY;
                }
            }
            return literal(escapedChar());
        }

        /** A single escaped character (\\. \\t \\uXXXX); classes such as \\d or \\p are not understood. */
        char escapedChar() throws Unknown {
            if (pos + 1 >= re.length()) throw new Unknown();
            char e = re.charAt(pos + 1);
            switch (e) {
                case 't' -> { pos += 2; return '\t'; }
                case 'n' -> { pos += 2; return '\n'; }
                case 'r' -> { pos += 2; return '\r'; }
                case 'f' -> { pos += 2; return '\f'; }
                case 'u' -> {
                    if (pos + 6 > re.length()) throw new Unknown();
                    char u = (char) Integer.parseInt(re.substring(pos + 2, pos + 6), 16);
                    pos += 6;
                    if (Character.isSurrogate(u)) throw new Unknown();
                    return u;
                }
                default -> {
                    if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) throw new Unknown();
                    pos += 2;
                    return e;
                }
            }
        }

        First charClass() throws Unknown {
            pos++;  // [
            boolean negated = pos < re.length() && re.charAt(pos) == '^';
            if (negated) pos++;
            if (pos < re.length() && re.charAt(pos) == ']') throw new Unknown();
            BitSet b = new BitSet();
            boolean anyChar = negated;
            while (pos < re.length() && re.charAt(pos) != ']') {
                if (classOfClass()) {  // [\p{IsHan}A-Z]: any character, but what follows the class is still read
                    anyChar = true;
                    continue;
                }
                char lo = classChar();
                if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                    pos++;
                    char hi = classChar();
                    if (hi < lo) throw new Unknown();
                    b.set(lo, hi + 1);
                } else {
                    b.set(lo);
                }
            }
            if (pos >= re.length()) throw new Unknown();
            pos++;  // ]
            return anyChar ? ANY_CHAR : new First(b, false, false);
        }

        /** Skips a class escape ({@code \p{…}}, {@code \d} …), in brackets or out, and says whether there was one. */
        boolean classOfClass() throws Unknown {
            if (re.charAt(pos) != '\\' || pos + 1 >= re.length()) return false;
            char e = re.charAt(pos + 1);
            if ("dDwWsShHvV".indexOf(e) >= 0) {
                pos += 2;
                return true;
            }
            if (e != 'p' && e != 'P') return false;
            if (pos + 2 < re.length() && re.charAt(pos + 2) == '{') {
                int close = re.indexOf('}', pos);
                if (close < 0) throw new Unknown();
                pos = close + 1;
            } else {
                pos += 3;
            }
            return true;
        }

        char classChar() throws Unknown {
            char c = re.charAt(pos);
            if (c == '[' || c == '&' || Character.isSurrogate(c)) throw new Unknown();  // nested classes, intersections
            if (c == '\\') return escapedChar();
            pos++;
            return c;
        }
    }
}
