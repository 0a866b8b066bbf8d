package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.assertHas;
import static org.diplokg.extractor.summary.Passages.organisations;

import org.junit.jupiter.api.Test;

/**
 * Forum mechanisms of Chinese diplomacy named as standing bodies, from organisations.ttl: the China–Central Asia
 * mechanism and its Secretariat, and China's high-level people-to-people exchange mechanisms, on passages written for
 * the test in simplified and traditional script. Their names end in 机制, which no name grammar takes as a body.
 */
class OrgForumMechanismsTest {

    @Test
    void chinaCentralAsiaMechanismAndItsSecretariat() {
        assertHas(organisations("外长们表示，中国—中亚元首会晤机制成立以来成果丰硕，中国—中亚机制秘书处将发挥协调作用。"),
                "中国—中亚元首会晤机制", "中国—中亚机制秘书处");
        assertHas(organisations("各方同意繼續在中國-中亞機制框架下加強互聯互通合作。"), "中國-中亞機制");
    }

    @Test
    void peopleToPeopleExchangeMechanisms() {
        assertHas(organisations("双方商定年内召开中欧高级别人文交流对话机制会议，并筹备中德高级别人文交流对话机制下次会议。"),
                "中欧高级别人文交流对话机制", "中德高级别人文交流对话机制");
        assertHas(organisations("兩國教育部長在中英高級別人文交流機制框架下簽署合作文件，中俄人文合作委員會亦派員出席。"),
                "中英高級別人文交流機制", "中俄人文合作委員會");
    }
}
