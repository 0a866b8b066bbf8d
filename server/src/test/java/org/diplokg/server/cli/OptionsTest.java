package org.diplokg.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private final Options options = new Options()
            .value("db", "DIR", "database")
            .flag("force", "again")
            .repeatable("param", "V=X", "bind");

    @Test
    void readsValuesFlagsRepeatsAndPositionalsInAnyOrder() throws Exception {
        Options.ParsedArgs a = options.parse(List.of("seeds", "--db", "x", "--param=a=1", "more", "--force", "--param", "b=2"));
        assertEquals(List.of("seeds", "more"), a.positionals());
        assertEquals("x", a.find("db").orElseThrow());
        assertEquals(List.of("a=1", "b=2"), a.all("param"));
        assertTrue(a.flag("force"));
        assertFalse(a.help());
    }

    @Test
    void doubleDashEndsOptions() throws Exception {
        Options.ParsedArgs a = options.parse(List.of("--", "--db", "-"));
        assertEquals(List.of("--db", "-"), a.positionals());
        assertTrue(a.find("db").isEmpty());
    }

    @Test
    void unknownMissingAndRepeatedOptionsAreUsageErrors() {
        assertEquals("unknown option --bogus", assertThrows(UsageException.class, () -> options.parse(List.of("--bogus"))).getMessage());
        assertEquals("unknown option -x", assertThrows(UsageException.class, () -> options.parse(List.of("-x"))).getMessage());
        assertTrue(assertThrows(UsageException.class, () -> options.parse(List.of("--db"))).getMessage().contains("needs a value"));
        assertTrue(assertThrows(UsageException.class, () -> options.parse(List.of("--db", "a", "--db", "b"))).getMessage().contains("more than once"));
        assertTrue(assertThrows(UsageException.class, () -> options.parse(List.of("--force=yes"))).getMessage().contains("takes no value"));
    }

    @Test
    void numbersAreChecked() throws Exception {
        Options o = new Options().value("threads", "N", "threads");
        assertEquals(4, o.parse(List.of("--threads", "4")).intValue("threads", 1, 1, 64));
        assertEquals(7, o.parse(List.of()).intValue("threads", 7, 1, 64));
        assertThrows(UsageException.class, () -> o.parse(List.of("--threads", "four")).intValue("threads", 1, 1, 64));
        assertThrows(UsageException.class, () -> o.parse(List.of("--threads", "0")).intValue("threads", 1, 1, 64));
    }

    @Test
    void helpIsRecognisedEverywhere() throws Exception {
        assertTrue(options.parse(List.of("x", "-h")).help());
        assertTrue(options.parse(List.of("--help")).help());
        assertTrue(options.help().contains("--db DIR"));
    }
}
