package dev.pyheap.cli.output;


import dev.pyheap.driver.reports.RetentionReport;
import dev.pyheap.driver.reports.RunReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The human forms of run reports: one report as labelled lines, several side by side; the retention report. */
public final class ReportTable {
    private ReportTable() {
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String millis(double ms) {
        return String.format(Locale.ROOT, "%.3f", ms);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
    }

    private static String seed(long seed) {
        return String.format(Locale.ROOT, "0x%x", seed);
    }

    /** {@code 12,000 (gen0 11,000, gen1 900, gen2 100)} or {@code 12}. */
    private static String collections(List<Long> perGeneration) {
        long total = perGeneration.stream().mapToLong(Long::longValue).sum();
        if (perGeneration.size() == 1) {
            return count(total);
        }
        StringJoiner gens = new StringJoiner(", ", " (", ")");
        for (int g = 0; g < perGeneration.size(); g++) {
            gens.add("gen" + g + " " + count(perGeneration.get(g)));
        }
        return count(total) + gens;
    }

    private static String byType(Map<String, Long> byType) {
        StringJoiner s = new StringJoiner(", ");
        byType.forEach((type, n) -> s.add(type + " " + n));
        return s.toString();
    }

    /** {@code 4 objects (Dog 1, Person 1, list 2), 8 blocks}. */
    private static String objects(long objects, Map<String, Long> byType, long blocks) {
        String what = count(objects) + (Math.abs(objects) == 1 ? " object" : " objects");
        if (!byType.isEmpty()) {
            what += " (" + byType(byType) + ")";
        }
        return what + ", " + count(blocks) + (Math.abs(blocks) == 1 ? " block" : " blocks");
    }

    /** The leak check in one phrase: ok, an expected leak, or what was found against what was expected. */
    private static String leak(RunReport r) {
        RunReport.LeakCheck l = r.leakCheck();
        if (l.ok() && l.expectedObjects() == 0) {
            return "ok: nothing left behind";
        }
        if (l.ok()) {
            return "ok: the expected leak of a collector that never reclaims cycles ("
                    + r.collector() + "): " + objects(l.leakedObjects(), l.byType(), l.leakedBlocks());
        }
        return "FAILED: found " + objects(l.leakedObjects(), l.byType(), l.leakedBlocks())
                + " beyond the baseline; the workload declares " + count(l.expectedObjects()) + " objects, "
                + count(l.expectedBlocks()) + " blocks";
    }

    private static String sanity(RunReport r) {
        RunReport.Sanity s = r.sanity();
        if (s.ok()) {
            return "ok (" + count(s.checks()) + " checks)";
        }
        return "FAILED: " + s.problems().size() + (s.problems().size() == 1 ? " problem" : " problems")
                + " (" + count(s.checks()) + " checks)";
    }

    /** Why a run failed, in one line, or null when it passed. */
    public static String failure(RunReport r) {
        if (!r.sanity().ok()) {
            return "the heap is not sane: " + r.sanity().problems().get(0)
                    + (r.sanity().problems().size() > 1 ? " (and " + (r.sanity().problems().size() - 1) + " more)" : "");
        }
        if (!r.leakCheck().ok()) {
            return "unexpected leak: " + leak(r).substring("FAILED: ".length());
        }
        return null;
    }

    /** One report as labelled lines. */
    public static List<String> run(RunReport r) {
        List<String> lines = new ArrayList<>();
        lines.add(title(r));
        row(lines, "ops", String.format(Locale.ROOT, "%,d in %.3f s (%,.0f ops/s)", r.ops(), r.seconds(),
                r.opsPerSecond()));
        threadsAndHeap(lines, r);
        row(lines, "leak check", leak(r));
        sanityRows(lines, r);
        return lines;
    }

    /**
     * A Python program run in the driver's threads ({@code run PROGRAM --threads N}): the driver's numbers
     * without its leak check (the program's own checks follow, after its interpreter ended).
     *
     * @param callsMain   whether each call was of {@code main()} (else a run of the module body)
     * @param calls       calls made, all threads together
     * @param failedCalls calls that ended in an uncaught exception
     */
    public static List<String> threadedProgram(RunReport r, boolean callsMain, long calls, long failedCalls) {
        List<String> lines = new ArrayList<>();
        lines.add(title(r));
        row(lines, "calls", String.format(Locale.ROOT, "%,d of %s in %.3f s%s", calls,
                callsMain ? "main()" : "the module body", r.seconds(),
                failedCalls == 0 ? "" : String.format(Locale.ROOT, ", %,d raised", failedCalls)));
        threadsAndHeap(lines, r);
        sanityRows(lines, r);
        return lines;
    }

    private static String title(RunReport r) {
        return String.format(Locale.ROOT, "%s on %s + %s, %d %s, seed %s, yield %s", r.workload(), r.collector(),
                r.allocator(), r.threads(), r.threads() == 1 ? "thread" : "threads", seed(r.seed()), r.yieldPolicy());
    }

    private static void threadsAndHeap(List<String> lines, RunReport r) {
        if (r.threads() > 1) {
            StringJoiner shares = new StringJoiner(" ");
            r.threadShares().forEach(s -> shares.add(String.format(Locale.ROOT, "%.1f%%", 100 * s)));
            row(lines, "thread shares", shares.toString());
        }
        row(lines, "gil", String.format(Locale.ROOT, "%,d switches, %,d forced, %s ms waited", r.gil().switches(),
                r.gil().forcedSwitches(), millis(r.gil().waitMillis())));
        row(lines, "collections", collections(r.collections()) + ", " + count(r.collected()) + " collected, "
                + count(r.uncollectable()) + " uncollectable");
        RunReport.Pauses p = r.pauseMillis();
        row(lines, "pauses", p.count() == 0 ? "none"
                : "p50 " + millis(p.p50()) + " ms, p99 " + millis(p.p99()) + " ms, max " + millis(p.max()) + " ms");
        RunReport.Heap h = r.heap();
        row(lines, "heap", String.format(Locale.ROOT,
                "peak %s MiB, final %s MiB; arenas: %,d allocated, %,d reclaimed, high water %,d",
                mib(h.peakBytes()), mib(h.finalBytes()), h.arenasAllocated(), h.arenasReclaimed(), h.arenasHighWater()));
    }

    private static void sanityRows(List<String> lines, RunReport r) {
        row(lines, "sanity", sanity(r));
        for (String problem : r.sanity().problems()) {
            lines.add("    " + problem);
        }
    }

    private static void row(List<String> lines, String label, String value) {
        lines.add(String.format(Locale.ROOT, "  %-14s %s", label, value));
    }

    /** Several reports of the same workload side by side, one column per run. */
    public static List<String> compare(List<RunReport> reports) {
        RunReport first = reports.get(0);
        List<String[]> rows = new ArrayList<>();
        rows.add(row("", reports, RunReport::collector));
        rows.add(row("ops", reports, r -> count(r.ops())));
        rows.add(row("seconds", reports, r -> String.format(Locale.ROOT, "%.3f", r.seconds())));
        rows.add(row("ops/s", reports, r -> String.format(Locale.ROOT, "%,.0f", r.opsPerSecond())));
        rows.add(row("collections", reports, r -> {
            StringJoiner s = new StringJoiner("/");
            r.collections().forEach(n -> s.add(count(n)));
            return s.toString();
        }));
        rows.add(row("collected", reports, r -> count(r.collected())));
        rows.add(row("uncollectable", reports, r -> count(r.uncollectable())));
        rows.add(row("pause p50 ms", reports, r -> millis(r.pauseMillis().p50())));
        rows.add(row("pause p99 ms", reports, r -> millis(r.pauseMillis().p99())));
        rows.add(row("pause max ms", reports, r -> millis(r.pauseMillis().max())));
        rows.add(row("peak MiB", reports, r -> mib(r.heap().peakBytes())));
        rows.add(row("final MiB", reports, r -> mib(r.heap().finalBytes())));
        rows.add(row("gil switches", reports, r -> count(r.gil().switches())));
        rows.add(row("leak check", reports, r -> !r.leakCheck().ok() ? "FAILED"
                : r.leakCheck().expectedObjects() == 0 ? "ok" : "ok, " + count(r.leakCheck().leakedObjects()) + " kept"));
        rows.add(row("sanity", reports, r -> r.sanity().ok() ? "ok" : "FAILED"));
        int[] widths = new int[reports.size() + 1];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s on %s, %d %s, seed %s, yield %s", first.workload(), first.allocator(),
                first.threads(), first.threads() == 1 ? "thread" : "threads", seed(first.seed()), first.yieldPolicy()));
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ").append(row[0]).append(" ".repeat(widths[0] - row[0].length()));
            for (int c = 1; c < row.length; c++) {
                line.append("  ").append(" ".repeat(widths[c] - row[c].length())).append(row[c]);
            }
            lines.add(line.toString().stripTrailing());
        }
        boolean anyKept = reports.stream().anyMatch(r -> r.leakCheck().ok() && r.leakCheck().expectedObjects() > 0);
        if (anyKept) {
            lines.add("  (kept: the cyclic garbage a collector that never reclaims cycles is expected to keep)");
        }
        return lines;
    }

    /**
     * {@code --leaks}: a heading, then per group the count, the type and the chain (or why there is
     * none), counts and names padded to the longest; one line when there is no group. {@code when}: the
     * moment the report was taken, in the words of what ran ({@code after the mutators dropped their roots
     * and a full collection}).
     */
    public static List<String> retention(RetentionReport report, String when) {
        List<String> lines = new ArrayList<>();
        long objects = report.objects();
        lines.add(report.groups().isEmpty() ? "leaks: nothing alive beyond the baseline " + when
                : String.format(Locale.ROOT, "leaks: %,d %s alive beyond the baseline %s, by type, each with one chain"
                        + " from a root:", objects, objects == 1 ? "object" : "objects", when));
        int width = report.groups().stream().mapToInt(g -> g.type().length()).max().orElse(0);
        int countWidth = report.groups().stream().mapToInt(g -> count(g.count()).length()).max().orElse(0);
        for (RetentionReport.Group g : report.groups()) {
            lines.add(String.format(Locale.ROOT, "  %" + countWidth + "s %-" + width + "s  %s", count(g.count()),
                    g.type(), g.explanation()));
        }
        return lines;
    }

    private static String[] row(String label, List<RunReport> reports, java.util.function.Function<RunReport, String> cell) {
        String[] row = new String[reports.size() + 1];
        row[0] = label;
        for (int i = 0; i < reports.size(); i++) {
            row[i + 1] = cell.apply(reports.get(i));
        }
        return row;
    }
}
