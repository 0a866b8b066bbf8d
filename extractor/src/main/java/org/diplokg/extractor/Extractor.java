package org.diplokg.extractor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.recognise.DateMention;
import org.diplokg.extractor.recognise.Mention;
import org.diplokg.extractor.recognise.RecognitionContext;
import org.diplokg.extractor.recognise.RecognitionPipeline;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.reference.Gazetteer;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.extractor.reference.ReferenceEntity;
import org.diplokg.extractor.resolve.AgreementStatement;
import org.diplokg.extractor.resolve.AgreementStatementFinder;
import org.diplokg.extractor.resolve.EntityResolver;
import org.diplokg.extractor.resolve.MeetingBuilder;
import org.diplokg.extractor.resolve.OfficeStatement;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.diplokg.extractor.resolve.ResolvedMeeting;
import org.diplokg.extractor.text.AnalysedText;
import org.diplokg.extractor.text.HanLp;
import org.diplokg.extractor.text.Scripts;
import org.diplokg.extractor.text.Span;
import org.diplokg.extractor.vocab.Vocab;

/**
 * Documents to knowledge: the whole chain analyse → recognise → resolve for one document.
 * Build one (it loads the reference data, builds the gazetteer and a HanLP segmenter with the reference people's
 * names) and share it between threads: {@link #extract(SourceDocument)} keeps no state between calls. Two
 * extractors in one JVM with different reference data each use their own names.
 */
public final class Extractor {

    public static final String VERSION = "0.1.0";

    private final ReferenceData reference;
    private final Gazetteer gazetteer;
    private final RecognitionPipeline recognition;
    private final EntityResolver resolver;
    private final MeetingBuilder meetings;
    private final HanLp hanLp;
    private final Clock clock;

    private Extractor(Builder b) {
        this.reference = b.reference;
        this.gazetteer = Gazetteer.of(reference);
        this.recognition = new RecognitionPipeline(gazetteer);
        this.resolver = new EntityResolver(gazetteer);
        this.meetings = new MeetingBuilder(reference);
        this.hanLp = HanLp.withPersonNames(personNames(reference));
        this.clock = b.clock;
    }

    private static List<String> personNames(ReferenceData reference) {
        List<String> names = new ArrayList<>();
        for (ReferenceEntity e : reference.entities()) {
            if (e.type() == EntityType.PERSON) names.addAll(e.labels());
        }
        return names;
    }

    public static Builder builder() { return new Builder(); }

    public ReferenceData reference() { return reference; }

    /** Extracts everything from one document; never throws for bad content, only for bugs. */
    public DocumentKnowledge extract(SourceDocument document) {
        String title = document.title() == null ? "" : document.title().strip();
        String body = document.body();
        boolean titleInBody = title.isEmpty() || body.startsWith(title) || body.lines().limit(3).anyMatch(l -> l.strip().equals(title));
        String string = titleInBody ? body : title + "\n" + body;
        AnalysedText text = withStories(AnalysedText.of(string, hanLp), document, string.length() - body.length());

        RecognitionPipeline.Recognition found = recognition.recognise(text, document.published(), resolver::link);
        RecognitionContext ctx = found.context();
        List<DateMention> dates = found.dates();
        List<Mention> selected = found.selected();

        List<ResolvedEntity> entities = resolver.resolve(selected);
        Map<Mention, String> iriOf = new IdentityHashMap<>();
        for (ResolvedEntity e : entities) for (Mention m : e.mentions()) iriOf.put(m, e.iri());

        List<ResolvedMeeting> built = meetings.build(ctx, selected, iriOf, document.published(), lead(text, title), Vocab.documentIriFor(document.sha256()));
        List<AgreementStatement> statements = AgreementStatementFinder.find(text, selected, iriOf, dates,
                ctx.gazetteerMatches(), document.published());
        List<String> inferred = built.stream().anyMatch(m -> !m.planned()) ? List.of()
                : meetings.inferFromDate(document.published(), entities);
        return new DocumentKnowledge(document, text, isTraditional(text), entities, built, dates,
                statements, OfficeStatement.of(entities, gazetteer), inferred, clock.instant(), VERSION);
    }

    /** The document's stories in the analysed text, whose body starts {@code shift} characters in (after the title). */
    private static AnalysedText withStories(AnalysedText text, SourceDocument document, int shift) {
        List<Integer> starts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<PartialDate> dates = new ArrayList<>();
        for (SourceDocument.Story s : document.stories()) {
            starts.add(s.begin() + shift);
            titles.add(s.title());
            dates.add(s.date());
        }
        return text.withStories(starts, titles, dates);
    }

    /**
     * The title and the first real paragraph after it (at least 30 characters, not a repeat of the title such as
     * 原标题：…), in normalised offsets.
     */
    private static Span lead(AnalysedText text, String title) {
        String original = text.text().original();
        int cut = 0;
        for (int paragraphs = 0; paragraphs < 2 && cut < original.length(); ) {
            int nl = original.indexOf('\n', cut);
            String paragraph = original.substring(cut, nl < 0 ? original.length() : nl).strip();
            cut = nl < 0 ? original.length() : nl + 1;
            // the title counts; then the first real paragraph (not a repeat of the title, not a date or byline line)
            if (paragraphs == 0 || paragraph.length() >= 30 && (title.isEmpty() || !paragraph.contains(title))
                    && !isHeadline(paragraph)) paragraphs++;
        }
        int end = 0;
        while (end < text.text().length() && text.text().origin(end) < cut) end++;
        return new Span(0, end);
    }

    /**
     * Chinese text without a sentence end (。！？), a headline or a line of chrome, or a line without a letter (a rule of
     * asterisks): not the lead paragraph.
     */
    private static boolean isHeadline(String paragraph) {
        if (paragraph.codePoints().noneMatch(Character::isLetter)) return true;
        return Scripts.anyHan(paragraph) && !HEADLINE_END.matcher(paragraph).find();
    }

    private static final java.util.regex.Pattern HEADLINE_END = java.util.regex.Pattern.compile("[。！？]");

    /** Traditional script when more than one Han character in twenty changed on the way to the simplified copy. */
    private static boolean isTraditional(AnalysedText text) {
        String original = text.text().original();
        String normalised = text.normalised();
        int diff = 0, han = 0;
        for (int i = 0; i < normalised.length(); i++) {
            char c = original.charAt(text.text().origin(i));
            if (!Scripts.isHan(c)) continue;
            han++;
            if (c != normalised.charAt(i)) diff++;
        }
        return han > 0 && diff * 20 > han;
    }

    public static final class Builder {
        private ReferenceData reference;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** The reference knowledge base; default {@link ReferenceData#load()}. */
        public Builder reference(ReferenceData reference) {
            this.reference = reference;
            return this;
        }

        /** Where the extraction time comes from; default the system clock (tests and byte-stable output fix it). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Extractor build() {
            if (reference == null) reference = ReferenceData.load();
            return new Extractor(this);
        }
    }
}
