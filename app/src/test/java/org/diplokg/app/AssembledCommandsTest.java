package org.diplokg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplokg.server.cli.Command;
import org.diplokg.server.cli.Main;
import org.junit.jupiter.api.Test;

/** The class path the runnable jar is built from offers every command: the server's own, then bench and eval. */
class AssembledCommandsTest {

    @Test
    void everyCommandIsThereInOverviewOrder() {
        assertEquals(List.of("up", "ingest", "serve", "query", "export", "extract", "load", "validate", "summary", "reindex", "bench", "eval"),
                Main.commands().stream().map(Command::name).toList());
    }
}
