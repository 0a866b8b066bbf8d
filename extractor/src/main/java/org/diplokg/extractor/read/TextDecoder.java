package org.diplokg.extractor.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.extractor.lexicon.Lexicons;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a file's bytes into text. Order of evidence: a byte-order mark; valid UTF-8 (strict, so GBK bytes
 * never pass as UTF-8); a charset the file declares ({@code <meta charset>}, {@code http-equiv},
 * {@code <?xml encoding>}, a JSP {@code pageEncoding}); the juniversalchardet detector; GB18030.
 * The GB family is decoded as GB18030 (a superset of GB2312 and GBK) and Big5 as Big5-HKSCS (a superset
 * of Big5), so characters outside the declared subset still decode. A declared Chinese charset is checked
 * against the bytes: when the other family (GB18030 for a Big5 declaration, Big5 for a GB one) reads far more
 * of the commonest Chinese characters, the declaration is wrong and the other is used, with a warning. A few
 * NUL bytes in otherwise valid UTF-8 (a damaged save) are removed with a warning; many are binary content.
 * The text is normalised: no BOM, LF line ends, no control characters other than tab and newline.
 */
final class TextDecoder {

    /** Decoded text, the name of the charset that decoded it, and what the reader had to correct. */
    record Decoded(String text, String charset, java.util.List<String> warnings) {
        Decoded(String text, String charset) {
            this(text, charset, java.util.List.of());
        }

        Decoded {
            warnings = java.util.List.copyOf(warnings);
        }

        Decoded withWarning(String w) {
            java.util.List<String> all = new java.util.ArrayList<>(warnings);
            all.add(w);
            return new Decoded(text, charset, all);
        }
    }

    /**
     * The commonest characters of Chinese news text, in simplified and traditional forms. Text decoded with the
     * right charset is mostly made of them; the same bytes read in the wrong CJK charset give rare characters.
     */
    private static final String COMMON = String.join("", Lexicons.of("charset-common-characters").entries());

    private static final java.util.Set<Integer> COMMON_SET = COMMON.codePoints().boxed().collect(java.util.stream.Collectors.toSet());

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.isSupported("Big5-HKSCS") ? Charset.forName("Big5-HKSCS") : Charset.forName("Big5");
    /** Above this share of U+FFFD the bytes are not text in the chosen charset. */
    private static final double MAX_REPLACEMENT_SHARE = 0.01;

    private static final Pattern DECLARED = Pattern.compile(
            "(?i)(?:<meta[^>]{0,200}?charset\\s*=\\s*[\"']?|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']|pageEncoding\\s*=\\s*[\"']|\\bcharset\\s*=\\s*[\"']?)"
                    + "([A-Za-z0-9._:-]{2,40})");

    private TextDecoder() {}

    /** At most this share of NUL bytes is taken for damage in a text file and removed; more is binary content. */
    private static final double MAX_NUL_SHARE = 0.01;

    static Decoded decode(byte[] bytes) throws ReadProblem {
        if (bytes.length == 0) throw new ReadProblem("empty file");
        Decoded d = decodeRaw(bytes);
        String text = normalise(d.text());
        if (text.isBlank()) throw new ReadProblem("empty file");
        return new Decoded(text, d.charset(), d.warnings());
    }

    private static Decoded decodeRaw(byte[] bytes) throws ReadProblem {
        // Byte-order marks first: UTF-16 legitimately contains NUL bytes.
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strictOrFail(bytes, 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFE, 0xFF)) return strictOrFail(bytes, 2, StandardCharsets.UTF_16BE);
        if (startsWith(bytes, 0xFF, 0xFE)) return strictOrFail(bytes, 2, StandardCharsets.UTF_16LE);
        int nuls = 0, firstNul = -1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (nuls++ == 0) firstNul = i;
            }
        }
        if (nuls > 0) {
            if (nuls > Math.max(1, bytes.length * MAX_NUL_SHARE)) {
                throw new ReadProblem("binary content (NUL bytes at offset " + firstNul + ")");
            }
            byte[] stripped = new byte[bytes.length - nuls];
            int j = 0;
            for (byte b : bytes) if (b != 0) stripped[j++] = b;
            Optional<String> utf8 = strict(stripped, 0, StandardCharsets.UTF_8);
            if (utf8.isEmpty()) throw new ReadProblem("binary content (NUL bytes at offset " + firstNul + ")");
            return new Decoded(utf8.get(), "UTF-8", java.util.List.of("removed " + nuls + " NUL byte" + (nuls == 1 ? "" : "s")
                    + " (first at offset " + firstNul + ") from otherwise valid UTF-8 text"));
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) return new Decoded(utf8.get(), "UTF-8");

        Optional<Charset> declared = declaredCharset(bytes);
        if (declared.isPresent()) {
            Optional<Decoded> d = lenient(bytes, declared.get());
            Optional<Charset> other = declared.get().equals(BIG5) ? Optional.of(GB18030)
                    : declared.get().equals(GB18030) ? Optional.of(BIG5) : Optional.empty();
            if (other.isPresent()) {
                Optional<Decoded> alt = lenient(bytes, other.get());
                double mine = d.map(x -> commonShare(x.text())).orElse(0.0);
                double theirs = alt.map(x -> commonShare(x.text())).orElse(0.0);
                if (alt.isPresent() && theirs >= 0.3 && theirs > mine + 0.2) {
                    return alt.get().withWarning("the page declares " + declaredName(bytes) + " but its bytes are "
                            + other.get().name() + " (" + Math.round(theirs * 100) + "% common characters against "
                            + Math.round(mine * 100) + "%); decoded as " + other.get().name());
                }
            }
            if (d.isPresent()) return d.get();
        }
        Optional<Charset> detected = detectedCharset(bytes);
        if (detected.isPresent()) {
            Optional<Decoded> d = lenient(bytes, detected.get());
            if (d.isPresent()) return d.get();
        }
        Optional<Decoded> gb = lenient(bytes, GB18030);
        if (gb.isPresent()) return gb.get();
        throw new ReadProblem("undecodable: not valid UTF-8, and "
                + declared.or(() -> detected).map(Charset::name).orElse("GB18030")
                + " leaves more than " + Math.round(MAX_REPLACEMENT_SHARE * 100) + "% of the characters unreadable");
    }

    /** The charset an HTML/XML/JSP file declares in its first bytes, mapped to its superset. */
    static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        while (m.find()) {
            Optional<Charset> c = charsetFor(m.group(1));
            if (c.isPresent()) return c;
        }
        return Optional.empty();
    }

    private static String declaredName(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        return m.find() ? m.group(1) : "a charset";
    }

    /** The share of CJK ideographs in {@code text} that are among the commonest ones (0 when there are few). */
    static double commonShare(String text) {
        int cjk = 0, common = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                cjk++;
                if (COMMON_SET.contains(c)) common++;
            }
        }
        return cjk < 10 ? 0 : common / (double) cjk;
    }

    private static Optional<Charset> detectedCharset(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? Optional.empty() : charsetFor(name);
    }

    /** A charset by name, widened to its superset: GB2312/GBK to GB18030, Big5 to Big5-HKSCS. */
    static Optional<Charset> charsetFor(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("cp936") || n.equals("gb18030")
                || n.equals("euc-cn") || n.equals("hz-gb-2312") || n.equals("windows-936")) {
            return Optional.of(GB18030);
        }
        if (n.equals("big5") || n.equals("big-5") || n.equals("cp950") || n.equals("big5-hkscs") || n.equals("x-windows-950")) {
            return Optional.of(BIG5);
        }
        try {
            return Charset.isSupported(n) ? Optional.of(Charset.forName(n)) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Decoded strictOrFail(byte[] bytes, int offset, Charset cs) throws ReadProblem {
        Optional<String> s = strict(bytes, offset, cs);
        if (s.isPresent()) return new Decoded(s.get(), cs.name());
        Optional<Decoded> d = lenient(bytes, offset, cs);
        if (d.isPresent()) return d.get();
        throw new ReadProblem("undecodable: starts with a " + cs.name() + " byte-order mark but is not valid " + cs.name());
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Decoded> lenient(byte[] bytes, Charset cs) {
        return lenient(bytes, 0, cs);
    }

    /** Decodes with replacement; empty when too many characters are replaced for this to be the right charset. */
    private static Optional<Decoded> lenient(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer out;
        try {
            out = dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        String s = out.toString();
        long bad = s.chars().filter(c -> c == '\uFFFD').count();
        if (bad > Math.max(2, s.length() * MAX_REPLACEMENT_SHARE)) return Optional.empty();
        return Optional.of(new Decoded(s, cs.name()));
    }

    /** No BOM, LF line ends, no control characters except tab and newline, U+2028/2029 as newlines. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
            } else if (c == '\u2028' || c == '\u2029') {
                b.append('\n');
            } else if (c == '\n' || c == '\t') {
                b.append(c);
            } else if (c == '\uFEFF' || Character.getType(c) == Character.CONTROL) {
                // dropped: BOM, C0/C1 controls, DEL
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
