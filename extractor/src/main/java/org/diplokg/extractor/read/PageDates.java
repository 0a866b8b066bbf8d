package org.diplokg.extractor.read;

import java.util.List;
import java.util.Optional;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.dates.PublicationDates;
import org.diplokg.extractor.dates.PublicationDates.Found;
import org.diplokg.extractor.dates.PublicationDates.Labelled;

/**
 * Finds the publication date a page states in its text, when no metadata gives one. Four kinds of
 * evidence, strongest first: a labelled date (发布时间：…, 發佈時間…, 日期：…, then 更新时间/最近更新时间…)
 * on a short line anywhere; a byline, i.e. a short line near the top or bottom holding a full date
 * with a clock time ("2018-11-19 19:26 來源: 外交部網站", "20/11/2020 - 16:43"); then a short line that is only a date
 * ("2024年11月17日 星期日"); then a heading near the top dated in eight digits ("新闻联播 20221118"). A date inside a
 * sentence, or a dateline without a year (中新网巴厘岛10月7日电), is not a publication date.
 */
final class PageDates {

    /** A date and where it came from, for {@link SourceDocument#publishedFrom()}. */
    record Dated(PartialDate date, String from) {}

    private static final int LABEL_LINE_MAX = 100;
    private static final int BYLINE_MAX = 60;
    /** Leading lines of a whole page that may hold a dated heading. */
    private static final int HEADING_ZONE = 10;

    private PageDates() {}

    /**
     * @param lines     the page's paragraphs in order
     * @param headLines how many leading lines may hold a byline (all of them when negative)
     * @param tailLines how many trailing lines may hold a byline
     */
    static Optional<Dated> find(List<String> lines, int headLines, int tailLines) {
        Labelled best = null;
        for (String line : lines) {
            if (line.length() > LABEL_LINE_MAX) continue;
            Optional<Labelled> l = PublicationDates.findLabelled(line);
            if (l.isPresent() && (best == null || l.get().strength() > best.strength())) best = l.get();
        }
        if (best != null) return Optional.of(new Dated(best.found().date(), "page label " + best.label()));
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            boolean inZone = headLines < 0 || i < headLines || i >= n - tailLines;
            if (!inZone) continue;
            String line = Texts.trim(lines.get(i));
            if (line.length() > BYLINE_MAX) continue;
            Optional<Found> d = PublicationDates.findWithTime(line);
            if (d.isPresent()) return Optional.of(new Dated(d.get().date(), "page byline"));
        }
        // a line that is only a date (2024年11月17日 星期日, a page's date span), then a heading dated 20221118
        for (int i = 0; i < n; i++) {
            boolean inZone = headLines < 0 || i < headLines || i >= n - tailLines;
            if (!inZone || lines.get(i).length() > BYLINE_MAX) continue;
            Optional<PartialDate> d = PublicationDates.alone(lines.get(i));
            if (d.isPresent()) return Optional.of(new Dated(d.get(), "page date line"));
        }
        int head = headLines < 0 ? Math.min(n, HEADING_ZONE) : Math.min(n, headLines);
        for (int i = 0; i < head; i++) {
            if (lines.get(i).length() > BYLINE_MAX) continue;
            Optional<PartialDate> d = PublicationDates.compact(lines.get(i));
            if (d.isPresent()) return Optional.of(new Dated(d.get(), "page dated heading"));
        }
        return Optional.empty();
    }
}
