package org.diplokg.server.cli;

import java.io.PrintStream;

/**
 * What a command runs in: the project home, the output streams, and whether stderr is a terminal
 * (only then does it draw a progress bar).
 */
public record Context(Home home, PrintStream out, PrintStream err, boolean terminal) {}
