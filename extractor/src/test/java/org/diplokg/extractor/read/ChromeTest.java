package org.diplokg.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as page chrome, and where. */
class ChromeTest {

    @Test
    void recognisesFurnitureLinesAnywhere() {
        assertTrue(Chrome.isChrome("分享"));
        assertTrue(Chrome.isChrome("【打印】"));
        assertTrue(Chrome.isChrome("字號:默認 超大 | 打印 |"));
        assertTrue(Chrome.isChrome("首页 | 新闻 | 财经"));
        assertTrue(Chrome.isChrome("https://www.example.gov/"));
        assertTrue(Chrome.isChrome("原標題:"));
        assertTrue(Chrome.isChrome("版权所有 示例网 京ICP备00000000号"));
        assertFalse(Chrome.isChrome("分享发展成果，是各方的共同愿望。"));
        assertFalse(Chrome.isChrome("中国 | 东盟：合作前景广阔，双方贸易额持续增长。"));
        assertFalse(Chrome.isChrome("原标题：商务部推动高质量实施协定"));
    }

    @Test
    void dropsEdgeNoiseOnlyAtTheEdges() {
        assertEquals(List.of("标题", "正文第一段。", "0", "正文第二段。"),
                Chrome.trim(List.of("EN", "标题", "正文第一段。", "0", "正文第二段。", "◤日本旅遊必買清單◢", "0")));
    }

    @Test
    void keepsShortHeadlinesThatLookLikeCodes() {
        assertEquals(List.of("WTO", "世界贸易组织总干事发表讲话。"), Chrome.trim(List.of("WTO", "世界贸易组织总干事发表讲话。")));
    }

    @Test
    void passesOverTrailingBylinesToReachNoiseAboveThem() {
        assertEquals(List.of("正文。", "更新時間:2017/11/10 16:00"),
                Chrome.trim(List.of("正文。", "◤旅遊清單◢", "更新時間:2017/11/10 16:00")));
        assertEquals(List.of("正文。", "责任编辑：王芳"), Chrome.trim(List.of("正文。", "责任编辑：王芳", "关注我们的公众号")));
    }

    @Test
    void listsDriveTheChromeTests() {
        assertTrue(Chrome.isChrome("【相关阅读】"));
        assertTrue(Chrome.isChrome("Copyright 2021 示例网 All Rights Reserved"));
        assertTrue(Chrome.isChrome("Edit this page on GitHub"));
        assertTrue(Chrome.isChrome("在 GitHub 上编辑此页"));
        assertTrue(Chrome.isPromo("下载示例新闻APP，看更多资讯"));
        assertTrue(Chrome.isPromo("扫码关注我们"));
        assertFalse(Chrome.isPromo("双方同意下载安装有关软件。"));
        assertTrue(Chrome.isByline("责任编辑：李明"));
        assertFalse(Chrome.isByline("编辑部发表声明。"));
    }

    @Test
    void photoCreditsAreNoHeadline() {
        assertEquals("示例标题", PageText.title(List.of("（图）会场一角", "示例标题", "正文。")));
        assertEquals("示例标题", PageText.title(List.of("资料图：会场外景", "示例标题", "正文。")));
        assertEquals("示例标题", PageText.title(List.of("图/示例社", "示例标题", "正文。")));
    }

    @Test
    void anAccountOrAppreciationIsAPleaOnlyWhenAskedFor() {
        assertTrue(Chrome.isPromo("长按识别二维码，关注示例日报微信公众号"));
        assertTrue(Chrome.isPromo("歡迎關注本台公眾號，獲取最新消息"));
        assertTrue(Chrome.isPromo("喜欢就点击赞赏支持作者"));
        assertFalse(Chrome.isPromo("据“示例部发布”微信公众号消息，部长王某某当天会见了来访的代表团。"));
        assertFalse(Chrome.isPromo("與會各方高度讚賞雙方在經貿領域取得的成果。"));
        assertEquals(List.of("「示例辦公室」公眾號消息，兩國外長10日在東京舉行會談。", "正文。"),
                Chrome.trim(List.of("「示例辦公室」公眾號消息，兩國外長10日在東京舉行會談。", "正文。")));
    }
}
