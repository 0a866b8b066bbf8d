package org.diplokg.extractor.recognise;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The character class of a pattern's leading look-ahead ({@code (?=[0-9一二])…}): a match can only start at a
 * character it accepts, so a scan can skip every other position before running the pattern. The answer for each
 * character is the class's own (run once per character and kept), so nothing is read into the expression.
 */
final class LeadingClass {

    private static final Map<String, LeadingClass> BY_PATTERN = new ConcurrentHashMap<>();
    private static final LeadingClass NONE = new LeadingClass(null);

    private final Pattern single;
    /** Per character: 0 not asked yet, 1 accepted, 2 refused (benign races: every thread writes the same answer). */
    private final byte[] answers;

    private LeadingClass(Pattern single) {
        this.single = single;
        this.answers = single == null ? null : new byte[Character.MAX_VALUE + 1];
    }

    /** The leading look-ahead's class of {@code pattern}, or null when it does not start with {@code (?=[…])}. */
    static LeadingClass of(Pattern pattern) {
        LeadingClass c = BY_PATTERN.computeIfAbsent(pattern.pattern(), re -> {
            String cls = leadingClass(re);
            return cls == null || pattern.flags() != 0 ? NONE : new LeadingClass(Pattern.compile(cls));
        });
        return c == NONE ? null : c;
    }

    /** Whether a match may start at character {@code c}. */
    boolean test(char c) {
        byte a = answers[c];
        if (a == 0) {
            a = single.matcher(String.valueOf(c)).matches() ? (byte) 1 : (byte) 2;
            answers[c] = a;
        }
        return a == 1;
    }

    /** {@code [...]} of a leading {@code (?=[...])} with no nested class or escape, else null. */
    static String leadingClass(String re) {
        if (!re.startsWith("(?=[")) return null;
        int close = re.indexOf(']', 4);
        if (close < 0 || close + 1 >= re.length() || re.charAt(close + 1) != ')') return null;
        String cls = re.substring(3, close + 1);
        // escapes, nested classes, negation and intersections are not this simple form; a surrogate (a character
        // outside the BMP) would not be tested one char at a time
        if (cls.indexOf('\\') >= 0 || cls.indexOf('[', 1) >= 0 || cls.startsWith("[^") || cls.contains("&&")
                || cls.chars().anyMatch(ch -> Character.isSurrogate((char) ch))) return null;
        return hasTopLevelAlternative(re) ? null : cls;
    }

    /** Whether {@code re} has a {@code |} outside every group and class: then the look-ahead binds only its branch. */
    private static boolean hasTopLevelAlternative(String re) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\' && i + 1 < re.length() && re.charAt(i + 1) == 'Q') {
                int end = re.indexOf("\\E", i + 2);   // a quoted literal: nothing in it is syntax
                if (end < 0) return true;
                i = end + 1;
            } else if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
