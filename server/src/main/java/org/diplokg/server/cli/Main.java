package org.diplokg.server.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The {@code diplokg} command line: {@code diplokg COMMAND [options]}. Exit codes: 0 fine, 1 failed, 2 usage. */
public final class Main {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** The server's own commands, in the order the overview lists them. */
    private static final List<Command> BUILT_IN = List.of(
            new UpCommand(), new IngestCommand(), new ServeCommand(), new QueryCommand(),
            new ExportCommand(), new ExtractCommand(), new LoadCommand(), new ValidateCommand(), new SummaryCommand(), new ReindexCommand());

    private static final List<Command> COMMANDS = withDiscovered(BUILT_IN, ServiceLoader.load(Command.class, Main.class.getClassLoader()));

    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, new Context(Home.detect(), out, err, System.console() != null));
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line; never exits the JVM (tests call this). */
    public static int run(String[] argv, Context ctx) {
        if (argv.length == 0) {
            ctx.err().print(overview());
            return USAGE;
        }
        String name = argv[0];
        if (name.equals("--version") || name.equals("-V") || name.equals("version")) {
            ctx.out().print(Version.text());
            return OK;
        }
        if (name.equals("-h") || name.equals("--help") || name.equals("help")) {
            if (argv.length > 1 && find(argv[1]).isPresent()) ctx.out().print(find(argv[1]).get().help());
            else ctx.out().print(overview());
            return OK;
        }
        Optional<Command> command = find(name);
        if (command.isEmpty()) {
            ctx.err().println("diplokg: unknown command " + name + " (try diplokg --help)");
            return USAGE;
        }
        Command c = command.get();
        try {
            Options.ParsedArgs args = c.options().parse(Arrays.asList(argv).subList(1, argv.length));
            if (args.help()) {
                ctx.out().print(c.help());
                return OK;
            }
            return c.run(args, ctx);
        } catch (UsageException e) {
            ctx.err().println("diplokg " + c.name() + ": " + e.getMessage());
            ctx.err().println("usage: diplokg " + c.synopsis());
            return USAGE;
        } catch (Exception | LinkageError e) {
            ctx.err().println("diplokg " + c.name() + ": " + message(e));
            if (System.getenv("DIPLOKG_DEBUG") != null) e.printStackTrace(ctx.err());
            return FAILED;
        }
    }

    /**
     * The built-in commands, then those other modules on the class path provide (bench, eval) through
     * {@code META-INF/services/org.diplokg.server.cli.Command}, by name. A provided command cannot replace a
     * built-in one: of two with the same name the first is kept.
     */
    static List<Command> withDiscovered(List<Command> builtIn, Iterable<Command> provided) {
        List<Command> found = new ArrayList<>();
        provided.forEach(found::add);
        found.sort(Comparator.comparing(Command::name));
        Map<String, Command> byName = new LinkedHashMap<>();
        builtIn.forEach(c -> byName.putIfAbsent(c.name(), c));
        found.forEach(c -> byName.putIfAbsent(c.name(), c));
        return List.copyOf(byName.values());
    }

    /** Every command this run knows, built-in and discovered. */
    public static List<Command> commands() {
        return COMMANDS;
    }

    static Optional<Command> find(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    static String overview() {
        Map<String, String> rows = new LinkedHashMap<>();
        COMMANDS.forEach(c -> rows.put(c.name(), c.summary()));
        int w = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder sb = new StringBuilder("""
                diplokg: a knowledge graph of Chinese diplomatic and trade news (TDB2 + Fuseki)

                usage: diplokg COMMAND [options]      (diplokg COMMAND --help for its options)

                commands:
                """);
        rows.forEach((k, v) -> sb.append("  ").append(k).append(" ".repeat(w - k.length() + 3)).append(v).append('\n'));
        sb.append("\nquick start: ./diplokg up   then open http://127.0.0.1:3030/\n");
        sb.append("diplokg --version   the version of diplokg, Jena and HanLP\n");
        return sb.toString();
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
