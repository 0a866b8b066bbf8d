package org.diplokg.extractor.summary;

import static org.diplokg.extractor.summary.Passages.assertHas;
import static org.diplokg.extractor.summary.Passages.organisations;

import org.junit.jupiter.api.Test;

/**
 * International organisations headquartered in China and intergovernmental bodies China belongs to, from
 * organisations.ttl, on passages written for the test in simplified and traditional script: names whose endings
 * (院, 组织 without a tagged name before it) the grammar does not read as a body.
 */
class OrgInternationalBodiesInChinaTest {

    @Test
    void bodiesHeadquarteredInChina() {
        assertHas(organisations("国际竹藤组织与世界旅游城市联合会在京签署合作备忘录。"), "国际竹藤组织", "世界旅游城市联合会");
        assertHas(organisations("國際調解院總部大樓在香港啟用。"), "國際調解院");
    }

    @Test
    void intergovernmentalBodiesChinaBelongsTo() {
        assertHas(organisations("世界动物卫生组织通报疫情，国际能源论坛秘书长同日访华。"), "世界动物卫生组织", "国际能源论坛");
    }
}
