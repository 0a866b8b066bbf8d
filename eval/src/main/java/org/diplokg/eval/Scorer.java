package org.diplokg.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.diplokg.extractor.text.HanLp;

import static org.diplokg.eval.PythonValues.get;
import static org.diplokg.eval.PythonValues.truthy;

/**
 * The Java port of the reference scorer {@code shared/eval/score.py}: per-document JSON summaries
 * (format in SCHEMA.md) scored against gold summaries, with the same matching rules and the same
 * numbers. Names are compared after traditional→simplified conversion by a pluggable converter;
 * {@link #standard()} uses HanLP's tables where score.py uses the {@code opencc} command, and
 * {@link #withConverter} with {@code Function.identity()} reproduces score.py run without opencc.
 */
public final class Scorer {

    /** Reads JSON as Python's {@code json.load} does: NaN/Infinity accepted, trailing content refused. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Python sorts file names by code point, not by UTF-16 unit. */
    private static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    private final DocumentScoring documents;

    private Scorer(Function<String, String> toSimplified) {
        this.documents = new DocumentScoring(new NameRules(new Normaliser(toSimplified)));
    }

    /** A scorer that converts traditional to simplified Chinese with HanLP's bundled tables, through the extractor's adapter. */
    public static Scorer standard() {
        return new Scorer(HanLp::toSimplified);
    }

    /**
     * A scorer with another traditional→simplified converter, applied to whole normalised strings
     * (after NFKC, whitespace removal and dot unification, before lower-casing).
     */
    public static Scorer withConverter(Function<String, String> toSimplified) {
        return new Scorer(Objects.requireNonNull(toSimplified, "toSimplified"));
    }

    /**
     * Scores gold summaries, keyed by gold file name, against predictions. The prediction for gold
     * file {@code f} is {@code predictions.get(f)}, else {@code predictions.get(<gold "doc"> + ".json")},
     * else an empty summary, as score.py looks them up in its prediction directory.
     *
     * @throws IllegalArgumentException when a summary is malformed where score.py would fail too
     */
    public Report score(Map<String, JsonNode> gold, Map<String, JsonNode> predictions) {
        List<String> names = new ArrayList<>(gold.keySet());
        names.sort(CODE_POINT_ORDER);
        Tally totals = new Tally();
        Map<String, Map<String, Prf>> perDocument = new LinkedHashMap<>();
        for (String name : names) {
            JsonNode g = gold.get(name);
            JsonNode p = predictionFor(name, g, predictions::get).orElseGet(JsonNodeFactory.instance::objectNode);
            Tally t;
            try {
                t = documents.score(g, p);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
            }
            totals.addAll(t);
            perDocument.put(name, t.counts());
        }
        Map<String, Prf> counts = new LinkedHashMap<>();
        Tally.PRF_KEYS.forEach(k -> counts.put(k, totals.counts().getOrDefault(k, Prf.ZERO)));
        return new Report(counts, totals.accuracies(), perDocument);
    }

    /**
     * Scores every {@code *.json} in {@code goldDir} against {@code predDir}, matching files exactly
     * as score.py does: same file name, or {@code <gold "doc">.json}; a missing prediction counts as empty.
     */
    public Report scoreDirectories(Path goldDir, Path predDir) throws IOException {
        return score(readGold(List.of(goldDir)), predDir);
    }

    /**
     * Every {@code *.json} of the gold folders, keyed by file name.
     *
     * @throws IllegalArgumentException when two folders hold a file of the same name (score.py keys by name)
     */
    public static Map<String, JsonNode> readGold(List<Path> goldDirs) throws IOException {
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        for (Path dir : goldDirs) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".json") && gold.put(name, read(f)) != null) {
                        throw new IllegalArgumentException(f + ": a gold file of the same name is in another gold folder");
                    }
                }
            }
        }
        return gold;
    }

    /** Scores the given gold summaries against the predictions in {@code predDir}, found as score.py finds them. */
    public Report score(Map<String, JsonNode> gold, Path predDir) throws IOException {
        Map<String, JsonNode> predictions = new LinkedHashMap<>();
        try {
            gold.forEach((name, g) -> predictionFor(name, g, cand -> {
                Path p = predDir.resolve(cand);
                return Files.exists(p) ? readUnchecked(p) : null;
            }).ifPresent(p -> predictions.put(name, p)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return score(gold, predictions);
    }

    /** Reads one summary file (UTF-8 JSON). */
    public static JsonNode read(Path file) throws IOException {
        return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static JsonNode readUnchecked(Path file) {
        try {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The candidates score.py tries, in order: the gold file name, then the gold's document name + ".json". */
    private static Optional<JsonNode> predictionFor(String goldName, JsonNode gold,
                                                    Function<String, JsonNode> lookup) {
        JsonNode doc = get(gold, "doc");
        String docName;
        if (!truthy(doc)) {
            docName = "";
        } else if (doc.isTextual()) {
            docName = doc.textValue();
        } else {
            throw new IllegalArgumentException(goldName + ": gold \"doc\" must be a string");
        }
        for (String cand : List.of(goldName, docName + ".json")) {
            JsonNode p = lookup.apply(cand);
            if (p != null) return Optional.of(p);
        }
        return Optional.empty();
    }
}
