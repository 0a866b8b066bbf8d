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
 * A branch or office named right after its parent (X公司杭州公司, X组织(日本)北京代表处): its name is not the part read
 * from the place after the parent; it is the whole when the parent is one word, and nothing when it cannot be read.
 */
class OrganisationUnitOfParentTest {

    private static List<String> organisations(String text) {
        return Seeds.extractor().extract(MiniExtractor.document(text, "2024-05-01")).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(ResolvedEntity::name).toList();
    }

    @Test
    void aRepresentativeOfficeAfterItsParentAndABracketedCountryIsNoOfficeOfItsPlace() {
        List<String> o = organisations("签约方包括亚洲青年交流与合作组织(日本)北京代表处、一家物流企业。");
        assertFalse(o.contains("北京代表处"), o.toString());
    }

    @Test
    void aBranchCompanyAfterItsParentWrittenAsOneWord() {
        List<String> o = organisations("出席仪式的有区财政局人员;投资公司杭州公司副总经理李明、王强等。");
        assertFalse(o.contains("杭州公司"), o.toString());
        assertTrue(o.contains("投资公司杭州公司"), o.toString());
    }

    @Test
    void aBranchBankAfterAPunctuationStaysAsItIs() {
        List<String> o = organisations("當天,杭州分行與當地企業簽署合作協議。");
        assertFalse(o.stream().anyMatch(n -> n.startsWith("當天") || n.startsWith("当天")), o.toString());
    }

    @Test
    void aBranchAfterAParentOfTwoNounsInTraditionalScript() {
        List<String> o = organisations("當天,交通銀行香港分行行長在儀式上致辭。");
        assertTrue(o.stream().anyMatch(n -> n.equals("交通銀行香港分行") || n.equals("交通银行香港分行")), o.toString());
        assertFalse(o.stream().anyMatch(n -> n.equals("香港分行")), o.toString());
    }

    @Test
    void aVerbBeforeTheParentIsNotTakenIn() {
        List<String> o = organisations("他早年创办投资公司上海分公司,后来转行。");
        assertFalse(o.stream().anyMatch(n -> n.contains("创办") || n.equals("上海分公司")), o.toString());
    }
}
