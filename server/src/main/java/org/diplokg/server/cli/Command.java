package org.diplokg.server.cli;

/** One {@code diplokg} sub-command. */
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
