package org.diplokg.server.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options one command accepts, declared up front so that anything else is a usage error.
 * Accepts {@code --name value}, {@code --name=value}, flags, {@code --} to end options, and
 * {@code -h}/{@code --help} everywhere.
 */
public final class Options {

    /** One option; {@code valueName} is null for a flag. */
    public record Option(String name, String valueName, String help, boolean repeatable) {
        boolean takesValue() { return valueName != null; }
    }

    private final Map<String, Option> options = new LinkedHashMap<>();

    public Options value(String name, String valueName, String help) {
        return add(new Option(name, valueName, help, false));
    }

    public Options repeatable(String name, String valueName, String help) {
        return add(new Option(name, valueName, help, true));
    }

    public Options flag(String name, String help) {
        return add(new Option(name, null, help, false));
    }

    private Options add(Option o) {
        if (options.putIfAbsent(o.name(), o) != null) throw new IllegalArgumentException("option declared twice: " + o.name());
        return this;
    }

    public List<Option> list() { return List.copyOf(options.values()); }

    public ParsedArgs parse(List<String> args) throws UsageException {
        List<String> positionals = new ArrayList<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        boolean help = false;
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (optionsEnded || a.equals("-") || !a.startsWith("-")) {
                positionals.add(a);
                continue;
            }
            if (a.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (a.equals("-h") || a.equals("--help")) {
                help = true;
                continue;
            }
            if (!a.startsWith("--")) throw new UsageException("unknown option " + a);
            String name = a.substring(2);
            String inline = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inline = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            Option o = options.get(name);
            if (o == null) throw new UsageException("unknown option --" + name);
            if (!o.takesValue()) {
                if (inline != null) throw new UsageException("--" + name + " takes no value");
                flags.add(name);
                continue;
            }
            String v = inline;
            if (v == null) {
                if (i + 1 >= args.size()) throw new UsageException("--" + name + " needs a value (" + o.valueName() + ")");
                v = args.get(++i);
            }
            List<String> list = values.computeIfAbsent(name, k -> new ArrayList<>());
            if (!list.isEmpty() && !o.repeatable()) throw new UsageException("--" + name + " given more than once");
            list.add(v);
        }
        return new ParsedArgs(positionals, values, flags, help);
    }

    /** The option list for help texts. */
    public String help() {
        List<String[]> rows = new ArrayList<>();
        for (Option o : options.values()) {
            String left = "--" + o.name() + (o.takesValue() ? " " + o.valueName() : "");
            rows.add(new String[] {left, o.help() + (o.repeatable() ? " (repeatable)" : "")});
        }
        rows.add(new String[] {"-h, --help", "show this help"});
        int w = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) sb.append("  ").append(r[0]).append(" ".repeat(w - r[0].length() + 3)).append(r[1]).append('\n');
        return sb.toString();
    }

    /** Parsed command line. */
    public record ParsedArgs(List<String> positionals, Map<String, List<String>> values, Set<String> flags, boolean help) {

        public ParsedArgs {
            positionals = List.copyOf(positionals);
            Map<String, List<String>> copy = new LinkedHashMap<>();
            values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            values = Map.copyOf(copy);
            flags = Set.copyOf(flags);
        }

        public Optional<String> find(String name) {
            List<String> v = values.get(name);
            return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
        }

        public String expect(String name) throws UsageException {
            return find(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
        }

        public List<String> all(String name) {
            return values.getOrDefault(name, List.of());
        }

        public boolean flag(String name) {
            return flags.contains(name);
        }

        public int intValue(String name, int dflt, int min, int max) throws UsageException {
            Optional<String> v = find(name);
            if (v.isEmpty()) return dflt;
            try {
                int n = Integer.parseInt(v.get().strip());
                if (n < min || n > max) throw new UsageException("--" + name + " must be between " + min + " and " + max + ", got " + n);
                return n;
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " wants a whole number, got: " + v.get());
            }
        }
    }
}
