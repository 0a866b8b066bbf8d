package org.diplokg.server.cli;

/**
 * A command provided the way other modules provide theirs: listed in this module's test
 * {@code META-INF/services/org.diplokg.server.cli.Command}, not in {@link Main}.
 */
public final class EchoCommand implements Command {

    private final String name;

    public EchoCommand() {
        this("echo");
    }

    EchoCommand(String name) {
        this.name = name;
    }

    @Override public String name() { return name; }

    @Override public String synopsis() { return name + " WORD…"; }

    @Override public String summary() { return "Print the words (a test of command discovery)."; }

    @Override public Options options() { return new Options(); }

    @Override
    public int run(Options.ParsedArgs args, Context ctx) {
        ctx.out().println(String.join(" ", args.positionals()));
        return Main.OK;
    }
}
