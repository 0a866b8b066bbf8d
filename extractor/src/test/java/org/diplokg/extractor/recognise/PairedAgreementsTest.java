package org.diplokg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplokg.extractor.DocumentKnowledge;
import org.diplokg.extractor.Seeds;
import org.diplokg.extractor.dates.PartialDate;
import org.diplokg.extractor.read.DocumentFormat;
import org.diplokg.extractor.read.SourceDocument;
import org.diplokg.extractor.reference.EntityType;
import org.diplokg.extractor.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/**
 * Agreements named by their parties or by an acronym, resolved against the shipped reference agreements, on
 * passages written for the test: one-character abbreviations, parties written out, generic forms whose parties the
 * sentence names, and names the reference data lacks keyed by the acronym in brackets.
 */
class PairedAgreementsTest {

    private static final String ID = "https://w3id.org/diplokg/id/agreement/";

    private static List<ResolvedEntity> agreements(String body) {
        DocumentKnowledge k = Seeds.extractor().extract(new SourceDocument("test/pairs.txt", "0".repeat(64),
                DocumentFormat.TEXT, "UTF-8", null, PartialDate.parseIso("2024-05-01"), "header", null, null, body, List.of()));
        return k.entities().stream().filter(e -> e.type() == EntityType.AGREEMENT).toList();
    }

    private static List<String> iris(String body) {
        return agreements(body).stream().map(ResolvedEntity::iri).toList();
    }

    @Test
    void aPairOfAbbreviationsIsReadByTheEconomiesTheDocumentNames() {
        // 尼 is Nicaragua here because the text names Nicaragua, not Nepal
        assertEquals(List.of(ID + "china-nicaragua-fta"),
                iris("中国同尼加拉瓜建交以来合作不断深化。中尼自贸协定生效后双边贸易增长。"));
        // 新 stays unread when neither New Zealand nor Singapore is named
        assertTrue(iris("中新自贸协定的谈判很顺利。").stream().noneMatch(i -> i.startsWith(ID)));
    }

    @Test
    void aStageOfNegotiationIsNotANewAgreementNorIsADateAThirdParty() {
        assertEquals(List.of(ID + "china-korea-fta"), iris("12月31日中韩自贸协定第二阶段谈判取得进展。"));
        // 中日韩投资协定 is trilateral, not an agreement between Japan and Korea
        assertTrue(iris("中日韩投资协定已经生效。").stream().noneMatch(i -> i.contains("japan") || i.contains("korea")));
    }

    @Test
    void anUpgradeProtocolNamedByAbbreviationsIsTheUpgrade() {
        assertEquals(List.of(ID + "china-chile-fta-upgrade"), iris("智利外长表示，中智自贸协定升级议定书成效显著。"));
    }

    @Test
    void partiesWrittenOutNameTheirAgreement() {
        assertEquals(List.of(ID + "china-ecuador-fta"), iris("中国与厄瓜多尔的自由贸易协定今年生效。"));
        assertTrue(agreements("中国、智利和秘鲁的自由贸易协定各有特点。").isEmpty());
        List<ResolvedEntity> mou = agreements("伊朗和美国的谅解备忘录已经到期。");
        assertEquals(1, mou.size(), mou.toString());
        assertTrue(mou.get(0).name().contains("谅解备忘录"), mou.get(0).name());
    }

    @Test
    void twoAbbreviationsAndBothPartiesActingOnABareHeadNameTheirAgreement() {
        assertEquals(List.of(ID + "china-georgia-fta"),
                iris("格鲁吉亚总理与中国总理举行会谈。会谈后，中格两国正式签署了自由贸易协定。"));
        assertEquals(List.of(ID + "china-mauritius-fta"),
                iris("毛里求斯外長與中國商務部長會面。中毛雙方在路易港簽署自由貿易協定。"));
        // 格 names no economy the text spells out: no agreement
        assertTrue(agreements("中国总理举行会谈。中格两国正式签署了自由贸易协定。").isEmpty());
        // no act on the head: 两国 only talks about it
        assertTrue(agreements("格鲁吉亚总理与中国总理举行会谈。中格两国都认为自由贸易协定重要。").isEmpty());
    }

    @Test
    void aFormalTitleWithBothGovernmentsIsTheReferenceAgreement() {
        assertEquals(List.of(ID + "china-serbia-fta"),
                iris("双方签署了《中华人民共和国政府和塞尔维亚共和国政府自由贸易协定》。"));
    }

    @Test
    void aGenericFormTakesTheTwoPartiesOfItsSentence() {
        assertEquals(List.of(ID + "china-georgia-fta"), iris("中国和格鲁吉亚领导人表示，两国自由贸易协定惠及企业。"));
        assertEquals(List.of(ID + "hong-kong-asean-fta", ID + "hong-kong-asean-investment"),
                iris("會議檢視了香港與東盟的《自貿協定》及《投資協定》的落實情況。"));
        // three parties in the sentence: no telling which two
        assertTrue(agreements("中国、智利和秘鲁的代表认为两国自由贸易协定很重要。").isEmpty());
    }

    @Test
    void aNameWithItsAcronymInBracketsIsAnAgreement() {
        List<ResolvedEntity> a = agreements("两地宣布启动“能源合作促进协议”（ECPA）的讨论，并考虑数字贸易协定（DTA）。");
        assertEquals(2, a.size(), a.toString());
        assertTrue(agreements("双方希望商签自由贸易协定（FTA）。").isEmpty());
    }

    @Test
    void aMemorandumOrAFrameworkAgreementInBookTitleMarksIsAnAgreement() {
        assertEquals(1, agreements("两国签署《中华人民共和国政府与斐济共和国政府关于海洋合作的谅解备忘录》。").size());
        assertEquals(1, agreements("双方签署《中国与斐济全面经济合作框架协议》。").size());
        assertTrue(agreements("双方签署《合作谅解备忘录》。").isEmpty());
    }

    @Test
    void twoAbbreviationsBeforeFtaAreTheirFreeTradeAgreement() {
        assertEquals(List.of(ID + "china-korea-fta"), iris("两国领导人表示，韩中FTA生效以来双边贸易稳步增长。"));
        assertEquals(List.of(ID + "china-korea-fta"), iris("兩國領導人表示，中韓FTA生效以來雙邊貿易穩步增長。"));
        // three abbreviations: the trilateral agreement, not Japan and Korea's
        assertEquals(List.of(ID + "china-japan-korea-fta"), iris("学者认为中日韩FTA谈判应当加快。"));
    }

    @Test
    void aPairActingOnABareHeadInItsClauseNamesTheirAgreement() {
        assertEquals(List.of(ID + "china-cambodia-fta"), iris("中国和柬埔寨今天（12日）签署了一项自由贸易协定。"));
        assertEquals(List.of(ID + "china-new-zealand-fta"), iris("新西兰与中国就完成自由贸易协定谈判签署了意向宣言。"));
        assertEquals(List.of(ID + "china-chile-fta"), iris("智利、中国正式签署自由贸易协定。"));
        assertEquals(List.of(ID + "china-korea-fta"), iris("韩国中国1日正式签署自由贸易协定（FTA）。"));
        // another party between the pair and the head, or a list of three: not the pair's agreement
        assertTrue(agreements("中国与新西兰表示，愿同其他国家商签自由贸易协定。").isEmpty());
        assertTrue(agreements("中国与新西兰都愿同其他国家商签自由贸易协定。").isEmpty());
        assertTrue(agreements("中国、智利和秘鲁正式签署了自由贸易协定。").isEmpty());
    }

    @Test
    void aVisitToChinaMakesChinaTheOtherOfTwoCountries() {
        assertEquals(List.of(ID + "china-georgia-fta"), iris("格鲁吉亚总统访华。两国领导人宣布，将启动两国自由贸易协定谈判。"));
    }

    @Test
    void aGenericHeadOfThreeListedPartiesIsTheirAgreement() {
        assertEquals(List.of(ID + "china-japan-korea-fta"), iris("中、日、韩三国领导人表示，三方自贸协定谈判应当加快。"));
        assertEquals(List.of(ID + "china-japan-korea-fta"), iris("中国、日本、韩国三国经贸部长会晤。三国间的FTA仍在谈判。"));
        // two parties named, or four: no telling which three
        assertTrue(agreements("中日两国学者认为三国间的FTA仍需时日。").isEmpty());
        assertTrue(agreements("中国、日本、韩国和印度的代表认为三国间的FTA仍需时日。").isEmpty());
    }

    @Test
    void aSubjectAndThePartnerAfterTheCoVerbNameTheirAgreement() {
        assertEquals(List.of(ID + "china-nicaragua-fta"), iris("尼加拉瓜由此成为中美洲第二个与中国签署自由贸易协定的国家。"));
        assertEquals(List.of(ID + "china-georgia-fta"), iris("格魯吉亞去年5月同中國正式簽署了自貿協定，成效初顯。"));
        // two parties before the co-verb: whose agreement it is would be a guess
        assertTrue(agreements("秘鲁和智利都已与中国签署自由贸易协定。").isEmpty());
        // a written pair is the pair rule's, not read twice
        assertEquals(List.of(ID + "china-serbia-fta"), iris("塞尔维亚与中国签署自由贸易协定。"));
    }

    @Test
    void aHeadCoordinatedWithAPairsAgreementIsTheirsToo() {
        assertEquals(List.of(ID + "hong-kong-asean-fta", ID + "hong-kong-asean-investment"),
                iris("香港與東盟於2017年簽署自由貿易協定及相關投資協定。"));
        assertEquals(List.of(ID + "hong-kong-asean-fta", ID + "hong-kong-asean-investment"),
                iris("东盟和香港在马尼拉签订了自贸协定和投资协定。"));
        // a day and a city between the pair and their act
        assertEquals(List.of(ID + "hong-kong-asean-fta", ID + "hong-kong-asean-investment"),
                iris("東盟與香港前天(9日)在越南胡志明市簽訂自由貿易協定和相關投資協定。"));
        // not coordinated: the investment agreement of another sentence stays unread
        assertEquals(List.of(ID + "hong-kong-asean-fta"), iris("东盟和香港签订了自贸协定。投资协定另行商谈。"));
    }

    @Test
    void theUnitedStatesAndKoreaHaveTheirFreeTradeAgreement() {
        assertEquals(List.of(ID + "korus"), iris("韩国官员表示，韩美自贸协定修订谈判已经结束。"));
        assertEquals(List.of(ID + "korus"), iris("美國與韓國的自由貿易協定於2012年生效。"));
    }

    @Test
    void aQuotedNameIsTheReferenceAgreementItNames() {
        // ECFA by the Chinese form of its English name, as Taiwan writes it
        assertEquals(List.of(ID + "ecfa"), iris("兩岸當年簽訂「經濟合作架構協議」，關稅逐步減讓。"));
        assertEquals(List.of(ID + "china-eu-gi"), iris("双方签署了“中欧地理标志协定”。"));
    }
}
