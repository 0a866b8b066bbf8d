package org.diplokg.server.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void countsChineseCharactersAsTwoCells() {
        assertEquals(4, TextTable.width("区域"));
        assertEquals(8, TextTable.width("RCEP《》"));
        assertEquals(3, TextTable.width("abc"));
    }

    @Test
    void columnsLineUpWithMixedScripts() {
        TextTable t = new TextTable(List.of("name", "n"));
        t.add(List.of("亚太经合组织", "1"));
        t.add(List.of("APEC", "22"));
        List<String> lines = t.render().lines().toList();
        int width = TextTable.width(lines.get(0));
        for (String line : lines) assertEquals(width, TextTable.width(line), line);
        assertEquals("| 亚太经合组织 | 1  |", lines.get(3));
    }
}
