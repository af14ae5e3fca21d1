package dev.pyheap.cli;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.driver.Workload;
import dev.pyheap.driver.Workloads;
import dev.pyheap.driver.patterns.AllocatorPattern;
import picocli.CommandLine.Command;

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

    ListCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
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
