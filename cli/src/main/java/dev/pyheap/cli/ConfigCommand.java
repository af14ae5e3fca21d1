package dev.pyheap.cli;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Setting;
import dev.pyheap.api.config.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import dev.pyheap.cli.output.CommandJson;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pyheap config}: every option's effective value, where it came from, and its one-line doc. */
@Command(name = "config", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Print every option's effective value and where it came from.",
        description = {
            "Sources, later wins: default < file (./pyheap.properties or --config FILE)"
                    + " < environment (PYHEAP_<OPTION>, PYTHONMALLOC) < command line (--set KEY=VALUE)."
        })
final class ConfigCommand implements Callable<Integer> {
    private static final String[] HEADER = {"OPTION", "VALUE", "SOURCE", "DESCRIPTION"};

    private final Context context;

    @Mixin
    private ConfigurationOptions configuration;

    @Option(names = "--json", description = "Print one JSON document instead of the table"
            + " (schema: dev/pyheap/cli/schemas/config.schema.json in the jar).")
    private boolean json;

    ConfigCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Configuration effective = configuration.loader(context).load();
        if (json) {
            List<CommandJson.ConfigEntry> options = new ArrayList<>();
            for (Setting<?> s : effective.all()) {
                options.add(new CommandJson.ConfigEntry(s.option().name(), s.valueText(), s.source().label(),
                        s.source() == Source.DEFAULT ? null : s.origin(), s.option().doc()));
            }
            context.out().print(CommandJson.config(options));
            context.out().flush();
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Setting<?> s : effective.all()) {
            rows.add(new String[] {s.option().name(), s.valueText(), describe(s), s.option().doc()});
        }
        int[] widths = new int[HEADER.length - 1];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
            }
            line.append(row[widths.length]);
            context.out().println(line);
        }
        return 0;
    }

    /** {@code default}, {@code file (/path/pyheap.properties)}, {@code environment (PYHEAP_HEAP_LIMIT)}, {@code command line (--set)}. */
    static String describe(Setting<?> s) {
        if (s.source() == Source.DEFAULT) {
            return s.source().label();
        }
        return s.source().label() + " (" + s.origin() + ")";
    }
}
