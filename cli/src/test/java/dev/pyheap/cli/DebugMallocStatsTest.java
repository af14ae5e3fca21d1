package dev.pyheap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code sys._debugmallocstats()} from Python and {@code pyheap stats --debugmallocstats}, line by line
 * against CPython 3.11.7's output (recorded here with {@code python3 -c "import sys;
 * sys._debugmallocstats()"} into {@code debugmallocstats-cpython-3.11.7.txt}). The numbers may differ;
 * the sections, each label and every column may not: each line has CPython's length and, with its
 * numbers blanked, CPython's words. The size-class table lists the classes in use, so its rows are
 * compared by form, not by count.
 */
class DebugMallocStatsTest {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");
    private static final Pattern ROW = Pattern.compile("^ {0,4}\\d+ {1,6}\\d+ +\\d+ +\\d+ +\\d+$");
    private static final Pattern FLOATS = Pattern.compile("(?m)^ *(\\d+) free PyFloatObjects \\* 24 bytes each += +[\\d,]+$");

    @TempDir
    Path dir;

    static List<String> cpython() throws IOException {
        try (InputStream in = DebugMallocStatsTest.class.getResourceAsStream("debugmallocstats-cpython-3.11.7.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** A line with every number replaced by {@code #} and its blank runs squeezed: what stays when numbers change. */
    static String words(String line) {
        return NUMBER.matcher(line).replaceAll("#").replaceAll(" +", " ").strip();
    }

    /** Asserts that {@code report} starts with CPython's lines in CPython's form, then a blank line and lines of our own. */
    static void assertCPythonsForm(String report) throws IOException {
        List<String> expected = cpython();
        List<String> actual = report.lines().toList();
        int e = 0;
        int a = 0;
        while (e < expected.size()) {
            if (ROW.matcher(expected.get(e)).matches()) {
                // the table: CPython's rows and ours, each in the row format (54 columns)
                while (e < expected.size() && ROW.matcher(expected.get(e)).matches()) {
                    e++;
                }
                int rows = 0;
                while (a < actual.size() && ROW.matcher(actual.get(a)).matches()) {
                    assertEquals(54, actual.get(a).length(), "row " + actual.get(a) + "\n" + report);
                    a++;
                    rows++;
                }
                assertTrue(rows > 0, "no size-class rows\n" + report);
                continue;
            }
            assertTrue(a < actual.size(), "missing CPython's line '" + expected.get(e) + "'\n" + report);
            String want = expected.get(e);
            String got = actual.get(a);
            assertEquals(words(want), words(got), "line " + (a + 1) + "\n" + report);
            if (!want.startsWith("Small block threshold")) {
                assertEquals(want.length(), got.length(), "columns of line " + (a + 1) + " '" + got + "'\n" + report);
            }
            e++;
            a++;
        }
        assertTrue(a < actual.size() && actual.get(a).isEmpty(), "a blank line after CPython's part\n" + report);
        assertTrue(actual.get(a + 1).startsWith("# raw blocks in use"), report);
    }

    @Test
    void theRecordingHasEverySectionOfCPython311() throws IOException {
        List<String> lines = cpython();
        assertTrue(lines.contains("arena map counts"));
        assertTrue(lines.contains("# bytes lost to arena map root     =              262,144"));
        assertEquals(20, lines.stream().filter(l -> l.contains("-sized PyTupleObjects")).count());
    }

    @Test
    void sysDebugmallocstatsFromPythonWritesCPythonsReportToStderr() throws IOException {
        CliRun r = CliRun.run(Map.of(), dir, "run", "-c", "import sys; sys._debugmallocstats()");
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.out());
        assertCPythonsForm(r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"generational", "marksweep", "refcount"})
    void statsDebugmallocstatsPrintsTheSameReportForAFreshHeap(String collector) throws IOException {
        CliRun r = CliRun.run(Map.of(), dir, "stats", "--debugmallocstats", "--set", "collector=" + collector);
        assertEquals(0, r.code(), r.toString());
        assertCPythonsForm(r.out());
    }

    /** Without a radix tree (checked memory) the arena-map section is left out, the rest unchanged. */
    @Test
    void checkedMemoryHasNoArenaMapSection() {
        CliRun r = CliRun.run(Map.of(), dir, "stats", "--debugmallocstats", "--set", "memory=checked");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("# bytes lost to arena alignment"), r.out());
        assertTrue(!r.out().contains("arena map counts"), r.out());
        assertTrue(r.out().contains(" free PyFloatObjects * 24 bytes each ="), r.out());
    }

    /** Three floats freed by {@code del} go to the float free list: its line counts exactly three more. */
    @Test
    void theFreeListLinesCountTheObjectsTheProgramFreed() {
        String make = "import sys\nx = [1.5 + i for i in range(3)]\n";
        long kept = floats(CliRun.run(Map.of(), dir, "run", "-c", make + "sys._debugmallocstats()\n"));
        long freed = floats(CliRun.run(Map.of(), dir, "run", "-c", make + "del x\nsys._debugmallocstats()\n"));
        assertEquals(kept + 3, freed);
    }

    private static long floats(CliRun r) {
        assertEquals(0, r.code(), r.toString());
        Matcher m = FLOATS.matcher(r.err());
        assertTrue(m.find(), r.err());
        return Long.parseLong(m.group(1));
    }
}
