package dev.pyheap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pyheap stats}: each pattern with few ops, the two reports, and failed runs. */
class StatsCommandTest {
    private static final String PEAK = "=== at peak (after allocation phase) ===";
    private static final String END = "=== at end ===";
    private static final Pattern ARENA_LINE = Pattern.compile("\\d+ arenas \\* 1048576 bytes/arena += +([\\d,]+)");
    private static final Pattern TOTAL_LINE = Pattern.compile("# bytes lost to arena alignment += +[\\d,]+\\R(?:Total) += +([\\d,]+)");
    private static final Pattern ALLOCATED_BLOCKS = Pattern.compile(
            "# blocks \\(sys\\.getallocatedblocks\\) += +([\\d,]+)");

    @TempDir
    Path dir;

    private CliRun stats(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "stats";
        System.arraycopy(args, 0, full, 1, args.length);
        return CliRun.run(Map.of(), dir, full);
    }

    /** The report between {@code heading} and the next heading (or the end). */
    private static String report(CliRun r, String heading) {
        int start = r.out().indexOf(heading + System.lineSeparator());
        assertTrue(start >= 0, "no " + heading + "\n" + r);
        start += heading.length() + System.lineSeparator().length();
        int end = r.out().indexOf("=== ", start);
        return r.out().substring(start, end < 0 ? r.out().length() : end);
    }

    private static long value(Pattern line, String report) {
        Matcher m = line.matcher(report);
        assertTrue(m.find(), line + " in\n" + report);
        long v = Long.parseLong(m.group(1).replace(",", ""));
        assertFalse(m.find(), "twice: " + line);
        return v;
    }

    @ParameterizedTest
    @CsvSource({
        // pattern, warm-up unit, seed text, blocks allocated at peak, state
        "free32,  pairs,  '',               1,      '; one resident 32-byte block keeps the pool in use, as in the C anchor'",
        "lifo,    blocks, ' seed=0x5eed',   20000,  ''",
        "shuffle, blocks, ' seed=0x5eed',   20000,  ''",
        "churn,   steps,  ' seed=0x5eed',   100000, ''",
    })
    void eachPatternPrintsReconciledReportsAtPeakAndEnd(String pattern, String unit, String seed, long peakBlocks,
                                                        String state) {
        CliRun r = stats("--pattern", pattern, "--ops", "20000");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        String summary = r.outLines().get(0);
        assertTrue(summary.matches("pattern=" + pattern + " allocator=pymalloc ops=20000" + Pattern.quote(seed)
                + " ns_per_pair=\\d+\\.\\d \\(timed phase only, after warm-up of 2000 untimed " + unit
                + Pattern.quote(state) + "\\)"),
                summary);
        assertEquals(PEAK, r.outLines().get(1));

        String peak = report(r, PEAK);
        String end = report(r, END);
        for (String report : List.of(peak, end)) {
            assertTrue(report.startsWith("Small block threshold = 512, in 32 size classes."), report);
            assertEquals(value(ARENA_LINE, report), value(TOTAL_LINE, report), report);
        }
        assertEquals(peakBlocks, value(ALLOCATED_BLOCKS, peak), peak);
        assertTrue(value(ARENA_LINE, peak) > 0, peak);
        assertEquals(0, value(ALLOCATED_BLOCKS, end), end);
    }

    @Test
    void allocatorOptionChoosesTheAllocator() {
        CliRun r = stats("--allocator", "malloc", "--pattern", "lifo", "--ops", "1000", "--seed", "42");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.outLines().get(0).startsWith("pattern=lifo allocator=malloc ops=1000 seed=0x2a ns_per_pair="),
                r::toString);
        String peak = report(r, PEAK);
        assertTrue(peak.startsWith("No pools in use: allocator 'malloc' serves every request from the raw allocator."),
                peak);
        assertEquals(1000, value(ALLOCATED_BLOCKS, peak));
        assertEquals(0, value(ALLOCATED_BLOCKS, report(r, END)));
    }

    @Test
    void allocatorOptionWinsOverSetAndEnvironment() {
        CliRun r = CliRun.run(Map.of("PYTHONMALLOC", "pymalloc"), dir,
                "stats", "--set", "allocator=pymalloc", "--allocator", "malloc", "--pattern", "free32", "--ops", "10");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.outLines().get(0).startsWith("pattern=free32 allocator=malloc ops=10 ns_per_pair="), r::toString);
    }

    @Test
    void hexAndDecimalSeedsAreTheSameSeed() {
        CliRun hex = stats("--pattern", "shuffle", "--ops", "500", "--seed", "0xFF");
        CliRun decimal = stats("--pattern", "shuffle", "--ops", "500", "--seed", "255");
        assertEquals(0, hex.code(), hex::toString);
        assertTrue(hex.outLines().get(0).contains(" seed=0xff "), hex::toString);
        assertEquals(report(hex, PEAK), report(decimal, PEAK));
    }

    @Test
    void heapLimitMakesTheRunFailWithAMemoryError() {
        CliRun r = stats("--set", "heap.limit=1m", "--pattern", "lifo", "--ops", "100000");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.singleErrorLine().startsWith("pyheap: MemoryError: "), r::toString);
        assertTrue(r.singleErrorLine().contains("heap.limit"), r::toString);
    }

    @Test
    void debugPrintsTheStackTraceOfAFailedRun() {
        CliRun r = stats("--debug", "--set", "heap.limit=1m", "--pattern", "lifo", "--ops", "100000");
        assertEquals(1, r.code(), r::toString);
        List<String> lines = r.errLines();
        assertTrue(lines.get(0).startsWith("pyheap: MemoryError: "), r::toString);
        assertTrue(lines.get(1).startsWith("dev.pyheap.api.MemoryError: "), r::toString);
        assertTrue(lines.size() > 3, r::toString);
    }

    @Test
    void unknownPatternIsAUsageError() {
        CliRun r = stats("--pattern", "fifo");
        assertEquals(2, r.code(), r::toString);
        assertEquals("pyheap: error: Invalid value for option '--pattern': unknown pattern 'fifo'; available:"
                + " free32, lifo, shuffle, churn (see pyheap stats --help)", r.singleErrorLine());
    }

    @Test
    void unknownAllocatorNamesTheOnesThatExist() {
        CliRun r = stats("--allocator", "jemalloc", "--ops", "10");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.singleErrorLine().startsWith("pyheap: error: unknown allocator 'jemalloc'; available: "),
                r::toString);
        assertTrue(r.singleErrorLine().contains("malloc, ") && r.singleErrorLine().contains("pymalloc"), r::toString);
    }

    @Test
    void badOpsAndSeedAreUsageErrors() {
        CliRun zero = stats("--ops", "0");
        assertEquals(2, zero.code(), zero::toString);
        assertEquals("pyheap: error: --ops must be at least 1, got 0 (see pyheap stats --help)",
                zero.singleErrorLine());

        CliRun words = stats("--ops", "many");
        assertEquals(2, words.code(), words::toString);
        assertEquals("pyheap: error: Invalid value for option '--ops': 'many' is not a whole number"
                + " (see pyheap stats --help)", words.singleErrorLine());

        CliRun huge = stats("--pattern", "lifo", "--ops", "3_000_000_000");
        assertEquals(2, huge.code(), huge::toString);
        assertEquals("pyheap: error: --ops for lifo is at most 2147483639, got 3000000000 (see pyheap stats --help)",
                huge.singleErrorLine());

        CliRun seed = stats("--seed", "0xZZ");
        assertEquals(2, seed.code(), seed::toString);
        assertEquals("pyheap: error: Invalid value for option '--seed': '0xZZ' is not a decimal or 0x hex number"
                + " (see pyheap stats --help)", seed.singleErrorLine());
    }

    @Test
    void badHeapLimitIsAConfigurationError() {
        CliRun r = stats("--set", "heap.limit=0", "--ops", "10");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.singleErrorLine().startsWith("pyheap: error: invalid value '0' for option heap.limit"),
                r::toString);
    }
}
