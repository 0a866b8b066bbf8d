package org.diplokg.extractor.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The recognisers' cue lists as data: {@code ontology/lexicon/NAME.txt}, shipped in the jar under
 * {@code diplokg/ontology/lexicon/}, plus the user's overlay folder.
 *
 * <p>File format, one entry a line, no empty lines:
 * <pre>
 * # purpose: what the list is for
 * # source: where its entries come from
 * # shape: han | char | mixed | latin | regex
 * 国家主席
 * # further comment lines may group the entries
 * 总统
 * </pre>
 * An overlay file of the same name adds its entries; a line {@code -entry} removes a shipped one. The overlay
 * folder is {@code -Ddiplokg.lexicons=DIR}, else {@code ontology/user/lexicon} under {@code -Ddiplokg.home} (the
 * launcher sets it), else under the working directory.
 */
public final class Lexicons {

    public static final String RESOURCE_ROOT = "diplokg/ontology/lexicon/";
    public static final String OVERLAY_PROPERTY = "diplokg.lexicons";

    private static final Lexicons STANDARD = new Lexicons(defaultOverlay());

    private final Optional<Path> overlay;
    private final Map<String, Lexicon> cache = new ConcurrentHashMap<>();

    private Lexicons(Optional<Path> overlay) {
        this.overlay = overlay;
    }

    /** The shipped lexicons with the default overlay folder; loaded lazily, once per list. */
    public static Lexicons standard() { return STANDARD; }

    /** The shipped lexicons with the given overlay folder (tests, embedding). */
    public static Lexicons withOverlay(Path folder) { return new Lexicons(Optional.of(folder)); }

    /** The shipped list NAME with its overlay; throws when no such list is shipped. */
    public static Lexicon of(String name) { return STANDARD.expect(name); }

    public Lexicon expect(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    public Optional<Path> overlay() { return overlay; }

    private Lexicon load(String name) {
        InputStream in = Lexicons.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + name + ".txt");
        if (in == null) throw new IllegalStateException("no lexicon " + name + " (expected " + RESOURCE_ROOT + name + ".txt)");
        Lexicon shipped;
        try (in) {
            shipped = parse(name, lines(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
        if (overlay.isEmpty()) return shipped;
        Path file = overlay.get().resolve(name + ".txt");
        if (!Files.isRegularFile(file)) return shipped;
        try {
            return merge(shipped, Files.readAllLines(file, StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon overlay " + file, e);
        }
    }

    /** Parses one lexicon file's lines; throws {@link IllegalArgumentException} naming the line for a bad one. */
    public static Lexicon parse(String name, List<String> lines) {
        Map<String, String> header = new LinkedHashMap<>();
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.startsWith("#")) {
                String h = line.substring(1).strip();
                int colon = h.indexOf(':');
                if (entries.isEmpty() && colon > 0) header.put(h.substring(0, colon).strip(), h.substring(colon + 1).strip());
                continue;
            }
            entries.add(line);
        }
        for (String key : List.of("purpose", "source", "shape")) {
            if (!header.containsKey(key) || header.get(key).isEmpty()) {
                throw new IllegalArgumentException("lexicon " + name + ": no '# " + key + ":' header");
            }
        }
        return new Lexicon(name, header.get("purpose"), header.get("source"), EntryShape.parse(header.get("shape")), entries);
    }

    private static Lexicon merge(Lexicon shipped, List<String> overlayLines, Path file) {
        LinkedHashSet<String> entries = new LinkedHashSet<>(shipped.entries());
        int n = 0;
        for (String line : overlayLines) {
            n++;
            String e = line.strip();
            if (e.isEmpty() || e.startsWith("#")) continue;
            boolean remove = e.startsWith("-") && e.length() > 1;
            String entry = remove ? e.substring(1).strip() : e;
            String problem = shipped.shape().check(entry);
            if (problem != null) throw new IllegalArgumentException(file + ":" + n + ": " + problem + ": " + entry);
            if (remove) entries.remove(entry);
            else entries.add(entry);
        }
        return new Lexicon(shipped.name(), shipped.purpose(), shipped.source() + "; user overlay " + file,
                shipped.shape(), List.copyOf(entries));
    }

    private static List<String> lines(InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }

    private static Optional<Path> defaultOverlay() {
        String explicit = System.getProperty(OVERLAY_PROPERTY);
        if (explicit != null && !explicit.isBlank()) return Optional.of(Path.of(explicit));
        String home = System.getProperty("diplokg.home");
        Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
        return Optional.of(base.resolve("ontology").resolve("user").resolve("lexicon"));
    }
}
