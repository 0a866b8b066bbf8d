package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.MiniExtractor;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** A medium named with its reporter is an organisation of the text; a bare photo credit or a source line is not. */
class OrganisationReporterMediaTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION && !e.creditOnly()).map(ResolvedEntity::name).toList();
    }

    @Test
    void aMediumWhoseReporterInterviewsSomeone() {
        List<String> o = organisations("部长在会后接受东方卫视记者专访，介绍了谈判进展。");
        assertTrue(o.contains("东方卫视"), o.toString());
    }

    @Test
    void aBylineOfAnAgencysReportersInTraditionalScript() {
        List<String> o = organisations("中央社記者王大明、李小華\n兩國代表當天在首都簽署備忘錄。");
        assertTrue(o.contains("中央社"), o.toString());
    }

    @Test
    void aPhotoTakenByANewspapersReporter() {
        List<String> o = organisations("签约仪式现场。人民日报记者周明摄\n双方签署合作协议。");
        assertTrue(o.contains("人民日报"), o.toString());
    }

    @Test
    void aBarePhotoCreditOrSourceLineStaysMetadata() {
        assertFalse(organisations("会场外景。新华社供图\n会议在北京举行。").contains("新华社"));
        assertFalse(organisations("来源：外交部网站\n会议在北京举行。").contains("外交部网站"));
    }
}
