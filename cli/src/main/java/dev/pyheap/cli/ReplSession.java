package dev.pyheap.cli;

import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.alloc.SizeClassUsage;
import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.interpreter.run.Console;
import dev.pyheap.runtime.PyGc;
import dev.pyheap.runtime.PyHeap;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One heap's interactive session: the prompt loop ({@code >>>}, {@code ...} while a statement is
 * unfinished) over a {@link Console}, and the learner's commands, which start with {@code :} so
 * they never clash with Python (no statement starts with a colon):
 * <pre>
 *   :heap            arenas, pools and blocks in use (the allocator's metrics)
 *   :gc              per generation: count, threshold, collections, collected, uncollectable
 *   :refs EXPR       gc.get_referrers(EXPR), one line each: type and a short repr
 *   :collector NAME  end this heap; the command opens a fresh one with that collector
 *   :help            this list
 * </pre>
 */
final class ReplSession {
    /** The commands, as {@code :help} and an unknown command's line name them. */
    static final List<String> COMMANDS = List.of(":heap", ":gc", ":refs EXPR", ":collector NAME", ":help");
    /** How much of a referrer's repr {@code :refs} shows. */
    static final int REPR_WIDTH = 70;

    private final ReplInput input;
    private final PrintWriter out;
    private final PrintWriter err;
    private final List<String> collectors;
    private String nextCollector;

    ReplSession(ReplInput input, PrintWriter out, PrintWriter err, List<String> collectors) {
        this.input = input;
        this.out = out;
        this.err = err;
        this.collectors = collectors;
    }

    /** The collector {@code :collector} asked for, or null when the session ended otherwise. */
    String nextCollector() {
        return nextCollector;
    }

    /** The prompt loop until the end of the input, SystemExit or {@code :collector}; the exit code. */
    int run(Console console) {
        input.onInterrupt(console::interrupt);
        for (;;) {
            String prompt = console.pending() ? "... " : ">>> ";
            out.flush();
            err.flush();
            String line;
            try {
                line = console.withoutGil(() -> input.read(prompt));
            } catch (ReplInput.Interrupted e) {
                console.resetBuffer();
                console.clearInterrupt();
                err.println("KeyboardInterrupt");
                continue;
            }
            if (line == null) {
                Console.Result last = console.finish();
                err.println();
                return last == Console.Result.EXIT ? console.exitStatus() : 0;
            }
            if (!console.pending() && line.strip().startsWith(":")) {
                command(console, line.strip());
                if (nextCollector != null) {
                    return 0;
                }
                continue;
            }
            if (console.push(line) == Console.Result.EXIT) {
                return console.exitStatus();
            }
        }
    }

    private void command(Console console, String line) {
        int space = line.indexOf(' ');
        String name = space < 0 ? line : line.substring(0, space);
        String argument = space < 0 ? "" : line.substring(space + 1).strip();
        switch (name) {
            case ":heap" -> heap(console.heap()).forEach(out::println);
            case ":gc" -> gc(console.heap()).forEach(out::println);
            case ":refs" -> {
                if (argument.isEmpty()) {
                    err.println(":refs needs an expression, e.g. :refs x");
                    return;
                }
                List<String> referrers = console.referrers(argument, REPR_WIDTH);
                if (referrers != null) {
                    out.println(referrers.size() + (referrers.size() == 1 ? " referrer" : " referrers")
                            + " (gc.get_referrers: the objects the collector tracks)");
                    referrers.forEach(r -> out.println("  " + r));
                }
            }
            case ":collector" -> {
                if (collectors.contains(argument)) {
                    nextCollector = argument;
                } else {
                    err.println((argument.isEmpty() ? ":collector needs a name" : "unknown collector '" + argument + "'")
                            + "; the collectors: " + String.join(", ", collectors));
                }
            }
            case ":help" -> help().forEach(out::println);
            default -> err.println("unknown command '" + name + "'; the commands: " + String.join(", ", COMMANDS));
        }
    }

    static List<String> help() {
        return List.of(
                "Python statements run as in python3's interactive mode; these commands look at the heap:",
                "  :heap            arenas, pools and blocks in use (the allocator's metrics)",
                "  :gc              per generation: count, threshold, collections, collected, uncollectable",
                "  :refs EXPR       what refers to the value of EXPR (gc.get_referrers), type and repr",
                "  :collector NAME  a fresh heap with that collector (the names defined so far are gone)",
                "  :help            this list",
                "Ctrl-D (the end of the input) ends the session; Ctrl-C interrupts a statement.");
    }

    /** {@code :heap}: the allocator's arenas, pools and blocks, from its statistics. */
    static List<String> heap(PyHeap heap) {
        AllocatorStatistics a = heap.metrics().allocator();
        List<String> lines = new ArrayList<>();
        if (!a.pooled()) {
            lines.add(format("allocator %s (no arenas or pools): %,d blocks in use, %,d bytes", a.allocator(),
                    a.allocatedBlocks(), a.rawBytes()));
            return lines;
        }
        long pools = a.sizeClasses().stream().mapToLong(SizeClassUsage::pools).sum();
        lines.add(format("allocator %s: %,d %s of %,d bytes (high water %,d), %,d pools of %,d bytes in use, %,d empty",
                a.allocator(), a.arenasCurrent(), a.arenasCurrent() == 1 ? "arena" : "arenas", a.arenaSize(),
                a.arenasHighWater(), pools, a.poolSize(), a.unusedPools()));
        lines.add(format("blocks in use: %,d (%,d bytes); free blocks in used pools: %,d bytes; outside pools: %,d blocks"
                + " (%,d bytes)", a.allocatedBlocks(), a.allocatedBlockBytes(), a.availableBlockBytes(), a.rawBlocks(),
                a.rawBytes()));
        StringBuilder classes = new StringBuilder("size classes in use (block size: pools, blocks):");
        for (SizeClassUsage c : a.sizeClasses()) {
            if (c.pools() > 0) {
                classes.append(format(" %d: %d, %,d;", c.blockSize(), c.pools(), c.blocksInUse()));
            }
        }
        lines.add(classes.charAt(classes.length() - 1) == ';' ? classes.substring(0, classes.length() - 1)
                : classes + " none");
        return lines;
    }

    /** {@code :gc}: {@code gc.get_count()}, {@code get_threshold()} and {@code get_stats()} side by side. */
    static List<String> gc(PyHeap heap) {
        PyGc gc = heap.gc();
        List<Long> counts = gc.getCount();
        List<Long> thresholds = gc.getThreshold();
        List<GenerationStatistics> stats = gc.getStats();
        List<String> lines = new ArrayList<>();
        lines.add("collector " + heap.metrics().collector().name() + (gc.isenabled() ? " (enabled)" : " (disabled)"));
        lines.add("generation  count  threshold  collections  collected  uncollectable");
        int generations = Math.max(counts.size(), Math.max(thresholds.size(), stats.size()));
        for (int g = 0; g < generations; g++) {
            GenerationStatistics s = g < stats.size() ? stats.get(g) : null;
            lines.add(format("%10d  %5s  %9s  %11s  %9s  %13s", g, at(counts, g), at(thresholds, g),
                    s == null ? "-" : s.collections(), s == null ? "-" : s.collected(), s == null ? "-" : s.uncollectable()));
        }
        return lines;
    }

    private static String at(List<Long> values, int i) {
        return i < values.size() ? Long.toString(values.get(i)) : "-";
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
