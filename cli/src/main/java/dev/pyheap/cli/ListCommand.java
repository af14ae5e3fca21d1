package dev.pyheap.cli;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.driver.Workload;
import dev.pyheap.driver.Workloads;
import dev.pyheap.driver.patterns.AllocatorPattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import dev.pyheap.cli.output.CommandJson;
import dev.pyheap.cli.output.CommandJson.ListEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code pyheap list}: the allocators and collectors found as services, the patterns {@code stats}
 * runs and the workloads {@code run} runs: the Python ones shipped in the jar, the Java ones found as services.
 */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "List the allocators, collectors, allocation patterns and workloads.",
        description = "Allocators and collectors are JPMS services: every implementation module on the module path"
                + " is listed with its one-line description; so are workloads.")
final class ListCommand implements Callable<Integer> {
    private final Context context;

    @Option(names = "--json", description = "Print one JSON document instead of the lists"
            + " (schema: dev/pyheap/cli/schemas/list.schema.json in the jar).")
    private boolean json;

    ListCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (json) {
            return printJson();
        }
        List<String[]> allocators = new ArrayList<>();
        for (AllocatorProvider p : Plugins.allocators()) {
            allocators.add(new String[] {p.name(), p.description()});
        }
        List<String[]> collectors = new ArrayList<>();
        for (CollectorProvider p : Plugins.collectors()) {
            collectors.add(new String[] {p.name(), p.description()});
        }
        List<String[]> patterns = new ArrayList<>();
        for (AllocatorPattern p : AllocatorPattern.values()) {
            patterns.add(new String[] {p.cliName(),
                String.format(Locale.ROOT, "%s (default --ops %,d)", p.description(), p.defaultOps())});
        }
        List<String[]> workloads = new ArrayList<>();
        for (Workload w : Workloads.all()) {
            workloads.add(new String[] {w.name(), w.defaultOps() == 0 ? w.description() + " (runs to its end)"
                    : String.format(Locale.ROOT, "%s (default --ops %,d)", w.description(), w.defaultOps())});
        }
        List<String[]> python = new ArrayList<>();
        for (Bundled.Program p : Bundled.list(Bundled.WORKLOADS)) {
            python.add(new String[] {p.name(), p.headerText("Workload").split(": ", 2)[0]});
        }
        int width = 0;
        for (List<String[]> kind : List.of(allocators, collectors, patterns, workloads, python)) {
            for (String[] row : kind) {
                width = Math.max(width, row[0].length());
            }
        }
        section("allocators:", allocators, width);
        section("collectors:", collectors, width);
        section("patterns (for pyheap stats --pattern):", patterns, width);
        section("workloads in Python (for pyheap run NAME and pyheap compare NAME):", python, width);
        section("workloads in Java, the interpreter-free measurement (for pyheap run --workload):", workloads, width);
        return 0;
    }

    private int printJson() {
        List<ListEntry> allocators = new ArrayList<>();
        for (AllocatorProvider p : Plugins.allocators()) {
            allocators.add(new ListEntry(p.name(), p.description(), null));
        }
        List<ListEntry> collectors = new ArrayList<>();
        for (CollectorProvider p : Plugins.collectors()) {
            collectors.add(new ListEntry(p.name(), p.description(), null));
        }
        List<ListEntry> patterns = new ArrayList<>();
        for (AllocatorPattern p : AllocatorPattern.values()) {
            patterns.add(new ListEntry(p.cliName(), p.description(), p.defaultOps()));
        }
        List<ListEntry> python = new ArrayList<>();
        for (Bundled.Program p : Bundled.list(Bundled.WORKLOADS)) {
            python.add(new ListEntry(p.name(), p.headerText("Workload").split(": ", 2)[0], null));
        }
        List<ListEntry> workloads = new ArrayList<>();
        for (Workload w : Workloads.all()) {
            workloads.add(new ListEntry(w.name(), w.description(), w.defaultOps() == 0 ? null : w.defaultOps()));
        }
        context.out().print(CommandJson.list(allocators, collectors, patterns, python, workloads));
        context.out().flush();
        return 0;
    }

    private void section(String heading, List<String[]> rows, int width) {
        context.out().println(heading);
        if (rows.isEmpty()) {
            context.out().println("  none yet");
        }
        for (String[] row : rows) {
            context.out().println("  " + pad(row[0], width) + "  " + row[1]);
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
