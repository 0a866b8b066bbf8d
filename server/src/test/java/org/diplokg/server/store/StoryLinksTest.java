package org.diplokg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryLinksTest {

    private static final String BODY = "亚太经合组织领导人非正式会议以视频方式举行，各方讨论了区域经济一体化与数字贸易规则。".repeat(6);

    @Test
    void copiesOfOneStoryAreLinkedToItsFirstDocumentNotPairwise() {
        Map<String, long[]> sketches = new LinkedHashMap<>();
        for (String d : new String[] {"doc/d", "doc/b", "doc/a", "doc/c"}) {
            sketches.put(d, StoryLinks.sketch(BODY + "转载自" + d).orElseThrow());
        }
        sketches.put("doc/z", StoryLinks.sketch("中国与东盟举行自由贸易区升级谈判，双方同意加快进程并扩大服务贸易开放。".repeat(6)).orElseThrow());

        Map<String, Set<String>> links = StoryLinks.links(sketches);

        assertEquals(Map.of("doc/a", Set.of("doc/b", "doc/c", "doc/d")), links, "one group, three links from its first member");
        assertEquals(6, StoryLinks.linkQuads(sketches).size(), "each link both ways");
    }

    @Test
    void manyCopiesCostLinearlyManyLinks() {
        Map<String, long[]> sketches = new LinkedHashMap<>();
        for (int i = 0; i < 2_000; i++) sketches.put(String.format("doc/%05d", i), StoryLinks.sketch(BODY + i).orElseThrow());

        Map<String, Set<String>> links = StoryLinks.links(sketches);

        assertEquals(1, links.size());
        assertEquals(1_999, links.get("doc/00000").size());
        assertTrue(StoryLinks.linkQuads(sketches).size() < 4_000, "n - 1 links both ways, not n(n-1)/2");
    }
}
