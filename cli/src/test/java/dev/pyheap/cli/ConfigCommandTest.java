package dev.pyheap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pyheap config}: values, their sources, precedence and configuration errors. */
class ConfigCommandTest {
    @TempDir
    Path dir;

    /** The row of {@code option} split into its four columns. */
    private static List<String> row(CliRun r, String option) {
        for (String line : r.outLines()) {
            if (line.startsWith(option + " ")) {
                List<String> cells = List.of(line.split(" {2,}", 4));
                assertEquals(4, cells.size(), line);
                return cells;
            }
        }
        throw new AssertionError("no row for " + option + "\n" + r);
    }

    @Test
    void defaultsWhenNothingIsSet() {
        CliRun r = CliRun.run(Map.of(), dir, "config");
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of("OPTION", "VALUE", "SOURCE", "DESCRIPTION"), List.of(r.outLines().get(0).split(" +")));
        assertEquals(List.of("allocator", "pymalloc", "default",
                "memory allocator: pymalloc, malloc, pymalloc_debug, malloc_debug or debug (as PYTHONMALLOC)"),
                row(r, "allocator"));
        assertEquals(List.of("heap.limit", "unlimited", "default"), row(r, "heap.limit").subList(0, 3));
        assertEquals(List.of("collector", "generational", "default"), row(r, "collector").subList(0, 3));
        assertEquals(List.of("gc.threshold", "700,10,10", "default"), row(r, "gc.threshold").subList(0, 3));
        assertEquals(List.of("gc.enabled", "true", "default"), row(r, "gc.enabled").subList(0, 3));
        assertEquals(List.of("gc.debug", "0", "default"), row(r, "gc.debug").subList(0, 3));
        assertEquals("", r.err());
    }

    @Test
    void gcOptionsFromEachSource() {
        CliRun r = CliRun.run(Map.of("PYHEAP_GC_THRESHOLD", "100,5"), dir, "config", "--set", "gc.debug=38",
                "--set", "collector=generational");
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of("gc.threshold", "100,5", "environment (PYHEAP_GC_THRESHOLD)"),
                row(r, "gc.threshold").subList(0, 3));
        assertEquals(List.of("gc.debug", "38", "command line (--set)"), row(r, "gc.debug").subList(0, 3));
        assertEquals(List.of("collector", "generational", "command line (--set)"), row(r, "collector").subList(0, 3));
    }

    @Test
    void anInvalidGcDebugNamesTheFlags() {
        CliRun r = CliRun.run(Map.of(), dir, "config", "--set", "gc.debug=8");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.singleErrorLine().startsWith("pyheap: error: invalid value '8' for option gc.debug (from --set):"
                + " expected a sum of gc flags: DEBUG_STATS=1, DEBUG_COLLECTABLE=2, DEBUG_UNCOLLECTABLE=4,"
                + " DEBUG_SAVEALL=32 (DEBUG_LEAK=38)"), r::toString);
    }

    @Test
    void columnsAreAligned() {
        CliRun r = CliRun.run(Map.of(), dir, "config");
        List<String> lines = r.outLines();
        int valueColumn = lines.get(0).indexOf("VALUE");
        int sourceColumn = lines.get(0).indexOf("SOURCE");
        for (String line : lines.subList(1, lines.size())) {
            assertEquals(' ', line.charAt(valueColumn - 1), line);
            assertTrue(line.charAt(valueColumn) != ' ', line);
            assertTrue(line.charAt(sourceColumn) != ' ' && line.charAt(sourceColumn - 1) == ' ', line);
        }
    }

    @Test
    void eachSourceWinsOverTheOnesBelowIt() throws IOException {
        Path file = Files.writeString(dir.resolve("custom.properties"), "allocator=malloc\nheap.limit=2m\n");
        Map<String, String> env = Map.of("PYHEAP_HEAP_LIMIT", "64m");

        CliRun fileOnly = CliRun.run(Map.of(), dir, "config", "--config", "custom.properties");
        assertEquals(0, fileOnly.code(), fileOnly::toString);
        assertEquals(List.of("allocator", "malloc", "file (" + file + ")"), row(fileOnly, "allocator").subList(0, 3));
        assertEquals(List.of("heap.limit", "2m", "file (" + file + ")"), row(fileOnly, "heap.limit").subList(0, 3));

        CliRun withEnv = CliRun.run(env, dir, "config", "--config", file.toString());
        assertEquals(0, withEnv.code(), withEnv::toString);
        assertEquals(List.of("allocator", "malloc", "file (" + file + ")"), row(withEnv, "allocator").subList(0, 3));
        assertEquals(List.of("heap.limit", "64m", "environment (PYHEAP_HEAP_LIMIT)"),
                row(withEnv, "heap.limit").subList(0, 3));

        CliRun withSet = CliRun.run(env, dir, "config", "--config", file.toString(), "--set", "heap.limit=8m",
                "--set", "heap.limit=16m");
        assertEquals(0, withSet.code(), withSet::toString);
        assertEquals(List.of("allocator", "malloc", "file (" + file + ")"), row(withSet, "allocator").subList(0, 3));
        assertEquals(List.of("heap.limit", "16m", "command line (--set)"), row(withSet, "heap.limit").subList(0, 3));
    }

    @Test
    void pyheapPropertiesInTheWorkingDirectoryIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("pyheap.properties"), "heap.limit=3m\n");
        CliRun r = CliRun.run(Map.of(), dir, "config");
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of("heap.limit", "3m", "file (" + file + ")"), row(r, "heap.limit").subList(0, 3));
    }

    @Test
    void pythonMallocChoosesTheAllocator() {
        CliRun r = CliRun.run(Map.of("PYTHONMALLOC", "malloc"), dir, "config");
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of("allocator", "malloc", "environment (PYTHONMALLOC)"), row(r, "allocator").subList(0, 3));
    }

    @Test
    void launcherVariablesAreNotOptions() {
        CliRun r = CliRun.run(Map.of("PYHEAP_JAVA_OPTS", "-Xmx1g", "PYHEAP_NO_BUILD", "1"), dir, "config");
        assertEquals(0, r.code(), r::toString);
    }

    @Test
    void unknownKeyNamesTheNearestOne() {
        CliRun r = CliRun.run(Map.of(), dir, "config", "--set", "heap.limt=1m");
        assertEquals(2, r.code(), r::toString);
        assertEquals("pyheap: error: unknown option 'heap.limt' (from --set); did you mean 'heap.limit'?"
                + " (see pyheap config --help)", r.singleErrorLine());
        assertEquals("", r.out());
    }

    @Test
    void unknownKeyInTheFileNamesTheNearestOne() throws IOException {
        Files.writeString(dir.resolve("pyheap.properties"), "alocator=malloc\n");
        CliRun r = CliRun.run(Map.of(), dir, "config");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.singleErrorLine().contains("did you mean 'allocator'?"), r::toString);
    }

    @Test
    void unknownEnvironmentVariableNamesTheNearestOne() {
        CliRun r = CliRun.run(Map.of("PYHEAP_HEAP_LIMT", "1m"), dir, "config");
        assertEquals(2, r.code(), r::toString);
        assertEquals("pyheap: error: unknown environment variable 'PYHEAP_HEAP_LIMT'; did you mean PYHEAP_HEAP_LIMIT?"
                + " (see pyheap config --help)", r.singleErrorLine());
    }

    @Test
    void invalidValueNamesTheExpectedForm() {
        CliRun r = CliRun.run(Map.of(), dir, "config", "--set", "heap.limit=lots");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.singleErrorLine().startsWith(
                "pyheap: error: invalid value 'lots' for option heap.limit (from --set): expected "), r::toString);
    }

    @Test
    void setWithoutEqualsIsAUsageError() {
        CliRun r = CliRun.run(Map.of(), dir, "config", "--set", "heap.limit");
        assertEquals(2, r.code(), r::toString);
        assertEquals("pyheap: error: --set expects key=value, got 'heap.limit' (see pyheap config --help)",
                r.singleErrorLine());
    }

    @Test
    void missingConfigFileIsAConfigurationError() {
        CliRun r = CliRun.run(Map.of(), dir, "config", "--config", "nope.properties");
        assertEquals(2, r.code(), r::toString);
        assertEquals("pyheap: error: configuration file not found: '" + dir.resolve("nope.properties") + "'"
                + " (see pyheap config --help)", r.singleErrorLine());
    }
}
