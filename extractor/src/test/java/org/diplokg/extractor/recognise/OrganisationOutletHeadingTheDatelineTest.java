package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/**
 * An outlet that heads the dateline is content: one that reports the story with its reporter after it
 * (【环球网报道 记者 X】), and a news agency in title marks (《某某新闻社》); a reporter's credit stays a credit.
 */
class OrganisationOutletHeadingTheDatelineTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION && !e.creditOnly()).map(ResolvedEntity::name).toList();
    }

    @Test
    void anOutletReportingWithItsReporterInTraditionalScript() {
        List<String> o = organisations("【環球網報道 記者 張明】兩國外長當天在首都舉行會談。");
        assertTrue(o.contains("環球網") || o.contains("环球网"), o.toString());
    }

    @Test
    void aReportersOutletIsContent() {
        List<String> o = organisations("环球网记者 张明 两国外长当天在首都举行会谈。");
        assertTrue(o.contains("环球网"), o.toString());
    }

    @Test
    void aNewsAgencyInTitleMarks() {
        List<String> o = organisations("《环球商业新闻社》 Global Business News – 日本外务省表示,两国外长周二通话。");
        assertTrue(o.contains("环球商业新闻社"), o.toString());
    }
}
