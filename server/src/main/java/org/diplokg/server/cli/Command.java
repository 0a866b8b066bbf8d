package org.diplokg.server.cli;

/**
 * One {@code diplokg} sub-command. Besides the server's own, {@link Main} runs every implementation another module
 * lists in {@code META-INF/services/org.diplokg.server.cli.Command} (found with {@link java.util.ServiceLoader}, so
 * it needs a public no-argument constructor): that is how {@code bench} and {@code eval} join the command line
 * when their jars are on the class path.
 */
public interface Command {

    String name();

    /** e.g. {@code ingest PATH… [--db DIR] [--threads N]} */
    String synopsis();

    /** One line for the command list. */
    String summary();

    /** Paragraphs shown by {@code --help} between the synopsis and the options. */
    default String details() { return ""; }

    Options options();

    /** Runs the command; returns the exit code (0 fine, 1 something failed). */
    int run(Options.ParsedArgs args, Context ctx) throws Exception;

    default String help() {
        StringBuilder sb = new StringBuilder("usage: diplokg ").append(synopsis()).append("\n\n").append(summary()).append('\n');
        if (!details().isBlank()) sb.append('\n').append(details().strip()).append('\n');
        sb.append("\noptions:\n").append(options().help());
        return sb.toString();
    }
}
