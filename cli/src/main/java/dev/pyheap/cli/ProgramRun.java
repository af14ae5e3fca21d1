package dev.pyheap.cli;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.api.gc.PauseStatistics;
import dev.pyheap.driver.Leak;
import dev.pyheap.driver.reports.Baseline;
import dev.pyheap.driver.reports.ProgramChecks;
import dev.pyheap.interpreter.run.Runner;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * A Python program on a fresh heap followed by the checks a workload gets ({@link ProgramChecks}):
 * the sanity checker, and the leak check held to what the program declares in its header
 * ({@link Leak#declaredIn}). Used by {@code pyheap demo}, {@code pyheap run NAME|FILE --verify} and
 * {@code pyheap compare}.
 */
final class ProgramRun {
    private ProgramRun() {
    }

    /**
     * The program's exit code, the checks after it, and what the run cost: its wall time, the
     * collections it made (by generation) and their pauses (the checks' own collections excluded).
     */
    record Result(int exit, ProgramChecks checks, long nanos, List<Long> collections, long gcNanos,
                  long maxPauseNanos) {
        boolean passed() {
            return exit == 0 && checks.passed();
        }
    }

    /**
     * Runs {@code program}; the leak declaration is read from its header.
     *
     * @throws IllegalArgumentException for a malformed declaration
     */
    static Result run(Configuration configuration, Runner.Program program, List<String> argv, PrintWriter out,
                      PrintWriter err) {
        return run(configuration, program, argv, out, err, null);
    }

    /**
     * {@link #run(Configuration, Runner.Program, List, PrintWriter, PrintWriter)} measured by {@code meter}
     * (null for none) from after the baseline to the program's end, before the checks.
     */
    static Result run(Configuration configuration, Runner.Program program, List<String> argv, PrintWriter out,
                      PrintWriter err, ProgramMeter meter) {
        Leak declared = declared(program);
        try (PyHeap heap = PyHeap.open(configuration)) {
            Baseline before = ProgramChecks.before(heap);
            Gc gcBefore = gc(heap);
            if (meter != null) {
                withGil(heap, () -> meter.start(heap));
            }
            long start = System.nanoTime();
            Runner runner = new Runner(heap, out, err);
            int exit = runner.run(program, argv);
            long nanos = System.nanoTime() - start;
            if (meter != null) {
                withGil(heap, () -> meter.end(heap, exit, runner.endedWith()));
            }
            out.flush();
            err.flush();
            Gc gcAfter = gc(heap);
            List<Long> collections = new ArrayList<>();
            for (int g = 0; g < gcAfter.generations().size(); g++) {
                collections.add(gcAfter.generations().get(g).collections() - (g < gcBefore.generations().size()
                        ? gcBefore.generations().get(g).collections() : 0));
            }
            return new Result(exit, ProgramChecks.after(heap, before, declared.objectsByType()), nanos, collections,
                    gcAfter.pauses().totalNanos() - gcBefore.pauses().totalNanos(), gcAfter.pauses().maxNanos());
        }
    }

    /**
     * What {@code program} declares it leaves behind without a cycle collector (nothing when it declares nothing).
     *
     * @throws IllegalArgumentException for a malformed declaration
     */
    static Leak declared(Runner.Program program) {
        return Leak.declaredIn(List.of(new String(program.source(), java.nio.charset.StandardCharsets.UTF_8)
                .split("\n", -1))).orElse(Leak.NONE);
    }

    /** The collector's counters at one moment. */
    private record Gc(List<GenerationStatistics> generations, PauseStatistics pauses) {
    }

    private static Gc gc(PyHeap heap) {
        try (PyThreadState thread = heap.attach(); var gil = thread.gil()) {
            return new Gc(heap.metrics().collector().statistics(), heap.metrics().collector().pauses());
        }
    }

    /** Runs {@code action} on a thread state of this thread, holding the GIL. */
    static void withGil(PyHeap heap, Runnable action) {
        try (PyThreadState thread = heap.attach(); var gil = thread.gil()) {
            action.run();
        }
    }

    /** The checks as the JSON document's plain values; null for null. */
    static dev.pyheap.cli.output.CommandJson.Checks plain(ProgramChecks checks) {
        return checks == null ? null : new dev.pyheap.cli.output.CommandJson.Checks(checks.sanity().ok(),
                checks.sanity().checks(), checks.sanity().problems(), checks.ok(), checks.expected(), checks.found(),
                checks.cycles().orElse(null));
    }

    /** The checks in a few lines: {@code sanity: ...}, {@code leak check: ...}. */
    static List<String> describe(ProgramChecks checks) {
        List<String> lines = new ArrayList<>();
        lines.add(checks.sanity().ok() ? String.format(java.util.Locale.ROOT, "sanity: ok (%,d checks)",
                checks.sanity().checks()) : "sanity: FAILED: " + String.join("; ", checks.sanity().problems()));
        String found = counts(checks.found());
        if (checks.ok()) {
            lines.add(checks.found().isEmpty() ? "leak check: ok, nothing left behind"
                    : "leak check: ok, left behind as declared without a cycle collector: " + found
                    + checks.cycles().map(c -> " (" + c + ")").orElse(""));
        } else {
            lines.add("leak check: FAILED: expected " + (checks.expected().isEmpty() ? "nothing" : counts(checks.expected()))
                    + ", found " + (checks.found().isEmpty() ? "nothing" : found)
                    + checks.cycles().map(c -> " (" + c + ")").orElse(""));
        }
        return lines;
    }

    private static String counts(SortedMap<String, Long> byType) {
        return byType.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    /** {@code describe}'s failure, or null when both checks passed. */
    static String failure(ProgramChecks checks) {
        if (checks.passed()) {
            return null;
        }
        return describe(checks).stream().filter(l -> l.contains("FAILED")).collect(Collectors.joining("; "));
    }
}
