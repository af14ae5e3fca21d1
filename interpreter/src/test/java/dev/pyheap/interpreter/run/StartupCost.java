package dev.pyheap.interpreter.run;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.runtime.PyHeap;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A run's fixed cost in a warm JVM (a development aid, not a test): opens a heap, runs a program as
 * {@link ProgramsTest} does, closes the heap, N times, and prints the mean wall and CPU time of the
 * last half of the runs split into heap open, the run (start-up, the program, finalization) and
 * heap close. Arguments: N (default 200), the collector (default generational), the program's
 * source (default {@code pass}).
 */
public final class StartupCost {
    private StartupCost() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String collector = args.length > 1 ? args[1] : "generational";
        String source = args.length > 2 ? args[2] : "pass\n";
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        long[] sums = new long[4];
        long cpu0 = 0;
        for (int i = 0; i < n; i++) {
            if (i == n / 2) {
                java.util.Arrays.fill(sums, 0);
                cpu0 = processCpu();
            }
            StringWriter out = new StringWriter(), err = new StringWriter();
            long t0 = System.nanoTime();
            PyHeap heap = PyHeap.open(Configuration.of(Map.of("collector", collector, "memory", "checked",
                    "hashseed", "0")));
            long t1 = System.nanoTime();
            try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
                new Runner(heap, o, e).stdin(new java.io.ByteArrayInputStream(new byte[0]), false)
                        .workingDirectory(folder)
                        .run(new Runner.Program(folder.resolve("empty.py").toString(),
                                source.getBytes(StandardCharsets.UTF_8), folder), List.of("empty.py"));
            }
            long t2 = System.nanoTime();
            heap.close();
            long t3 = System.nanoTime();
            sums[0] += t1 - t0;
            sums[1] += t2 - t1;
            sums[2] += t3 - t2;
            if (i == 0) {
                System.out.println("first run: open " + (t1 - t0) / 1_000_000 + " ms, run " + (t2 - t1) / 1_000_000
                        + " ms, close " + (t3 - t2) / 1_000_000 + " ms; out=" + out + " err=" + err);
            }
        }
        int m = n - n / 2;
        double cpu = (processCpu() - cpu0) / 1e6 / m;
        System.out.printf("mean of the last %d runs: open %.1f ms, run %.1f ms, close %.1f ms, total %.1f ms wall;"
                        + " process CPU %.1f ms per run%n", m, sums[0] / 1e6 / m, sums[1] / 1e6 / m, sums[2] / 1e6 / m,
                (sums[0] + sums[1] + sums[2]) / 1e6 / m, cpu);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
